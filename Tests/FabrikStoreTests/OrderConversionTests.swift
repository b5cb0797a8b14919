import FabrikCore
import FabrikDataset
import FabrikPlanning
import Testing
@testable import FabrikStore

@Suite("Approving and releasing planned orders")
struct OrderConversionTests {
    /// The bikes dataset imported, planned and the plan stored.
    private func storeWithPlan(_ temp: TemporaryDatabase) throws -> (SQLiteStore, MaterialPlan) {
        let store = try temp.open()
        try store.importDataset(SampleDatasets.bikesWithKitAtP1, replace: false)
        let plan = try MaterialRequirementsPlanner.plan(
            store.loadPlanningSnapshot(), MRPParameters(asOf: SampleDatasets.day("2026-01-05"), horizonDays: 90, threadCount: 1))
        try store.savePlan(plan, seconds: 0.5)
        return (store, plan)
    }

    private func ids(_ plan: MaterialPlan, _ type: OrderType) -> [String] {
        (0..<plan.plannedOrders.count).filter { plan.plannedOrders.type[$0] == type }
            .map { "\(type.plannedPrefix)-\(plan.plannedOrders.number[$0])" }
    }

    @Test("approving suggestions creates PUR orders from their own sequence, netted as receipts")
    func approveCreatesPurchaseOrders() throws {
        let temp = TemporaryDatabase()
        let (store, plan) = try storeWithPlan(temp)
        let purchases = ids(plan, .purchase)
        try #require(purchases.count >= 2)
        let conversions = try store.approvePurchase(ids: [purchases[1], purchases[0]])
        #expect(conversions == [
            OrderConversion(plannedOrderId: purchases[1], orderId: "PUR-1"),
            OrderConversion(plannedOrderId: purchases[0], orderId: "PUR-2"),
        ])
        #expect(try store.plannedOrderConversions().map(\.orderId).sorted() == ["PUR-1", "PUR-2"])
        let row = try #require(plan.plannedOrderRow(of: PlanReference(kind: .purchaseOrder, value: 2)))
        let receipt = try #require(store.loadPlanningSnapshot().openOrders.first { $0.orderId == "PUR-1" })
        #expect(receipt.type == .purchase)
        #expect(receipt.openQuantity == plan.plannedOrders.quantity[row])
        #expect(receipt.dueDate == plan.plannedOrders.dueDate[row])
        #expect(receipt.supplier == plan.plannedOrders.supplier[row])
        #expect(try store.queryText("SELECT origin || ' ' || planned_id FROM open_orders WHERE order_id = 'PUR-1'")
            == "approved \(purchases[1])")
    }

    @Test("approval is all or nothing: unknown, repeated or approved ids refuse the whole request")
    func approveRefusals() throws {
        let temp = TemporaryDatabase()
        let (store, plan) = try storeWithPlan(temp)
        let purchases = ids(plan, .purchase)
        try #require(purchases.count >= 2)
        let first = purchases[0], second = purchases[1]
        let before = try store.contentDump()
        #expect(throws: StoreError.unknownPlannedOrder("PO-999")) { try store.approvePurchase(ids: [first, "PO-999"]) }
        #expect(throws: StoreError.unknownPlannedOrder("MO-1")) { try store.approvePurchase(ids: ["MO-1"]) }
        #expect(throws: StoreError.duplicatePlannedOrder(first)) { try store.approvePurchase(ids: [first, first]) }
        #expect(try store.contentDump() == before)

        _ = try store.approvePurchase(ids: [first])
        #expect(throws: StoreError.plannedOrderAlreadyConverted(first, orderId: "PUR-1")) {
            try store.approvePurchase(ids: [second, first])
        }
        #expect(try store.approvePurchase(ids: [second]) == [OrderConversion(plannedOrderId: second, orderId: "PUR-2")])
    }

    @Test("releasing MO and TO orders creates MFG and TRF orders")
    func releaseCreatesOpenOrders() throws {
        let temp = TemporaryDatabase()
        let (store, plan) = try storeWithPlan(temp)
        let production = try #require(ids(plan, .production).first)
        let transfer = try #require(ids(plan, .transfer).first)
        #expect(try store.releaseOrder(id: production) == OrderConversion(plannedOrderId: production, orderId: "MFG-1"))
        #expect(try store.releaseOrder(id: transfer) == OrderConversion(plannedOrderId: transfer, orderId: "TRF-1"))
        let open = try store.loadPlanningSnapshot().openOrders
        #expect(open.first { $0.orderId == "MFG-1" }?.type == .production)
        #expect(open.first { $0.orderId == "MFG-1" }?.issued == false)
        #expect(open.first { $0.orderId == "TRF-1" }?.sourcePlant == 0)
        #expect(throws: StoreError.plannedOrderAlreadyConverted(production, orderId: "MFG-1")) {
            try store.releaseOrder(id: production)
        }
        #expect(throws: StoreError.unknownPlannedOrder("PO-1")) { try store.releaseOrder(id: "PO-1") }
    }

    @Test("without a stored plan there is nothing to approve")
    func nothingToApprove() throws {
        let temp = TemporaryDatabase()
        let store = try temp.open()
        try store.importDataset(SampleDatasets.bikes, replace: false)
        #expect(throws: StoreError.unknownPlannedOrder("PO-1")) { try store.approvePurchase(ids: ["PO-1"]) }
    }
}
