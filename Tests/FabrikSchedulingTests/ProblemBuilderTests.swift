import FabrikCore
import FabrikPlanning
import FabrikScheduling
import Testing

/// FG made at P1 from 2 COMP each; COMP comes to P1 by transfer (3 days)
/// from P2, where it is made. One won deal line: 5 FG at 100 on day 20.
/// MRP: MO-1 (FG@P1, 5, due 20), TO-1 (COMP, 10, release 15, due 18),
/// MO-2 (COMP@P2, 10, due 15).
@Suite("Building the problem from an MRP plan")
struct ProblemBuilderTests {
    let asOf = ShopFixture.monday
    let everyDay = WorkCalendar(workdays: .allWeek, holidays: [])

    func plan() throws -> MaterialPlan {
        let snapshot = PlanningSnapshot(
            itemCodes: ["COMP", "FG"], itemDecimals: [0, 0], plantCodes: ["P1", "P2"], plantCalendars: [everyDay, everyDay],
            supplierCodes: [],
            nodes: [NodeRow(item: 1, plant: 0, procurement: .make, leadTimeDays: 2),
                    NodeRow(item: 0, plant: 0, procurement: .transfer, sourcePlant: 1, leadTimeDays: 3),
                    NodeRow(item: 0, plant: 1, procurement: .make, leadTimeDays: 1)],
            bomLines: [BomLineRow(parentItem: 1, componentItem: 0, quantityPer: .units(2))],
            supplierItems: [], onHand: [], openOrders: [],
            demandLines: [DemandLineRow(dealId: "D1", lineNumber: 1, item: 1, plant: 0, openQuantity: .units(5),
                                        dueDate: asOf + 20, unitPrice: Money(rawTenThousandths: 1_000_000))])
        return try MaterialRequirementsPlanner.plan(snapshot, MRPParameters(asOf: asOf, horizonDays: 60, threadCount: 1))
    }

    func problem() throws -> SchedulingProblem {
        let plan = try plan()
        return try SchedulingProblem.build(
            plan: plan,
            openProductionOrders: [OpenProductionOrderInput(orderId: "MFG-9", item: 1, plant: 0, openQuantity: .units(2),
                                                            dueDate: asOf + 400, leadTimeDays: 2)],
            routings: [RoutingInput(item: 1, plant: 0, opSeq: 10, workCenter: 1, setupHours: .units(1),
                                    runHoursPerUnit: Quantity(rawMicros: 500_000)),
                       RoutingInput(item: 0, plant: 1, opSeq: 20, workCenter: 0, setupHours: Quantity(rawMicros: 100_000)),
                       RoutingInput(item: 0, plant: 1, opSeq: 10, workCenter: 2, runHoursPerUnit: Quantity(rawMicros: 250_000))],
            workCenters: [WorkCenterInput(code: "PAINT", plant: 1, machines: 1, capacityHours: .units(8)),
                          WorkCenterInput(code: "ASSY", plant: 0, machines: 2, capacityHours: Quantity(rawMicros: 7_500_000)),
                          WorkCenterInput(code: "PRESS", plant: 1, machines: 1, capacityHours: .units(16))],
            calendars: [everyDay, everyDay], dealLineUnitPrices: [Money(rawTenThousandths: 1_000_000)], asOf: asOf)
    }

    @Test("open orders come first by id, then MO-n by number, with their dates and weights")
    func orders() throws {
        let p = try problem()
        #expect(p.firstInvalidity() == nil)
        #expect(p.orders.map(\.id) == ["MFG-9", "MO-1", "MO-2"])
        #expect(p.orders.map { $0.releaseDay - asOf } == [398, 18, 14])
        #expect(p.orders.map { $0.dueDay - asOf } == [400, 20, 15])
        // MO-1 serves 5 x 100; COMP's MO-2 carries the whole value through TO-1.
        #expect(p.orders.map(\.weight.description) == ["1", "500", "500"])
        #expect(p.orders.map(\.firstDealLine) == [nil, "D1/1", "D1/1"])
    }

    @Test("operations follow op_seq with exact minutes; work centers are sorted by code")
    func operations() throws {
        let p = try problem()
        #expect(p.workCenters.map(\.code) == ["ASSY", "PAINT", "PRESS"])
        #expect(p.workCenters.map(\.capacityMinutesPerDay) == [450, 480, 960])
        // MFG-9: 1 h + 2 x 0.5 h; MO-1: 1 h + 5 x 0.5 h; MO-2: 10 x 0.25 h, then 0.1 h.
        #expect(p.operations.map(\.durationMinutes) == [120, 210, 150, 6])
        #expect(p.operations.map(\.workCenter) == [0, 0, 2, 1])
        #expect(p.operations.map(\.opSeq) == [10, 10, 10, 20])
    }

    @Test("the component order precedes its parent with the transfer's 3 days of lag")
    func precedence() throws {
        let p = try problem()
        #expect(p.precedences == [SchedulingPrecedence(order: 1, predecessor: 2, lagMinutes: 3 * 1_440)])
        let s = try FiniteCapacityScheduler.schedule(p, SchedulingParameters(iterations: 50))
        #expect(s.firstViolation(p) == nil)
        // MO-2 runs day 14 00:00-02:36; MO-1 may start day 17 02:36, but its release is day 18.
        #expect(s.orderStartMinutes[1] == minute(day: 18, 0))
        #expect(s.orderEndMinutes[2] == minute(day: 14, 2, 36))
    }
}
