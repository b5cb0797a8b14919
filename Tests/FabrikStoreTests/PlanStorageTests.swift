import FabrikCore
import FabrikDataset
import FabrikPlanning
import Testing
@testable import FabrikStore

@Suite("Storing plans")
struct PlanStorageTests {
    static let asOf = SampleDatasets.day("2026-01-05")

    /// The bikes dataset imported and planned; the plan is not stored yet.
    private func plannedStore(_ temp: TemporaryDatabase) throws -> (SQLiteStore, MaterialPlan) {
        let store = try temp.open()
        try store.importDataset(SampleDatasets.bikes, replace: false)
        let plan = try MaterialRequirementsPlanner.plan(
            store.loadPlanningSnapshot(), MRPParameters(asOf: Self.asOf, horizonDays: 90, threadCount: 1))
        return (store, plan)
    }

    @Test("a stored plan loads back identical: same tables, same JSON document")
    func roundTrip() throws {
        let temp = TemporaryDatabase()
        let (store, plan) = try plannedStore(temp)
        #expect(plan.plannedOrders.count > 0)
        #expect(plan.plannedOrders.pegs.demand.count > 0)
        try store.savePlan(plan, seconds: 0.125)
        let stored = try store.loadPlan()
        #expect(stored.seconds == 0.125)
        #expect(stored.plan.plannedOrders == plan.plannedOrders)
        #expect(stored.plan.receipts == plan.receipts)
        #expect(stored.plan.onHand == plan.onHand)
        #expect(stored.plan.messages == plan.messages)
        #expect(stored.plan.dealLineIds == plan.dealLineIds)
        #expect(stored.plan.openOrderIds == plan.openOrderIds)
        #expect(stored.plan.statistics == plan.statistics)
        #expect(stored.plan.renderJSON(seconds: 0.125) == plan.renderJSON(seconds: 0.125))
        #expect(try store.tableCounts().count(of: "plan_pegs")
            == plan.plannedOrders.pegs.demand.count + plan.receipts.pegs.demand.count + plan.onHand.pegs.demand.count)
    }

    @Test("saving a plan replaces the previous one and keeps the run history")
    func replacesPrevious() throws {
        let temp = TemporaryDatabase()
        let (store, plan) = try plannedStore(temp)
        try store.savePlan(plan, seconds: 1)
        let shorter = try MaterialRequirementsPlanner.plan(
            store.loadPlanningSnapshot(), MRPParameters(asOf: Self.asOf, horizonDays: 5, threadCount: 1))
        try store.savePlan(shorter, seconds: 2)
        let stored = try store.loadPlan()
        #expect(stored.plan.horizonDays == 5)
        #expect(stored.plan.renderJSON(seconds: 2) == shorter.renderJSON(seconds: 2))
        #expect(try store.tableCounts().count(of: "mrp_runs") == 2)
    }

    @Test("a plan that fails to store leaves the previous plan exactly as it was")
    func failedSaveKeepsPrevious() throws {
        let temp = TemporaryDatabase()
        let (store, plan) = try plannedStore(temp)
        try store.savePlan(plan, seconds: 1)
        let before = try store.contentDump()
        var broken = plan
        // A second MO-1: the planned order key refuses it midway through the save.
        let orders = broken.plannedOrders
        broken.plannedOrders.type.append(orders.type[0]); broken.plannedOrders.number.append(orders.number[0])
        broken.plannedOrders.item.append(orders.item[0]); broken.plannedOrders.plant.append(orders.plant[0])
        broken.plannedOrders.quantity.append(orders.quantity[0]); broken.plannedOrders.releaseDate.append(orders.releaseDate[0])
        broken.plannedOrders.dueDate.append(orders.dueDate[0]); broken.plannedOrders.supplier.append(-1)
        broken.plannedOrders.sourcePlant.append(-1); broken.plannedOrders.pegs.closeRow()
        #expect(throws: StoreError.self) { try store.savePlan(broken, seconds: 2) }
        #expect(try store.contentDump() == before)
        #expect(try store.loadPlan().plan.renderJSON(seconds: 1) == plan.renderJSON(seconds: 1))
    }

    @Test("loading before any run says there is no plan")
    func noPlanYet() throws {
        let temp = TemporaryDatabase()
        let store = try temp.open()
        #expect(throws: StoreError.noPlan) { try store.loadPlan() }
    }

    @Test("an import with replace removes the stored plan")
    func replaceImportClearsPlan() throws {
        let temp = TemporaryDatabase()
        let (store, plan) = try plannedStore(temp)
        try store.savePlan(plan, seconds: 1)
        try store.importDataset(SampleDatasets.bakery, replace: true)
        #expect(throws: StoreError.noPlan) { try store.loadPlan() }
        #expect(try store.tableCounts().count(of: "plan_pegs") == 0)
    }

    @Test("planned order ids parse strictly")
    func plannedOrderIds() {
        #expect(PlanReferenceCode.plannedOrder("PO-12")?.number == 12)
        #expect(PlanReferenceCode.plannedOrder("MO-1")?.type == .production)
        #expect(PlanReferenceCode.plannedOrder("TO-3")?.type == .transfer)
        for bad in ["PO-", "PO-0", "PO-012", "PO-12A", "XO-1", "PUR-1", "po-1", "PO-99999999999"] {
            #expect(PlanReferenceCode.plannedOrder(bad) == nil, "\(bad)")
        }
    }
}
