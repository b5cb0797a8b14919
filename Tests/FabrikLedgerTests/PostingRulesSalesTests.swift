import FabrikCore
import FabrikLedger
import Testing

@Suite("Posting rules: sales and payments")
struct PostingRulesSalesTests {
    @Test("a shipment debits COGS and credits inventory per line at standard")
    func shipment() throws {
        let posted = try entry(rules.shipment(header, dealId: "D-7", lines: [
            StockLine(itemId: "FG", plantId: "P1", quantity: .units(2), standardCost: money("10.005")),
            StockLine(itemId: "KIT", plantId: "P2", quantity: .units(1), standardCost: money("4")),
        ]))
        // 2 x 10.005 = 20.01
        #expect(render(posted) == ["D 5000 2001 item=FG plant=P1 order=D-7", "C 1200 2001 item=FG plant=P1",
                                   "D 5000 400 item=KIT plant=P2 order=D-7", "C 1200 400 item=KIT plant=P2"])
    }

    @Test("a customer invoice credits revenue per line at the deal price and debits receivables with their sum")
    func customerInvoice() throws {
        // 3 x 19.99 = 59.97; 0.5 x 0.0150 = 0.0075 -> 0.01; receivables 59.98
        let posted = try entry(rules.customerInvoice(header, dealId: "D-7", customerId: "C1", lines: [
            InvoiceLine(itemId: "FG", quantity: .units(3), unitPrice: money("19.99")),
            InvoiceLine(itemId: "OIL", quantity: quantity("0.5"), unitPrice: money("0.0150")),
        ]))
        #expect(render(posted) == ["D 1100 5998 order=D-7 party=C1", "C 4000 5997 item=FG order=D-7", "C 4000 1 item=OIL order=D-7"])
    }

    @Test("payments move cash against receivables and payables")
    func payments() throws {
        let received = try entry(rules.paymentReceived(header, dealId: "D-7", customerId: "C1", amount: cents(10_000)))
        #expect(render(received) == ["D 1000 10000", "C 1100 10000 order=D-7 party=C1"])
        let paid = try entry(rules.supplierPayment(header, supplierId: "S1", amount: cents(4_550)))
        #expect(render(paid) == ["D 2000 4550 party=S1", "C 1000 4550"])
    }

    @Test("a payment must be positive")
    func zeroPayment() {
        #expect(rules.paymentReceived(header, dealId: "D-7", customerId: "C1", amount: .zero) == .failure(.amountMustBePositive))
        #expect(rules.supplierPayment(header, supplierId: "S1", amount: cents(-1)) == .failure(.amountMustBePositive))
    }
}
