import FabrikCore
import FabrikPlanning
import Testing

@Suite("calendars, receipts and messages")
struct CalendarAndMessageTests {
    @Test("make lead times step over weekends and holidays; buy components count calendar days")
    func workingWeekWithHoliday() throws {
        var f = PlanFixture(items: "item_id\nA\nB\n",
                            nodes: "item_id,plant_id,procurement,lead_time_days\nA,P1,make,2\nB,P1,buy,0\n")
        f.files["plants.csv"] = "plant_id,workdays\nP1,\"Mon,Tue,Wed,Thu,Fri\"\n"
        f.files["holidays.csv"] = "plant_id,date\nP1,2026-01-07\n"
        f.files["bom.csv"] = "parent_item_id,component_item_id,qty_per\nA,B,1\n"
        f.demand("D1,1,A,P1,5,2026-01-09\n")
        let plan = try f.plan()
        #expect(plan.orderLines == [
            "MO-1 A@P1 5 rel 2026-01-06 due 2026-01-09 [D1/1 5]",
            "PO-1 B@P1 5 rel 2026-01-06 due 2026-01-06 [MO-1 5]",
        ])
    }

    @Test("a Saturday requirement at a make node counts on Friday, and so does a Sunday receipt")
    func weekendRequirementAtMakeNode() throws {
        var f = PlanFixture(items: "item_id\nA\n", nodes: "item_id,plant_id,procurement,lead_time_days\nA,P1,make,1\n")
        f.files["plants.csv"] = "plant_id,workdays\nP1,\"Mon,Tue,Wed,Thu,Fri\"\n"
        f.files["open_orders.csv"] = "order_id,type,item_id,plant_id,qty,due_date\nWO-1,production,A,P1,3,2026-01-11\n"
        f.demand("D1,1,A,P1,4,2026-01-10\nD1,2,A,P1,3,2026-01-12\n")
        let plan = try f.plan()
        #expect(plan.orderLines == [
            "MO-1 A@P1 1 rel 2026-01-08 due 2026-01-09 [D1/1 1]",
            "MO-2 A@P1 3 rel 2026-01-09 due 2026-01-12 [D1/2 3]",
        ])
        #expect(plan.receiptLines == ["WO-1 A@P1 3 due 2026-01-11 eff 2026-01-09 [D1/1 3]"])
        #expect(plan.messages.isEmpty)
    }

    @Test("past-due demand counts on as_of and orders released in the past keep their dates")
    func pastDueDemandAndLateRelease() throws {
        var f = PlanFixture(items: "item_id\nA\n", nodes: "item_id,plant_id,procurement,lead_time_days\nA,P1,buy,3\n")
        f.demand("D1,1,A,P1,4,2026-01-02\nD1,2,A,P1,3,2026-01-06\nD2,1,A,P1,9,2026-03-01\nD2,2,Z,P1,1,2026-03-01\n")
        f.files["items.csv"] = "item_id\nA\nZ\n"
        let plan = try f.plan()
        #expect(plan.orderLines == [
            "PO-1 A@P1 4 rel 2026-01-02 due 2026-01-05 [D1/1 4]",
            "PO-2 A@P1 3 rel 2026-01-03 due 2026-01-06 [D1/2 3]",
        ])
        #expect(plan.messageLines == [
            "late-release A@P1 PO-1 null 2026-01-02",
            "late-release A@P1 PO-2 null 2026-01-03",
            "no-supplier A@P1 PO-1 null 2026-01-02",
            "past-due-demand A@P1 null D1/1 2026-01-02",
        ])
        #expect(plan.statistics == PlanStatistics(nodes: 1, plannedOrders: 2, requirementsBeyondHorizon: 2))
    }

    @Test("the primary supplier is the lowest priority, then lowest id; its minimum, multiple and lead time apply")
    func suppliersByPriority() throws {
        var f = PlanFixture(items: "item_id\nA\n",
                            nodes: "item_id,plant_id,procurement,lead_time_days,min_qty,multiple\nA,P1,buy,1,5,3\n")
        f.files["suppliers.csv"] = "supplier_id\nS1\nS2\nS3\n"
        f.files["supplier_items.csv"] = "supplier_id,item_id,plant_id,lead_time_days,min_order_qty,order_multiple,priority\n"
            + "S1,A,P1,5,0,0,2\nS3,A,P1,7,0,0,1\nS2,A,P1,3,10,8,1\n"
        f.demand("D1,1,A,P1,2,2026-01-10\n")
        // need 2 -> min_qty 5 -> supplier minimum 10 -> multiple 3: 12 -> order_multiple 8: 16.
        let plan = try f.plan()
        #expect(plan.orderLines == ["PO-1 A@P1 16 rel 2026-01-07 due 2026-01-10 S2 [D1/1 2, stock 14]"])
    }

    @Test("a receipt is pulled in instead of a new order, a late-needed one is rescheduled out, an unneeded one cancelled")
    func receiptMessages() throws {
        var f = PlanFixture(items: "item_id\nA\n", nodes: "item_id,plant_id,procurement,lead_time_days\nA,P1,buy,2\n")
        f.files["open_orders.csv"] = "order_id,type,item_id,plant_id,qty,due_date\n"
            + "OO-1,purchase,A,P1,8,2026-01-09\nOO-2,purchase,A,P1,3,2026-01-12\nOO-3,purchase,A,P1,4,2026-01-15\n"
            + "OO-4,purchase,A,P1,1,2026-01-02\n"
        f.demand("D1,1,A,P1,7,2026-01-07\nD1,2,A,P1,5,2026-01-25\n")
        let plan = try f.plan()
        #expect(plan.orderLines.isEmpty)
        #expect(plan.receiptLines == [
            "OO-1 A@P1 8 due 2026-01-09 eff 2026-01-07 [D1/1 6, D1/2 2]",
            "OO-2 A@P1 3 due 2026-01-12 eff 2026-01-12 [D1/2 3]",
            "OO-3 A@P1 4 due 2026-01-15 eff 2026-01-15 [stock 4]",
            "OO-4 A@P1 1 due 2026-01-02 eff 2026-01-05 [D1/1 1]",
        ])
        #expect(plan.messageLines == [
            "cancel A@P1 OO-3 null 2026-01-15",
            "past-due-receipt A@P1 OO-4 null 2026-01-02",
            "reschedule-in A@P1 OO-1 D1/1 2026-01-07",
            "reschedule-out A@P1 OO-2 D1/2 2026-01-25",
        ])
    }

    @Test("an open production order not issued needs its components at its release; an issued one does not")
    func openProductionOrderComponents() throws {
        var f = PlanFixture(items: "item_id\nA\nB\n",
                            nodes: "item_id,plant_id,procurement,lead_time_days\nA,P1,make,2\nB,P1,buy,0\n")
        f.files["bom.csv"] = "parent_item_id,component_item_id,qty_per\nA,B,2\n"
        f.files["open_orders.csv"] = "order_id,type,item_id,plant_id,qty,due_date,issued\n"
            + "WO-1,production,A,P1,5,2026-01-09,no\nWO-2,production,A,P1,3,2026-01-12,yes\n"
        f.demand("D1,1,A,P1,5,2026-01-09\nD1,2,A,P1,3,2026-01-12\n")
        let plan = try f.plan()
        #expect(plan.orderLines == ["PO-1 B@P1 10 rel 2026-01-07 due 2026-01-07 [WO-1 10]"])
        #expect(plan.receiptLines == [
            "WO-1 A@P1 5 due 2026-01-09 eff 2026-01-09 [D1/1 5]",
            "WO-2 A@P1 3 due 2026-01-12 eff 2026-01-12 [D1/2 3]",
        ])
    }

    @Test("requirements reaching an item without item_plants stay uncovered, one message per item and plant")
    func noPlanningData() throws {
        var f = PlanFixture(items: "item_id\nA\nB\n", nodes: "item_id,plant_id,procurement,lead_time_days\nA,P1,make,1\n")
        f.files["bom.csv"] = "parent_item_id,component_item_id,qty_per\nA,B,1\n"
        f.demand("D1,1,A,P1,2,2026-01-08\nD1,2,A,P1,2,2026-01-07\nD2,1,B,P1,1,2026-01-09\n")
        let plan = try f.plan()
        #expect(plan.orderLines == [
            "MO-1 A@P1 2 rel 2026-01-06 due 2026-01-07 [D1/2 2]",
            "MO-2 A@P1 2 rel 2026-01-07 due 2026-01-08 [D1/1 2]",
        ])
        #expect(plan.messageLines == ["no-planning-data B@P1 null MO-1 2026-01-06"])
    }
}
