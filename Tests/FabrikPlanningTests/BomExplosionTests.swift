import Testing
import FabrikCore
import FabrikPlanning

@Suite("BOM explosion and where-used")
struct BomExplosionTests {
    // Items: 0 BIKE, 1 FRAME, 2 KIT (phantom), 3 BOLT (2 decimals), 4 TUBE. Plants: 0 P1, 1 P2.
    let decimals: [UInt8] = [0, 0, 0, 2, 0]
    var lines: [BomLineRow] {
        [
            BomLineRow(parentItem: 0, componentItem: 1, quantityPer: .units(1)),
            BomLineRow(parentItem: 0, componentItem: 2, quantityPer: .units(1)),
            BomLineRow(parentItem: 1, componentItem: 4, quantityPer: .units(3), scrapBasisPoints: 1000),
            BomLineRow(parentItem: 2, componentItem: 3, quantityPer: Quantity(rawMicros: 2_500_000)),
            // At P2 the frame uses 2 tubes instead (plant-specific replaces generic).
            BomLineRow(parentItem: 1, componentItem: 4, plant: 1, quantityPer: .units(2)),
            // A line valid only from 2026-02-01.
            BomLineRow(parentItem: 2, componentItem: 4, quantityPer: .units(1), validFrom: Day(iso8601: "2026-02-01")),
        ]
    }

    @Test("explodes with extended quantities, scrap rounded up and effectivity")
    func explode() throws {
        let index = BillOfMaterialsIndex(itemCount: 5, lines: lines)
        let date = try #require(Day(iso8601: "2026-01-15"))
        let rows = try BomExplosion.explode(root: 0, plant: 0, quantity: .units(3), date: date, index: index,
                                        itemDecimals: decimals, nodeAt: { item, _ in BomNodeInfo(procurement: item == 2 ? .phantom : .make) })
        #expect(rows.map(\.level) == [1, 2, 1, 2])
        #expect(rows.map(\.item) == [1, 4, 2, 3])
        // 3 frames * 3 tubes * 1.1 = 9.9 -> 10 tubes; 3 kits * 2.5 bolts = 7.5.
        #expect(rows.map(\.extendedQuantity) == [.units(3), .units(10), .units(3), Quantity(rawMicros: 7_500_000)])
        #expect(rows[2].procurement == .phantom)
        let later = try #require(Day(iso8601: "2026-02-01"))
        let atP2 = try BomExplosion.explode(root: 0, plant: 1, quantity: .units(3), date: later, index: index,
                                        itemDecimals: decimals, nodeAt: { _, _ in BomNodeInfo(procurement: .make) })
        #expect(atP2.map(\.item) == [1, 4, 2, 3, 4])
        #expect(atP2[1].extendedQuantity == .units(6))
        #expect(atP2.allSatisfy { $0.plant == 1 })
    }

    @Test("a transferred item explodes with its source plant's lines; bought items stop")
    func followsTransfers() throws {
        let index = BillOfMaterialsIndex(itemCount: 5, lines: lines)
        let date = try #require(Day(iso8601: "2026-01-15"))
        // At P2 the frame (1) comes from P1 by transfer; the kit (2) is bought at P2.
        let rows = try BomExplosion.explode(root: 0, plant: 1, quantity: .units(1), date: date, index: index, itemDecimals: decimals) { item, plant in
            if item == 1 && plant == 1 { return BomNodeInfo(procurement: .transfer, sourcePlant: 0) }
            if item == 2 { return BomNodeInfo(procurement: .buy) }
            return BomNodeInfo(procurement: .make)
        }
        #expect(rows.map(\.item) == [1, 4, 2])
        #expect(rows.map(\.plant) == [1, 0, 1])
        // Generic P1 line: 3 tubes with 10 % scrap = 3.3 -> 4.
        #expect(rows[1].extendedQuantity == .units(4))
        #expect(rows[0].procurement == .transfer)
    }

    @Test("an extended quantity past the fixed-point range is an error, not a trap")
    func overflow() throws {
        let index = BillOfMaterialsIndex(itemCount: 5, lines: lines)
        let date = try #require(Day(iso8601: "2026-01-15"))
        #expect(throws: BomExplosion.QuantityOverflow(item: 4)) {
            try BomExplosion.explode(root: 0, plant: 0, quantity: .units(9_000_000_000_000), date: date, index: index,
                                     itemDecimals: decimals, nodeAt: { _, _ in BomNodeInfo(procurement: .make) })
        }
    }

    @Test("where-used walks every parent up to the finished goods")
    func whereUsed() {
        let index = BillOfMaterialsIndex(itemCount: 5, lines: lines)
        let all = BomExplosion.whereUsed(component: 4, plant: nil, index: index)
        #expect(all.map(\.parent) == [1, 0, 1, 0, 2, 0])
        #expect(all.map(\.level) == [1, 2, 1, 2, 1, 2])
        let atP2 = BomExplosion.whereUsed(component: 4, plant: 1, index: index)
        #expect(atP2.map(\.parent) == [1, 0, 2, 0])
        #expect(atP2[0].plant == 1)
    }
}
