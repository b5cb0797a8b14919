import FabrikCore
import FabrikPlanning
import Testing

@Suite("planning errors")
struct PlanningErrorTests {
    static let asOf = Day(year: 2026, month: 1, day: 5) ?? Day(daysSinceEpoch: 0)

    /// A, B, C at P1; `bom` as (parent, component) item indices.
    static func snapshot(procurement: Procurement = .make, workdays: WorkdayMask = .allWeek,
                         bom: [(Int32, Int32)]) -> PlanningSnapshot {
        PlanningSnapshot(
            itemCodes: ["A", "B", "C"], itemDecimals: [0, 0, 0], plantCodes: ["P1"],
            plantCalendars: [WorkCalendar(workdays: workdays, holidays: [])], supplierCodes: [],
            nodes: (0..<3).map { NodeRow(item: $0, plant: 0, procurement: procurement, leadTimeDays: 1) },
            bomLines: bom.map { BomLineRow(parentItem: $0.0, componentItem: $0.1, quantityPer: .units(1)) },
            supplierItems: [], onHand: [], openOrders: [],
            demandLines: [DemandLineRow(dealId: "D1", lineNumber: 1, item: 0, plant: 0, openQuantity: .units(1),
                                        dueDate: asOf + 3)])
    }

    @Test("a BOM cycle is an error naming the first cycle from its smallest node")
    func cycle() {
        let snapshot = Self.snapshot(bom: [(0, 1), (1, 2), (2, 1)])
        #expect(throws: PlanningError.cycle(path: "B@P1 -> C@P1 -> B@P1")) {
            try MaterialRequirementsPlanner.plan(snapshot, MRPParameters(asOf: Self.asOf, horizonDays: 10))
        }
    }

    @Test("a make plant without working days is an error naming the plant")
    func noWorkingDay() {
        let snapshot = Self.snapshot(workdays: WorkdayMask(bits: 0), bom: [])
        #expect(throws: PlanningError.noWorkingDay(plant: "P1")) {
            try MaterialRequirementsPlanner.plan(snapshot, MRPParameters(asOf: Self.asOf, horizonDays: 10))
        }
    }

    @Test("the horizon must be 1 to 3650 days")
    func horizon() {
        let snapshot = Self.snapshot(bom: [])
        for days: Int32 in [0, 3_651] {
            #expect(throws: PlanningError.horizonOutOfRange(days: days)) {
                try MaterialRequirementsPlanner.plan(snapshot, MRPParameters(asOf: Self.asOf, horizonDays: days))
            }
        }
        #expect(throws: Never.self) {
            try MaterialRequirementsPlanner.plan(snapshot, MRPParameters(asOf: Self.asOf, horizonDays: 3_650))
        }
    }

    @Test("hot values stay small")
    func layout() {
        #expect(MemoryLayout<PlanReference>.stride == 8)
        #expect(MemoryLayout<PlanMessage>.stride == 32)
    }
}

