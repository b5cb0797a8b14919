import FabrikCore
import FabrikScheduling
import Testing

@Suite("The schedule run --json document")
struct ScheduleJSONTests {
    @Test("a tiny schedule renders exactly, orders in reference order")
    func exactText() throws {
        var shop = ShopFixture()
        shop.items = ["BOLT", "NUT"]
        let wc = shop.workCenter("WC-1", hoursPerDay: 8)
        shop.order("MO-10", dueDay: 0, weight: 100, operations: [(wc, 480)])
        shop.order("MO-9", dueDay: 2, operations: [(wc, 30), (wc, 60)])
        shop.order("MFG-1", dueDay: 0, weight: 1, operations: [(wc, 150)])
        shop.orders[2].item = 1
        shop.orders[2].firstDealLine = "D-7/2"
        let s = try shop.schedule(iterations: 20)
        #expect(s.firstViolation(shop.problem) == nil)
        let expected = """
            {
             "as_of": "2026-01-05",
             "operations": [
              {"order": "MFG-1", "op_seq": 10, "work_center": "WC-1", "machine": 1, "start": "2026-01-06T00:00", "end": "2026-01-06T02:30"},
              {"order": "MO-9", "op_seq": 10, "work_center": "WC-1", "machine": 1, "start": "2026-01-06T02:30", "end": "2026-01-06T03:00"},
              {"order": "MO-9", "op_seq": 20, "work_center": "WC-1", "machine": 1, "start": "2026-01-06T03:00", "end": "2026-01-06T04:00"},
              {"order": "MO-10", "op_seq": 10, "work_center": "WC-1", "machine": 1, "start": "2026-01-05T00:00", "end": "2026-01-05T08:00"}
             ],
             "orders": [
              {"order": "MFG-1", "item": "NUT", "plant": "P1", "start": "2026-01-06T00:00", "end": "2026-01-06T02:30", "due_date": "2026-01-05", "tardiness_hours": 2.5, "weight": 1},
              {"order": "MO-9", "item": "BOLT", "plant": "P1", "start": "2026-01-06T02:30", "end": "2026-01-06T04:00", "due_date": "2026-01-07", "tardiness_hours": 0, "weight": 1},
              {"order": "MO-10", "item": "BOLT", "plant": "P1", "start": "2026-01-05T00:00", "end": "2026-01-05T08:00", "due_date": "2026-01-05", "tardiness_hours": 0, "weight": 100}
             ],
             "messages": [
              {"type": "capacity-overload", "item": "NUT", "plant": "P1", "order": "MFG-1", "demand": null, "date": "2026-01-05", "text": "MFG-1 for NUT@P1 cannot meet its MRP due date 2026-01-05 with the available capacity; it ends 2026-01-06T02:30."},
              {"type": "late-order", "item": "NUT", "plant": "P1", "order": "MFG-1", "demand": "D-7/2", "date": "2026-01-05", "text": "MFG-1 for NUT@P1 ends 2026-01-06T02:30, 2.5 hours after its due date 2026-01-05 (serves D-7/2)."}
             ],
             "stats": {"operations": 4, "makespan_hours": 28, "weighted_tardiness": 2.5, "iterations": 20, "seconds": 0.25}
            }

            """
        #expect(s.renderJSON(seconds: 0.25) == expected)
    }

    @Test("an empty problem renders empty lists and zero stats")
    func empty() throws {
        let s = try ShopFixture().schedule(iterations: 5)
        #expect(s.renderJSON(seconds: 0) == """
            {
             "as_of": "2026-01-05",
             "operations": [],
             "orders": [],
             "messages": [],
             "stats": {"operations": 0, "makespan_hours": 0, "weighted_tardiness": 0, "iterations": 0, "seconds": 0}
            }

            """)
    }
}
