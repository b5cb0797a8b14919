import FabrikCore
import FabrikPlanning
import Testing

@Suite("Promise: available, else capable to promise")
struct OrderStatusPromiseTests {
    /// FG make 2 working days at P1 from RAW bought (node 10 days, supplier S1 7 days).
    static func snapshot() -> PlanningSnapshot {
        PlanningSnapshot(
            itemCodes: ["FG", "RAW"], itemDecimals: [0, 0], plantCodes: ["P1"], plantCalendars: [OrderStatusPlan.monToFri],
            supplierCodes: ["S1"],
            nodes: [NodeRow(item: 0, plant: 0, procurement: .make, leadTimeDays: 2),
                    NodeRow(item: 1, plant: 0, procurement: .buy, leadTimeDays: 10)],
            bomLines: [BomLineRow(parentItem: 0, componentItem: 1, quantityPer: .units(1))],
            supplierItems: [SupplierItemRow(supplier: 0, item: 1, plant: 0, leadTimeDays: 7)],
            onHand: [], openOrders: [], demandLines: [])
    }

    @Test("free stock covers a small order on as_of")
    func fromStock() {
        let index = PegIndex(plan: OrderStatusPlan().plan())
        let promise = Promise.build(itemId: "FG", plantId: "P1", quantity: .units(3), index: index, snapshot: Self.snapshot())
        #expect(promise.method == .availableToPromise)
        #expect(promise.date == OrderStatusPlan.day("2026-12-01"))
        #expect(promise.availableToPromise.decidingSupply == "stock")
        #expect(promise.reason == "Free stock of FG at P1 covers 3 on 2026-12-01.")
    }

    @Test("stock plus a planned order's excess reach the quantity on its due date")
    func fromPlannedOrder() {
        let index = PegIndex(plan: OrderStatusPlan().plan())
        let atp = AvailableToPromise.build(itemId: "FG", plantId: "P1", quantity: .units(7), index: index)
        #expect(atp.supplies.map { "\($0.source) \($0.date) \($0.quantity) \($0.cumulativeQuantity)" } == [
            "stock 2026-12-01 5 5", "MO-1 2027-01-06 2 7",
        ])
        #expect(atp.date == OrderStatusPlan.day("2027-01-06"))
        #expect(atp.decidingSupply == "MO-1")
    }

    @Test("beyond free supply: the cumulative lead time, supplier's 7 days then 2 working days")
    func capable() {
        let index = PegIndex(plan: OrderStatusPlan().plan())
        let promise = Promise.build(itemId: "FG", plantId: "P1", quantity: .units(100), index: index, snapshot: Self.snapshot())
        // RAW: 2026-12-01 + 7 = Tue 12-08; FG: 2 working days later = Thu 12-10.
        #expect(promise.method == .capableToPromise)
        #expect(promise.date == OrderStatusPlan.day("2026-12-10"))
        #expect(promise.capableToPromise.path.map { "\($0.itemId) \($0.leadTimeDays) \($0.start) \($0.finish)" } == [
            "FG 2 2026-12-08 2026-12-10", "RAW 7 2026-12-01 2026-12-08",
        ])
        #expect(promise.capableToPromise.path.last?.supplier == "S1")
        #expect(promise.reason == "At P1 only 7 is free for 100 of FG; the lead-time path FG@P1 <- RAW@P1 ends on 2026-12-10.")
    }

    @Test("an item without planning data has no date, and says why")
    func noNode() {
        let index = PegIndex(plan: OrderStatusPlan().plan())
        let promise = Promise.build(itemId: "OTHER", plantId: "P1", quantity: .units(1), index: index, snapshot: Self.snapshot())
        #expect(promise.method == .none && promise.date == nil)
        #expect(promise.reason == "OTHER has no planning data at plant P1.")
    }
}
