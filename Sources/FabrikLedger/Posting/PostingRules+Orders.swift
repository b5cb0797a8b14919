public import FabrikCore

extension PostingRules {
    /// A purchase receipt: inventory (item, plant) / GRNI (purchase order),
    /// at standard. Carry the GRNI credit to the invoice with
    /// `ReceivedNotInvoiced.record`.
    public func purchaseReceipt(_ header: EntryHeader, purchaseOrderId: String,
                                stock: StockLine) -> Result<Posting, PostingRejection> {
        let value = stock.value
        return finish(header, defaultMemo: "purchase receipt \(purchaseOrderId)", lines: [
            .debit(code(.inventory), value, itemId: stock.itemId, plantId: stock.plantId),
            .credit(code(.grni), value, orderId: purchaseOrderId),
        ])
    }

    /// A supplier invoice for the received, not yet invoiced quantity at unit
    /// price `unitPrice`: GRNI debited by exactly the cents the receipts
    /// credited, payables credited by price x quantity (rounded once), and
    /// the difference to variance: debit when the price is above standard,
    /// credit when below, no line when equal.
    public func supplierInvoice(_ header: EntryHeader, purchaseOrderId: String, supplierId: String,
                                received: ReceivedNotInvoiced, unitPrice: Money) -> Result<Posting, PostingRejection> {
        let payable = Cents.value(of: received.quantity, at: unitPrice)
        let variance = payable - received.grni
        return finish(header, defaultMemo: "supplier invoice \(purchaseOrderId)", lines: [
            .debit(code(.grni), received.grni, orderId: purchaseOrderId),
            .debit(code(.variance), variance.isPositive ? variance : .zero, orderId: purchaseOrderId),
            .credit(code(.payables), payable, orderId: purchaseOrderId, partyId: supplierId),
            .credit(code(.variance), variance.isNegative ? -variance : .zero, orderId: purchaseOrderId),
        ])
    }

    /// Components issued to a production order: one inventory credit per
    /// component (item, plant) at standard, and one WIP debit (order) of
    /// their rounded sum. The caller explodes the BOM (effective on the
    /// order's release date, phantoms exploded, scrap and rounding as in MRP).
    public func componentIssue(_ header: EntryHeader, productionOrderId: String,
                               components: [StockLine]) -> Result<Posting, PostingRejection> {
        var lines: [JournalLine] = [.debit(code(.wip), .zero, orderId: productionOrderId)]
        lines.reserveCapacity(components.count + 1)
        var total = Cents.zero
        for component in components {
            let value = component.value
            total += value
            lines.append(.credit(code(.inventory), value, itemId: component.itemId, plantId: component.plantId))
        }
        lines[0].debit = total
        return finish(header, defaultMemo: "component issue \(productionOrderId)", lines: lines)
    }

    /// Output of a production order received into stock: inventory (item,
    /// plant) at the output's standard cost / WIP (order). Refusing a
    /// completion before the issue is the caller's.
    public func productionCompletion(_ header: EntryHeader, productionOrderId: String,
                                     output: StockLine) -> Result<Posting, PostingRejection> {
        let value = output.value
        return finish(header, defaultMemo: "production completion \(productionOrderId)", lines: [
            .debit(code(.inventory), value, itemId: output.itemId, plantId: output.plantId),
            .credit(code(.wip), value, orderId: productionOrderId),
        ])
    }

    /// Closing a production order settles the WIP left on it (the signed
    /// balance of its WIP lines, `LedgerBalances.balance`) to variance:
    /// variance / WIP when positive, WIP / variance when negative (completions
    /// worth more than the issues), nothing when zero.
    public func productionClose(_ header: EntryHeader, productionOrderId: String,
                                remainingWIP: Cents) -> Result<Posting, PostingRejection> {
        let memo = "production close \(productionOrderId)"
        if remainingWIP.isNegative {
            return finish(header, defaultMemo: memo, lines: [
                .debit(code(.wip), -remainingWIP, orderId: productionOrderId),
                .credit(code(.variance), -remainingWIP, orderId: productionOrderId),
            ])
        }
        return finish(header, defaultMemo: memo, lines: [
            .debit(code(.variance), remainingWIP, orderId: productionOrderId),
            .credit(code(.wip), remainingWIP, orderId: productionOrderId),
        ])
    }
}
