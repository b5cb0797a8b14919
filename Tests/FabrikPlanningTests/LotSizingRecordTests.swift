import FabrikCore
import FabrikPlanning
import Testing

/// A single buy item with safety stock 5 and on-hand 10, one record per lot rule.
@Suite("time-phased record and lot sizing")
struct LotSizingRecordTests {
    static func fixture(rule: String, lot: String, extraDemand: String = "") -> PlanFixture {
        var f = PlanFixture(items: "item_id\nA\n",
                            nodes: "item_id,plant_id,procurement,lead_time_days,lot_rule,lot_size,safety_stock\n"
                                + "A,P1,buy,1,\(rule),\(lot),5\n")
        f.files["inventory.csv"] = "item_id,plant_id,on_hand\nA,P1,10\n"
        f.files["suppliers.csv"] = "supplier_id\nS1\n"
        f.files["supplier_items.csv"] = "supplier_id,item_id,plant_id\nS1,A,P1\n"
        f.demand("D1,1,A,P1,8,2026-01-06\nD1,2,A,P1,4,2026-01-08\n" + extraDemand)
        f.horizon = 10
        return f
    }

    @Test("lot-for-lot orders each net requirement back up to safety stock")
    func lotForLot() throws {
        let plan = try Self.fixture(rule: "lfl", lot: "").plan()
        #expect(plan.orderLines == [
            "PO-1 A@P1 3 rel 2026-01-05 due 2026-01-06 S1 [D1/1 3]",
            "PO-2 A@P1 4 rel 2026-01-07 due 2026-01-08 S1 [D1/2 4]",
        ])
        #expect(plan.onHandLines == ["A@P1 10 [safety-stock 5, D1/1 5]"])
        #expect(plan.messages.isEmpty)
    }

    @Test("fixed orders the smallest multiple of the lot covering the need, the rest pegs stock")
    func fixedLot() throws {
        let plan = try Self.fixture(rule: "fixed", lot: "10").plan()
        #expect(plan.orderLines == ["PO-1 A@P1 10 rel 2026-01-05 due 2026-01-06 S1 [D1/1 3, D1/2 4, stock 3]"])
        let bigger = try Self.fixture(rule: "fixed", lot: "2", extraDemand: "D1,3,A,P1,7,2026-01-09\n").plan()
        #expect(bigger.orderLines == [
            "PO-1 A@P1 4 rel 2026-01-05 due 2026-01-06 S1 [D1/1 3, D1/2 1]",
            "PO-2 A@P1 4 rel 2026-01-07 due 2026-01-08 S1 [D1/2 3, D1/3 1]",
            "PO-3 A@P1 6 rel 2026-01-08 due 2026-01-09 S1 [D1/3 6]",
        ])
    }

    @Test("poq covers the need day and the lot_size - 1 days after it, no further")
    func periodOrderQuantity() throws {
        let plan = try Self.fixture(rule: "poq", lot: "3", extraDemand: "D1,3,A,P1,2,2026-01-09\n").plan()
        #expect(plan.orderLines == [
            "PO-1 A@P1 7 rel 2026-01-05 due 2026-01-06 S1 [D1/1 3, D1/2 4]",
            "PO-2 A@P1 2 rel 2026-01-08 due 2026-01-09 S1 [D1/3 2]",
        ])
    }
}
