import FabrikCore
import FabrikLedger
import Testing

@Suite("Posting rules: opening balances and stock movements")
struct PostingRulesStockTests {
    @Test("opening stock debits inventory with item and plant against opening equity, rounded half away from zero")
    func openingStock() throws {
        // 10 x 1.2345 = 12.345 -> 12.35
        let posted = try entry(rules.openingStock(header, stock: StockLine(itemId: "BOLT", plantId: "P1",
                                                                          quantity: .units(10), standardCost: money("1.2345"))))
        #expect(render(posted) == ["D 1200 1235 item=BOLT plant=P1", "C 3000 1235"])
        #expect(posted.key == "EV-1")
        #expect(posted.date == day("2026-01-05"))
        #expect(posted.memo == "opening stock BOLT at P1")
        #expect(posted.source == .event)
    }

    @Test("opening WIP values the exploded components at standard, rounded per component")
    func openingWIP() throws {
        // 2 x 1.25 = 2.50; 0.5 x 0.0333 = 0.01665 -> 0.02; total 2.52
        let posted = try entry(rules.openingWIP(header, productionOrderId: "MO-OPEN-1", components: [
            StockLine(itemId: "A", plantId: "P1", quantity: .units(2), standardCost: money("1.25")),
            StockLine(itemId: "B", plantId: "P1", quantity: quantity("0.5"), standardCost: money("0.0333")),
        ]))
        #expect(render(posted) == ["D 1300 252 order=MO-OPEN-1", "C 3000 252"])
    }

    @Test("opening in-transit stock sits at the destination plant and names the transfer")
    func openingInTransit() throws {
        let posted = try entry(rules.openingInTransit(header, transferId: "T-9", stockAtDestination:
            StockLine(itemId: "BOLT", plantId: "P2", quantity: .units(4), standardCost: money("0.125"))))
        #expect(render(posted) == ["D 1200 50 item=BOLT plant=P2 order=T-9", "C 3000 50"])
    }

    @Test("a stock move debits the destination and credits the source by the same cents")
    func stockMove() throws {
        // 3 x 0.3335 = 1.0005 -> 1.00
        let posted = try entry(rules.stockMove(header, itemId: "BOLT", fromPlantId: "P1", toPlantId: "P2",
                                               quantity: .units(3), standardCost: money("0.3335")))
        #expect(render(posted) == ["D 1200 100 item=BOLT plant=P2", "C 1200 100 item=BOLT plant=P1"])
    }

    @Test("a transfer completion moves value from source to destination and names the transfer")
    func transferCompletion() throws {
        let posted = try entry(rules.transferCompletion(header, transferId: "TRF-2", itemId: "BOLT", fromPlantId: "P1",
                                                        toPlantId: "P2", quantity: .units(7), standardCost: money("2")))
        #expect(render(posted) == ["D 1200 1400 item=BOLT plant=P2 order=TRF-2", "C 1200 1400 item=BOLT plant=P1 order=TRF-2"])
    }

    @Test("an event worth zero cents posts nothing, but still needs a key")
    func zeroValue() {
        let free = StockLine(itemId: "FREE", plantId: "P1", quantity: .units(5), standardCost: .zero)
        #expect(rules.openingStock(header, stock: free) == .success(.nothingToPost))
        // 1 x 0.0049 = 0.0049 -> 0.00
        let tiny = StockLine(itemId: "DUST", plantId: "P1", quantity: .units(1), standardCost: money("0.0049"))
        #expect(rules.purchaseReceipt(header, purchaseOrderId: "PUR-1", stock: tiny) == .success(.nothingToPost))
        #expect(rules.openingStock(EntryHeader(key: "", date: day("2026-01-05")), stock: free) == .failure(.entryNeedsKey))
    }

    @Test("a negative quantity is refused, a missing plant too")
    func badInput() {
        let negative = StockLine(itemId: "BOLT", plantId: "P1", quantity: .units(-2), standardCost: money("1"))
        #expect(rules.purchaseReceipt(header, purchaseOrderId: "PUR-1", stock: negative) == .failure(.amountMustBePositive))
        let noPlant = StockLine(itemId: "BOLT", plantId: "", quantity: .units(2), standardCost: money("1"))
        #expect(rules.openingStock(header, stock: noPlant) == .failure(.inventoryLineNeedsItemAndPlant))
    }

    @Test("a memo given in the header replaces the rule's memo")
    func memo() throws {
        let posted = try entry(rules.openingStock(EntryHeader(key: "K", date: day("2026-01-05"), memo: "count 2026"),
                                                  stock: StockLine(itemId: "BOLT", plantId: "P1", quantity: .units(1),
                                                                   standardCost: money("1"))))
        #expect(posted.memo == "count 2026")
    }
}
