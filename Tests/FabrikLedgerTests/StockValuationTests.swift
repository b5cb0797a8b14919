import FabrikCore
import FabrikLedger
import Testing

@Suite("Stock valuation")
struct StockValuationTests {
    @Test("valuation reconciles per item and plant, with rounding differences shown")
    func reconciliation() throws {
        let washer = StockLine(itemId: "WASHER", plantId: "P1", quantity: .units(1), standardCost: money("0.005"))
        var entries: [JournalEntry] = []
        for key in ["R-1", "R-2"] { // each receipt rounds 0.005 up to 0.01
            entries.append(try entry(rules.purchaseReceipt(EntryHeader(key: key, date: day("2026-01-05")), purchaseOrderId: "PUR-1", stock: washer)))
        }
        entries.append(try entry(rules.openingInTransit(EntryHeader(key: "T", date: day("2026-01-05")), transferId: "T-1",
            stockAtDestination: StockLine(itemId: "BOLT", plantId: "P2", quantity: .units(4), standardCost: money("0.125")))))
        let valuation = StockValuation.of(positions: [
            StockPosition(itemId: "WASHER", plantId: "P1", onHand: .units(2), standardCost: money("0.005")),
            StockPosition(itemId: "BOLT", plantId: "P2", onHand: .zero, inTransit: .units(4), standardCost: money("0.125")),
            StockPosition(itemId: "BOLT", plantId: "P1", onHand: .units(1), standardCost: money("0.125")),
        ], entries: entries, chart: chart)
        #expect(valuation.rows.map { "\($0.itemId)@\($0.plantId) \($0.onHand)+\($0.inTransit) \($0.value.rawCents) \($0.ledger.rawCents) \($0.difference.rawCents)" } == [
            "BOLT@P1 1+0 13 0 -13",
            "BOLT@P2 0+4 50 50 0",
            "WASHER@P1 2+0 1 2 1",
        ])
        #expect(valuation.plants.map { "\($0.plantId) \($0.value.rawCents) \($0.ledger.rawCents) \($0.difference.rawCents)" } == [
            "P1 14 2 -12", "P2 50 50 0",
        ])
        #expect(valuation.totalDifference == cents(-12))
    }
}
