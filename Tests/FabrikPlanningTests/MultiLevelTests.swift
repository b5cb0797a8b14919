import FabrikCore
import FabrikPlanning
import Testing

@Suite("multi-level explosion")
struct MultiLevelTests {
    @Test("three levels offset by lead time, each level's demand at the parent's release")
    func threeLevels() throws {
        var f = PlanFixture(items: "item_id\nA\nB\nC\n",
                            nodes: "item_id,plant_id,procurement,lead_time_days\nA,P1,make,2\nB,P1,make,1\nC,P1,buy,2\n")
        f.files["bom.csv"] = "parent_item_id,component_item_id,qty_per\nA,B,2\nB,C,3\n"
        f.demand("D1,1,A,P1,5,2026-01-10\n")
        let plan = try f.plan()
        #expect(plan.orderLines == [
            "MO-1 A@P1 5 rel 2026-01-08 due 2026-01-10 [D1/1 5]",
            "MO-2 B@P1 10 rel 2026-01-07 due 2026-01-08 [MO-1 10]",
            "PO-1 C@P1 30 rel 2026-01-05 due 2026-01-07 [MO-2 30]",
        ])
        #expect(plan.messageLines == ["no-supplier C@P1 PO-1 null 2026-01-05"])
    }

    @Test("scrap is applied exactly and rounded up once per order and line to the component's decimals")
    func scrapAndDecimals() throws {
        var f = PlanFixture(items: "item_id,decimals\nA,0\nB,2\n",
                            nodes: "item_id,plant_id,procurement,lead_time_days\nA,P1,make,0\nB,P1,buy,0\n")
        // 7 * 0.333 * 1.025 = 2.389275 -> 2.39 per order; 4 * 0.333 * 1.025 = 1.3653 -> 1.37.
        f.files["bom.csv"] = "parent_item_id,component_item_id,qty_per,scrap_pct\nA,B,0.333,2.5\n"
        f.demand("D1,1,A,P1,7,2026-01-06\nD1,2,A,P1,4,2026-01-07\n")
        let plan = try f.plan()
        #expect(plan.orderLines == [
            "MO-1 A@P1 7 rel 2026-01-06 due 2026-01-06 [D1/1 7]",
            "MO-2 A@P1 4 rel 2026-01-07 due 2026-01-07 [D1/2 4]",
            "PO-1 B@P1 2.39 rel 2026-01-06 due 2026-01-06 [MO-1 2.39]",
            "PO-2 B@P1 1.37 rel 2026-01-07 due 2026-01-07 [MO-2 1.37]",
        ])
    }

    @Test("a phantom passes uncovered demand through at once, ignoring its lead time and safety stock")
    func phantom() throws {
        var f = PlanFixture(items: "item_id\nA\nC\nK\n",
                            nodes: "item_id,plant_id,procurement,lead_time_days,safety_stock\n"
                                + "A,P1,make,1,0\nK,P1,phantom,5,10\nC,P1,buy,0,0\n")
        f.files["bom.csv"] = "parent_item_id,component_item_id,qty_per\nA,K,1\nK,C,2\n"
        f.files["inventory.csv"] = "item_id,plant_id,on_hand\nK,P1,3\n"
        f.demand("D1,1,A,P1,5,2026-01-08\nD1,2,K,P1,1,2026-01-09\n")
        let plan = try f.plan()
        #expect(plan.orderLines == [
            "MO-1 A@P1 5 rel 2026-01-07 due 2026-01-08 [D1/1 5]",
            "PO-1 C@P1 4 rel 2026-01-07 due 2026-01-07 [MO-1 4]",
            "PO-2 C@P1 2 rel 2026-01-09 due 2026-01-09 [D1/2 2]",
        ])
        #expect(plan.onHandLines == ["K@P1 3 [MO-1 3]"])
        #expect(plan.messageLines == ["no-supplier C@P1 PO-1 null 2026-01-07"])
    }

    @Test("a transfer needs its quantity at the source plant on its release, open transfers too")
    func transfer() throws {
        var f = PlanFixture(items: "item_id\nT\n",
                            nodes: "item_id,plant_id,procurement,source_plant_id,lead_time_days\n"
                                + "T,P1,buy,,1\nT,P2,transfer,P1,2\n")
        f.files["plants.csv"] = "plant_id\nP1\nP2\n"
        f.files["inventory.csv"] = "item_id,plant_id,on_hand\nT,P1,4\n"
        f.files["suppliers.csv"] = "supplier_id\nS1\n"
        f.files["supplier_items.csv"] = "supplier_id,item_id,plant_id\nS1,T,P1\n"
        f.files["open_orders.csv"] = "order_id,type,item_id,plant_id,qty,due_date\nOT-1,transfer,T,P2,5,2026-01-12\n"
        f.demand("D1,1,T,P2,10,2026-01-10\nD1,2,T,P2,5,2026-01-12\n")
        let plan = try f.plan()
        // P2: 01-10 short 10 -> pull OT-1 in (5) -> TO-1 5; 01-12 short 5 -> TO-2 5.
        // P1 (on hand 4): TO-1 5 on 01-08 -> PO-1 1; OT-1 5 (from its own due - 2) and TO-2 5 on 01-10 -> PO-2 10.
        #expect(plan.orderLines == [
            "PO-1 T@P1 1 rel 2026-01-07 due 2026-01-08 S1 [TO-1 1]",
            "PO-2 T@P1 10 rel 2026-01-09 due 2026-01-10 S1 [OT-1 5, TO-2 5]",
            "TO-1 T@P2 5 rel 2026-01-08 due 2026-01-10 from P1 [D1/1 5]",
            "TO-2 T@P2 5 rel 2026-01-10 due 2026-01-12 from P1 [D1/2 5]",
        ])
        #expect(plan.receiptLines == ["OT-1 T@P2 5 due 2026-01-12 eff 2026-01-10 [D1/1 5]"])
        #expect(plan.onHandLines == ["T@P1 4 [TO-1 4]"])
        #expect(plan.messageLines == ["reschedule-in T@P2 OT-1 D1/1 2026-01-10"])
    }

    @Test("BOM lines switch on their validity dates, and plant lines replace blank-plant lines")
    func effectivityAndPlantReplacement() throws {
        var f = PlanFixture(items: "item_id\nA\nB\nC\nD\n",
                            nodes: "item_id,plant_id,procurement\nA,P1,make\nB,P1,buy\nC,P1,buy\nD,P1,buy\n"
                                + "A,P2,make\nB,P2,buy\nC,P2,buy\nD,P2,buy\n")
        f.files["plants.csv"] = "plant_id\nP1\nP2\n"
        f.files["bom.csv"] = "parent_item_id,component_item_id,qty_per,plant_id,valid_from,valid_to\n"
            + "A,B,1,,,2026-01-09\nA,C,1,,2026-01-10,\nA,D,2,P2,,\n"
        f.demand("D1,1,A,P1,1,2026-01-08\nD1,2,A,P1,1,2026-01-12\nD1,3,A,P2,1,2026-01-08\n")
        let plan = try f.plan()
        #expect(plan.orderLines == [
            "MO-1 A@P1 1 rel 2026-01-08 due 2026-01-08 [D1/1 1]",
            "MO-2 A@P1 1 rel 2026-01-12 due 2026-01-12 [D1/2 1]",
            "MO-3 A@P2 1 rel 2026-01-08 due 2026-01-08 [D1/3 1]",
            "PO-1 B@P1 1 rel 2026-01-08 due 2026-01-08 [MO-1 1]",
            "PO-2 C@P1 1 rel 2026-01-12 due 2026-01-12 [MO-2 1]",
            "PO-3 D@P2 2 rel 2026-01-08 due 2026-01-08 [MO-3 2]",
        ])
    }
}
