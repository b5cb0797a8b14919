import FabrikCore
import FabrikDataset
import FabrikPlanning
import FabrikScheduling
import Testing
@testable import FabrikStore

@Suite("Storing schedules")
struct ScheduleStorageTests {
    static let asOf = SampleDatasets.day("2026-01-05")

    /// The bikes dataset imported, planned and the plan stored.
    private func plannedStore(_ temp: TemporaryDatabase) throws -> SQLiteStore {
        let store = try temp.open()
        try store.importDataset(SampleDatasets.bikes, replace: false)
        let plan = try MaterialRequirementsPlanner.plan(
            store.loadPlanningSnapshot(), MRPParameters(asOf: Self.asOf, horizonDays: 90, threadCount: 1))
        try store.savePlan(plan, seconds: 0.5)
        return store
    }

    private func schedule(_ store: SQLiteStore, iterations: Int = 20) throws -> Schedule {
        let problem = try store.loadSchedulingInputs().problem(asOf: Self.asOf)
        return try FiniteCapacityScheduler.schedule(problem, SchedulingParameters(iterations: iterations))
    }

    @Test("the scheduling inputs are the plan's and the dataset's rows at the plan's indices")
    func inputs() throws {
        let temp = TemporaryDatabase()
        let store = try plannedStore(temp)
        let inputs = try store.loadSchedulingInputs()
        let plan = inputs.storedPlan.plan
        #expect(inputs.openProductionOrders.map(\.orderId) == ["OO-2"])
        let open = try #require(inputs.openProductionOrders.first)
        #expect(plan.itemCodes[Int(open.item)] == "BIKE")
        #expect(plan.plantCodes[Int(open.plant)] == "P1")
        #expect(open.openQuantity == .units(5))
        #expect(open.leadTimeDays == 2)
        #expect(inputs.workCenters.map(\.code) == ["WC-ASSY"])
        #expect(inputs.workCenters.first?.machines == 2)
        #expect(inputs.routings.count == 1)
        #expect(inputs.routings.first?.setupHours == Quantity(rawMicros: 500_000))
        #expect(inputs.calendars.count == plan.plantCodes.count)
        let p1 = try #require(plan.plantCodes.firstIndex(of: "P1"))
        #expect(inputs.calendars[p1].holidays.count == 2)
        #expect(inputs.dealLineUnitPrices.count == plan.dealLineIds.count)
        #expect(inputs.dealLineUnitPrices.allSatisfy { $0 == Money(rawTenThousandths: 4_999_900) })
        #expect(inputs.transferLeadTimes.map(\.leadTimeDays) == [1])
    }

    @Test("without a stored plan the inputs fail with noPlan and there is no schedule")
    func noPlan() throws {
        let temp = TemporaryDatabase()
        let store = try temp.open()
        try store.importDataset(SampleDatasets.bikes, replace: false)
        #expect(throws: StoreError.noPlan) { try store.loadSchedulingInputs() }
        #expect(try store.loadSchedule() == nil)
    }

    @Test("a stored schedule loads back identical: same JSON document, still feasible")
    func roundTrip() throws {
        let temp = TemporaryDatabase()
        let store = try plannedStore(temp)
        let schedule = try schedule(store)
        #expect(schedule.problem.operations.count > 1)
        try store.saveSchedule(schedule, seconds: 0.25)
        let stored = try #require(try store.loadSchedule())
        #expect(stored.seconds == 0.25)
        #expect(stored.runId == 1)
        let loaded = stored.schedule
        #expect(loaded.renderJSON(seconds: 0.25) == schedule.renderJSON(seconds: 0.25))
        #expect(loaded.problem.orders == schedule.problem.orders)
        #expect(loaded.problem.operations == schedule.problem.operations)
        #expect(loaded.problem.precedences == schedule.problem.precedences)
        #expect(loaded.problem.workCenters == schedule.problem.workCenters)
        #expect(loaded.problem.plantCalendars == schedule.problem.plantCalendars)
        #expect(loaded.problem.itemCodes == schedule.problem.itemCodes)
        #expect(loaded.loads == schedule.loads)
        #expect(loaded.messages == schedule.messages)
        #expect(loaded.statistics == schedule.statistics)
        #expect(loaded.firstViolation(loaded.problem) == nil)
        #expect(GanttChart.svg(loaded) == GanttChart.svg(schedule))
        let counts = try store.tableCounts()
        #expect(counts.count(of: "schedule_operations") == schedule.problem.operations.count)
        #expect(counts.count(of: "schedule_orders") == schedule.problem.orders.count)
    }

    @Test("saving a schedule replaces the previous one and keeps the run history")
    func replacesPrevious() throws {
        let temp = TemporaryDatabase()
        let store = try plannedStore(temp)
        let first = try schedule(store, iterations: 0)
        try store.saveSchedule(first, seconds: 1)
        let second = try schedule(store, iterations: 30)
        try store.saveSchedule(second, seconds: 2)
        let stored = try #require(try store.loadSchedule())
        #expect(stored.runId == 2)
        #expect(stored.schedule.statistics.iterations == second.statistics.iterations)
        #expect(stored.schedule.renderJSON(seconds: 2) == second.renderJSON(seconds: 2))
        let counts = try store.tableCounts()
        #expect(counts.count(of: "schedule_runs") == 2)
        #expect(counts.count(of: "schedule_orders") == second.problem.orders.count)
    }

    @Test("an import with replace clears the stored schedule")
    func replaceImportClears() throws {
        let temp = TemporaryDatabase()
        let store = try plannedStore(temp)
        try store.saveSchedule(try schedule(store), seconds: 1)
        try store.importDataset(SampleDatasets.bikes, replace: true)
        #expect(try store.loadSchedule() == nil)
    }
}
