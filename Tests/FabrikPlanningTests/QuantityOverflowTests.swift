import Testing
import FabrikCore
import FabrikPlanning

@Suite("Quantities beyond the fixed-point range")
struct QuantityOverflowTests {
    func snapshot(quantityPer: Quantity, demand: Quantity) throws -> PlanningSnapshot {
        let due = try #require(Day(iso8601: "2026-12-08"))
        return PlanningSnapshot(
            itemCodes: ["A", "B"], itemDecimals: [0, 0], plantCodes: ["P1"],
            plantCalendars: [WorkCalendar(workdays: .allWeek, holidays: [])], supplierCodes: [],
            nodes: [NodeRow(item: 0, plant: 0, procurement: .make), NodeRow(item: 1, plant: 0, procurement: .buy)],
            bomLines: [BomLineRow(parentItem: 0, componentItem: 1, quantityPer: quantityPer)], supplierItems: [],
            onHand: [], openOrders: [],
            demandLines: [DemandLineRow(dealId: "D1", lineNumber: 1, item: 0, plant: 0, openQuantity: demand, dueDate: due)])
    }

    @Test("an explosion past the range is a planning error naming the node, not a trap")
    func explosionOverflow() throws {
        let asOf = try #require(Day(iso8601: "2026-12-01"))
        // 10^6 bikes x 10^7 parts each = 10^13 parts: more than 9.2 * 10^12.
        let big = try snapshot(quantityPer: .units(10_000_000), demand: .units(1_000_000))
        #expect(throws: PlanningError.quantityOverflow(node: "B@P1")) {
            try MaterialRequirementsPlanner.plan(big, MRPParameters(asOf: asOf, horizonDays: 30))
        }
        // One order of magnitude less plans normally: 10^12 parts.
        let fine = try snapshot(quantityPer: .units(1_000_000), demand: .units(1_000_000))
        let plan = try MaterialRequirementsPlanner.plan(fine, MRPParameters(asOf: asOf, horizonDays: 30))
        #expect(plan.plannedOrders.quantity.contains(.units(1_000_000_000_000)))
    }

    @Test("demand summing past the safe range at one node is refused")
    func sumOverflow() throws {
        let asOf = try #require(Day(iso8601: "2026-12-01"))
        var huge = try snapshot(quantityPer: .units(1), demand: .units(2_000_000_000_000))
        huge.demandLines.append(DemandLineRow(dealId: "D1", lineNumber: 2, item: 0, plant: 0,
                                              openQuantity: .units(2_000_000_000_000), dueDate: asOf + 3))
        #expect(throws: PlanningError.quantityOverflow(node: "A@P1")) {
            try MaterialRequirementsPlanner.plan(huge, MRPParameters(asOf: asOf, horizonDays: 30))
        }
    }
}
