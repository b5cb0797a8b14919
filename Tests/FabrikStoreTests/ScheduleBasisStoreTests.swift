import FabrikCore
import FabrikDataset
import FabrikPlanning
import FabrikScheduling
import Testing
@testable import FabrikStore

/// The plan a stored schedule records, and the verdict `readDealStatus`
/// reads beside the plan in one transaction (bikes dataset, deal D-7).
@Suite("Schedule basis: which plan a schedule belongs to")
struct ScheduleBasisStoreTests {
    static let asOf = SampleDatasets.day("2026-01-05")

    private func plan(_ store: SQLiteStore, seconds: Double) throws {
        let plan = try MaterialRequirementsPlanner.plan(
            store.loadPlanningSnapshot(), MRPParameters(asOf: Self.asOf, horizonDays: 90, threadCount: 1))
        try store.savePlan(plan, seconds: seconds)
    }

    private func schedule(_ inputs: SchedulingInputs) throws -> Schedule {
        try FiniteCapacityScheduler.schedule(try inputs.problem(asOf: Self.asOf), SchedulingParameters(iterations: 5))
    }

    @Test("saved with its basis the schedule is current; a new plan makes it stale; without a basis it is never used")
    func verdicts() throws {
        let temp = TemporaryDatabase()
        let store = try temp.open()
        try store.importDataset(SampleDatasets.bikes, replace: false)
        #expect(try store.readDealStatus(dealId: "D-7").input.schedule == nil)
        try plan(store, seconds: 0.5)
        let inputs = try store.loadSchedulingInputs()
        #expect(inputs.storedPlan.identity.runId == 1 && inputs.storedPlan.identity.seconds == 0.5)
        try store.saveSchedule(try schedule(inputs), seconds: 0.1, basedOn: inputs.storedPlan.identity)

        let current = try #require(try store.readDealStatus(dealId: "D-7").input.schedule)
        #expect(current.runId == 1 && current.planRunId == 1 && current.isCurrent && current.asOf == Self.asOf)
        // Only the production orders below D-7 are read, with their scheduled days.
        #expect(!current.orders.isEmpty)
        #expect(current.orders.values.allSatisfy { $0.start <= $0.completion && Self.asOf <= $0.start })

        try plan(store, seconds: 0.75)
        let stale = try #require(try store.readDealStatus(dealId: "D-7").input.schedule)
        #expect(stale.staleness == .planReplaced(currentRunId: 2) && stale.orders.isEmpty)

        try store.saveSchedule(try schedule(try store.loadSchedulingInputs()), seconds: 0.1)
        let unrecorded = try #require(try store.readDealStatus(dealId: "D-7").input.schedule)
        #expect(unrecorded.runId == 2 && unrecorded.planRunId == nil && unrecorded.staleness == .planNotRecorded)
    }

    @Test("a schedule computed from a plan that was replaced before it was saved is stored stale")
    func replacedWhileScheduling() throws {
        let temp = TemporaryDatabase()
        let store = try temp.open()
        try store.importDataset(SampleDatasets.bikes, replace: false)
        try plan(store, seconds: 0.5)
        let inputs = try store.loadSchedulingInputs()
        try plan(store, seconds: 0.75)  // another process re-plans meanwhile
        try store.saveSchedule(try schedule(inputs), seconds: 0.1, basedOn: inputs.storedPlan.identity)
        let read = try #require(try store.readDealStatus(dealId: "D-7").input.schedule)
        #expect(read.planRunId == 1 && read.staleness == .planReplaced(currentRunId: 2))
    }
}
