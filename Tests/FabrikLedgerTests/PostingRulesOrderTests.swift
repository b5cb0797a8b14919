import FabrikCore
import FabrikLedger
import Testing

@Suite("Posting rules: purchasing and production")
struct PostingRulesOrderTests {
    let bolt = StockLine(itemId: "BOLT", plantId: "P1", quantity: .units(3), standardCost: money("2.5055"))

    @Test("a purchase receipt debits inventory and credits GRNI for the purchase order at standard")
    func receipt() throws {
        // 3 x 2.5055 = 7.5165 -> 7.52
        let posted = try entry(rules.purchaseReceipt(header, purchaseOrderId: "PUR-1", stock: bolt))
        #expect(render(posted) == ["D 1200 752 item=BOLT plant=P1", "C 2100 752 order=PUR-1"])
    }

    func received() throws -> ReceivedNotInvoiced {
        var received = ReceivedNotInvoiced()
        received.record(quantity: bolt.quantity, receipt: try entry(rules.purchaseReceipt(header, purchaseOrderId: "PUR-1", stock: bolt)),
                        chart: chart)
        return received
    }

    @Test("an invoice above standard debits the variance")
    func invoiceAboveStandard() throws {
        // payable 3 x 2.60 = 7.80; GRNI 7.52; variance +0.28
        let posted = try entry(rules.supplierInvoice(header, purchaseOrderId: "PUR-1", supplierId: "S1",
                                                     received: try received(), unitPrice: money("2.60")))
        #expect(render(posted) == ["D 2100 752 order=PUR-1", "D 5100 28 order=PUR-1", "C 2000 780 order=PUR-1 party=S1"])
    }

    @Test("an invoice below standard credits the variance")
    func invoiceBelowStandard() throws {
        // payable 3 x 2.40 = 7.20; GRNI 7.52; variance -0.32
        let posted = try entry(rules.supplierInvoice(header, purchaseOrderId: "PUR-1", supplierId: "S1",
                                                     received: try received(), unitPrice: money("2.40")))
        #expect(render(posted) == ["D 2100 752 order=PUR-1", "C 2000 720 order=PUR-1 party=S1", "C 5100 32 order=PUR-1"])
    }

    @Test("an invoice at a price giving the GRNI cents has no variance line")
    func invoiceAtStandard() throws {
        // 3 x 2.5067 = 7.5201 -> 7.52, the same cents as the receipt
        let posted = try entry(rules.supplierInvoice(header, purchaseOrderId: "PUR-1", supplierId: "S1",
                                                     received: try received(), unitPrice: money("2.5067")))
        #expect(render(posted) == ["D 2100 752 order=PUR-1", "C 2000 752 order=PUR-1 party=S1"])
    }

    @Test("GRNI is cleared by exactly the cents the receipts credited, rounding included")
    func grniCarriesReceiptCents() throws {
        // Two receipts of 1 at 0.005 each round up to 0.01: GRNI 0.02. The
        // invoice of 2 at 0.005 is 0.01: GRNI debited 0.02, variance credited 0.01.
        let one = StockLine(itemId: "WASHER", plantId: "P1", quantity: .units(1), standardCost: money("0.005"))
        var received = ReceivedNotInvoiced()
        for key in ["R-1", "R-2"] {
            let receipt = try entry(rules.purchaseReceipt(EntryHeader(key: key, date: day("2026-01-05")), purchaseOrderId: "PUR-7", stock: one))
            received.record(quantity: one.quantity, receipt: receipt, chart: chart)
        }
        #expect(received == ReceivedNotInvoiced(quantity: .units(2), grni: cents(2)))
        let posted = try entry(rules.supplierInvoice(header, purchaseOrderId: "PUR-7", supplierId: "S1",
                                                     received: received, unitPrice: money("0.005")))
        #expect(render(posted) == ["D 2100 2 order=PUR-7", "C 2000 1 order=PUR-7 party=S1", "C 5100 1 order=PUR-7"])
    }

    @Test("a component issue credits inventory per component and debits WIP for the order with their sum")
    func issue() throws {
        // 2 x 1.25 = 2.50; 0.5 x 0.0333 = 0.01665 -> 0.02
        let posted = try entry(rules.componentIssue(header, productionOrderId: "MFG-1", components: [
            StockLine(itemId: "A", plantId: "P1", quantity: .units(2), standardCost: money("1.25")),
            StockLine(itemId: "B", plantId: "P1", quantity: quantity("0.5"), standardCost: money("0.0333")),
        ]))
        #expect(render(posted) == ["D 1300 252 order=MFG-1", "C 1200 250 item=A plant=P1", "C 1200 2 item=B plant=P1"])
    }

    @Test("a completion debits inventory at the output's standard and credits the order's WIP")
    func completion() throws {
        let posted = try entry(rules.productionCompletion(header, productionOrderId: "MFG-1", output:
            StockLine(itemId: "FG", plantId: "P1", quantity: .units(1), standardCost: money("3"))))
        #expect(render(posted) == ["D 1200 300 item=FG plant=P1", "C 1300 300 order=MFG-1"])
    }

    @Test("closing settles WIP left to variance, swapping sides when it is negative, nothing when zero")
    func close() throws {
        let left = try entry(rules.productionClose(header, productionOrderId: "MFG-1", remainingWIP: cents(7)))
        #expect(render(left) == ["D 5100 7 order=MFG-1", "C 1300 7 order=MFG-1"])
        let over = try entry(rules.productionClose(header, productionOrderId: "MFG-1", remainingWIP: cents(-12)))
        #expect(render(over) == ["D 1300 12 order=MFG-1", "C 5100 12 order=MFG-1"])
        #expect(rules.productionClose(header, productionOrderId: "MFG-1", remainingWIP: .zero) == .success(.nothingToPost))
    }

    @Test("issue, completion and close leave the order's WIP at zero")
    func wipRoundTrip() throws {
        let issue = try entry(rules.componentIssue(EntryHeader(key: "I", date: day("2026-01-05")), productionOrderId: "MFG-1",
                                                   components: [StockLine(itemId: "A", plantId: "P1", quantity: .units(2), standardCost: money("1.25"))]))
        let done = try entry(rules.productionCompletion(EntryHeader(key: "C", date: day("2026-01-06")), productionOrderId: "MFG-1",
                                                        output: StockLine(itemId: "FG", plantId: "P1", quantity: .units(1), standardCost: money("2.4"))))
        let left = LedgerBalances.balance(accountCode: "1300", orderId: "MFG-1", in: [issue, done])
        #expect(left == cents(10))
        let close = try entry(rules.productionClose(EntryHeader(key: "X", date: day("2026-01-06")), productionOrderId: "MFG-1", remainingWIP: left))
        #expect(LedgerBalances.balance(accountCode: "1300", orderId: "MFG-1", in: [issue, done, close]) == .zero)
        #expect(LedgerBalances.wipByOrder([issue, done, close], chart: chart).map(\.wip) == [.zero])
    }
}
