import FabrikCore
import FabrikDataset
import Testing
@testable import FabrikStore

@Suite("Loading the planning snapshot")
struct SnapshotLoadingTests {
    private func importedStore(_ temp: TemporaryDatabase) throws -> SQLiteStore {
        let store = try temp.open()
        try store.importDataset(SampleDatasets.bikes, replace: false)
        return store
    }

    @Test("code tables are sorted by UTF-8 bytes and rows use their indices")
    func codeTablesInByteOrder() throws {
        let temp = TemporaryDatabase()
        let snapshot = try importedStore(temp).loadPlanningSnapshot()
        #expect(snapshot.itemCodes == ["BIKE", "FRAME", "KIT", "Zinc", "bolt", "é-CHAIN"])
        #expect(snapshot.itemDecimals == [0, 0, 0, 3, 0, 0])
        #expect(snapshot.plantCodes == ["P1", "P2"])
        #expect(snapshot.supplierCodes == ["SUP-A", "SUP-B"])
        #expect(snapshot.firstBrokenInvariant() == nil)

        let transfer = snapshot.nodes.first { $0.procurement == .transfer }
        #expect(transfer == NodeRow(item: 0, plant: 1, procurement: .transfer, sourcePlant: 0, leadTimeDays: 1))
        let bike = snapshot.nodes.first { $0.item == 0 && $0.plant == 0 }
        #expect(bike?.lotRule == .fixedOrderQuantity)
        #expect(bike?.lotSize == .units(10))
        #expect(bike?.safetyStock == .units(2))
        #expect(snapshot.nodes.count == 7)

        let chain = snapshot.bomLines.first { $0.componentItem == 5 }
        #expect(chain == BomLineRow(parentItem: 0, componentItem: 5, plant: 0, quantityPer: .units(1),
                                    validFrom: SampleDatasets.day("2026-01-01"), validTo: SampleDatasets.day("2026-12-31")))
        #expect(snapshot.bomLines.first { $0.componentItem == 1 }?.scrapBasisPoints == 250)
        #expect(snapshot.bomLines.first { $0.componentItem == 1 }?.plant == -1)
        #expect(snapshot.supplierItems.first { $0.item == 4 }
            == SupplierItemRow(supplier: 1, item: 4, plant: 0, unitPrice: Money(rawTenThousandths: 110),
                               orderMultiple: .units(50), priority: 2))
    }

    @Test("plant calendars carry workdays and sorted holidays")
    func calendars() throws {
        let temp = TemporaryDatabase()
        let snapshot = try importedStore(temp).loadPlanningSnapshot()
        #expect(snapshot.plantCalendars[0].holidays == [SampleDatasets.day("2025-12-25"), SampleDatasets.day("2026-01-01")])
        #expect(snapshot.plantCalendars[1].holidays.isEmpty)
        #expect(snapshot.plantCalendars[0].workdays == WorkdayMask(bits: 0x1F))
    }

    @Test("only lines of won deals are demand, for the quantity not yet shipped")
    func wonDemandOnly() throws {
        let temp = TemporaryDatabase()
        let store = try importedStore(temp)
        var snapshot = try store.loadPlanningSnapshot()
        #expect(snapshot.demandLines.map { "\($0.dealId)/\($0.lineNumber)" } == ["D-7/1", "D-7/2"])
        #expect(snapshot.demandLines[0] == DemandLineRow(
            dealId: "D-7", lineNumber: 1, item: 0, plant: 0, openQuantity: .units(10),
            dueDate: SampleDatasets.day("2026-01-15"), unitPrice: Money(rawTenThousandths: 4_999_900)))

        try store.executeRaw("UPDATE deal_lines SET shipped_qty = 4000000 WHERE deal_id = 'D-7' AND line_no = 1")
        try store.executeRaw("UPDATE deal_lines SET shipped_qty = qty WHERE deal_id = 'D-7' AND line_no = 2")
        try store.winDeal(id: "D-8")
        snapshot = try store.loadPlanningSnapshot()
        #expect(snapshot.demandLines.map { "\($0.dealId)/\($0.lineNumber)" } == ["D-7/1", "D-8/1"])
        #expect(snapshot.demandLines[0].openQuantity == .units(6))
    }

    @Test("open orders are scheduled receipts for their open quantity until closed")
    func openOrderQuantities() throws {
        let temp = TemporaryDatabase()
        let store = try importedStore(temp)
        var snapshot = try store.loadPlanningSnapshot()
        #expect(snapshot.openOrders.map(\.orderId) == ["OO-1", "OO-2", "OO-3"])
        #expect(snapshot.openOrders[0] == OpenOrderRow(
            orderId: "OO-1", type: .purchase, item: 1, plant: 0, openQuantity: .units(6),
            dueDate: SampleDatasets.day("2026-01-12"), supplier: 0))
        #expect(snapshot.openOrders[1].issued)
        #expect(snapshot.openOrders[2].sourcePlant == 0)

        try store.executeRaw("UPDATE open_orders SET received_qty = 2500000 WHERE order_id = 'OO-1'")
        try store.executeRaw("UPDATE open_orders SET closed = 1 WHERE order_id = 'OO-2'")
        try store.executeRaw("UPDATE open_orders SET received_qty = qty WHERE order_id = 'OO-3'")
        snapshot = try store.loadPlanningSnapshot()
        #expect(snapshot.openOrders.map(\.orderId) == ["OO-1"])
        #expect(snapshot.openOrders[0].openQuantity == Quantity(rawMicros: 3_500_000))
    }

    @Test("on-hand has one row per item and plant with stock")
    func onHandRows() throws {
        let temp = TemporaryDatabase()
        let snapshot = try importedStore(temp).loadPlanningSnapshot()
        #expect(Set(snapshot.onHand) == [
            OnHandRow(item: 1, plant: 0, quantity: .units(3)),
            OnHandRow(item: 3, plant: 0, quantity: Quantity(rawMicros: 2_125_000)),
        ])
    }

    @Test("an empty database gives the empty snapshot")
    func emptySnapshot() throws {
        let temp = TemporaryDatabase()
        let snapshot = try temp.open().loadPlanningSnapshot()
        #expect(snapshot.itemCodes.isEmpty && snapshot.nodes.isEmpty && snapshot.demandLines.isEmpty)
    }
}
