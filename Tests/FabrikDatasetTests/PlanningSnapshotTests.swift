import FabrikCore
import FabrikDataset
import Testing

@Suite("Dataset to planning snapshot")
struct PlanningSnapshotTests {
    private func snapshot() throws -> PlanningSnapshot {
        try DatasetFixture.read().get().planningSnapshot()
    }

    @Test("code tables are sorted by UTF-8 bytes and rows point into them")
    func codeTables() throws {
        let snapshot = try snapshot()
        #expect(snapshot.itemCodes == ["BIKE", "FRAME", "KIT", "STEEL"])
        #expect(snapshot.itemDecimals == [0, 0, 0, 3])
        #expect(snapshot.plantCodes == ["P1", "P2", "P3"])
        #expect(snapshot.supplierCodes == ["STEELCO"])
        #expect(snapshot.firstBrokenInvariant() == nil)
    }

    @Test("nodes and BOM lines carry indices, -1 for none")
    func nodesAndBom() throws {
        let snapshot = try snapshot()
        #expect(snapshot.nodes.count == 5)
        let transfer = snapshot.nodes[3]
        #expect((transfer.item, transfer.plant, transfer.sourcePlant) == (0, 1, 0))
        #expect(transfer.procurement == .transfer)
        #expect(snapshot.nodes[0].sourcePlant == -1)
        #expect(snapshot.nodes[1].lotSize == .units(10))
        let frameSteel = snapshot.bomLines[1]
        #expect((frameSteel.parentItem, frameSteel.componentItem, frameSteel.plant) == (1, 3, -1))
        #expect(frameSteel.quantityPer == Quantity(rawMicros: 2_500_000))
    }

    @Test("on-hand, open orders with full quantity, and only won deal lines as demand")
    func supplyAndDemand() throws {
        let snapshot = try snapshot()
        #expect(snapshot.onHand == [
            OnHandRow(item: 3, plant: 0, quantity: Quantity(rawMicros: 12_125_000)),
            OnHandRow(item: 0, plant: 1, quantity: .units(3)),
        ])
        #expect(snapshot.openOrders.map(\.orderId) == ["OO-1", "OO-2", "OO-3"])
        #expect(snapshot.openOrders[0].supplier == 0)
        #expect(snapshot.openOrders[0].openQuantity == .units(200))
        #expect(snapshot.openOrders[1].issued)
        #expect(snapshot.openOrders[2].sourcePlant == 0)
        #expect(snapshot.demandLines.map(\.dealId) == ["D1", "D1"])
        #expect(snapshot.demandLines.map(\.lineNumber) == [1, 2])
        #expect(snapshot.demandLines[1].plant == 1)
        #expect(snapshot.demandLines[0].unitPrice == Money(rawTenThousandths: 3_000_000))
        #expect(snapshot.supplierItems[0].leadTimeDays == nil)
    }

    @Test("plant calendars come from workdays and holidays")
    func calendars() throws {
        let snapshot = try snapshot()
        let main = snapshot.plantCalendars[0]
        #expect(main.workdays == WorkdayMask(bits: 0b0011111))
        #expect(main.holidays == [Day(year: 2025, month: 12, day: 25)].compactMap { $0 })
        let christmas = try #require(Day(year: 2025, month: 12, day: 25))
        #expect(!main.isWorkingDay(christmas))
        #expect(snapshot.plantCalendars[1].workdays == .allWeek)
        #expect(snapshot.plantCalendars[1].holidays.isEmpty)
    }
}
