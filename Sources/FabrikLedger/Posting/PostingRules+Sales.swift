import FabrikCore

extension PostingRules {
    /// A shipment to a customer: per shipped line, COGS (item, plant, deal)
    /// / inventory (item, plant) at standard.
    public func shipment(_ header: EntryHeader, dealId: String, lines shipped: [StockLine]) -> Result<Posting, PostingRejection> {
        var lines: [JournalLine] = []
        lines.reserveCapacity(shipped.count * 2)
        for stock in shipped {
            let value = stock.value
            lines.append(.debit(code(.cogs), value, itemId: stock.itemId, plantId: stock.plantId, orderId: dealId))
            lines.append(.credit(code(.inventory), value, itemId: stock.itemId, plantId: stock.plantId))
        }
        return finish(header, defaultMemo: "shipment \(dealId)", lines: lines)
    }

    /// A customer invoice for what was shipped and not yet invoiced: one
    /// receivables debit (deal) of the rounded line amounts' sum / one revenue
    /// credit per line (item) at the deal line's price x quantity.
    public func customerInvoice(_ header: EntryHeader, dealId: String, customerId: String,
                                lines invoiced: [InvoiceLine]) -> Result<Posting, PostingRejection> {
        var lines: [JournalLine] = [.debit(code(.receivables), .zero, orderId: dealId, partyId: customerId)]
        lines.reserveCapacity(invoiced.count + 1)
        var total = Cents.zero
        for line in invoiced {
            let amount = line.amount
            total += amount
            lines.append(.credit(code(.revenue), amount, itemId: line.itemId, orderId: dealId))
        }
        lines[0].debit = total
        return finish(header, defaultMemo: "customer invoice \(dealId)", lines: lines)
    }

    /// A payment received against a deal: cash / receivables (deal). The
    /// amount must be positive (a person typed it; zero is not "nothing").
    public func paymentReceived(_ header: EntryHeader, dealId: String, customerId: String,
                                amount: Cents) -> Result<Posting, PostingRejection> {
        guard amount.isPositive else { return .failure(.amountMustBePositive) }
        return finish(header, defaultMemo: "payment received \(dealId)", lines: [
            .debit(code(.cash), amount),
            .credit(code(.receivables), amount, orderId: dealId, partyId: customerId),
        ])
    }

    /// A payment to a supplier: payables (supplier) / cash. The amount must
    /// be positive.
    public func supplierPayment(_ header: EntryHeader, supplierId: String, amount: Cents) -> Result<Posting, PostingRejection> {
        guard amount.isPositive else { return .failure(.amountMustBePositive) }
        return finish(header, defaultMemo: "payment to \(supplierId)", lines: [
            .debit(code(.payables), amount, partyId: supplierId),
            .credit(code(.cash), amount),
        ])
    }
}
