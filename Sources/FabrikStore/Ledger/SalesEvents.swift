internal import FabrikCore
internal import FabrikLedger
internal import GRDB

/// Shipments, customer invoices and payments.
extension EventRecorder {
    private struct DealLine {
        var lineNumber: Int32
        var itemId: String
        var plantId: String
        var quantity: Quantity
        var shipped: Quantity
        var invoiced: Quantity
        var unitPrice: Money
    }

    private func deal(_ dealId: String) throws -> (customerId: String, stage: String) {
        guard let row = try Row.fetchOne(db, sql: "SELECT customer_id, stage FROM deals WHERE deal_id = ?", arguments: [dealId])
        else { throw StoreError.unknownDeal(dealId) }
        return (row[0], row[1])
    }

    private func lines(_ dealId: String) throws -> [DealLine] {
        try Row.fetchAll(db, sql: """
            SELECT line_no, item_id, plant_id, qty, shipped_qty, invoiced_qty, unit_price FROM deal_lines
            WHERE deal_id = ? ORDER BY line_no
            """, arguments: [dealId]).map { row in
            DealLine(lineNumber: row[0], itemId: row[1], plantId: row[2], quantity: Quantity(rawMicros: row[3]),
                     shipped: Quantity(rawMicros: row[4]), invoiced: Quantity(rawMicros: row[5]),
                     unitPrice: Money(rawTenThousandths: row[6]))
        }
    }

    /// Ships line `lineNumber` (`quantity`, default the rest) or every line's
    /// rest of a won deal: COGS / inventory at standard; the shipped
    /// quantity stops being demand.
    func ship(dealId: String, lineNumber: Int32?, quantity: Quantity?, key: String) throws -> Done {
        let deal = try self.deal(dealId)
        guard deal.stage == "won" else { throw Self.refuse("Deal \(dealId) is not won; only won deals ship.") }
        var chosen = try lines(dealId)
        if let lineNumber {
            chosen = chosen.filter { $0.lineNumber == lineNumber }
            guard !chosen.isEmpty else { throw Self.refuse("Deal \(dealId) has no line \(lineNumber).") }
        } else if quantity != nil {
            throw Self.refuse("--qty needs --line.")
        }
        var shipped: [(DealLine, Quantity)] = []
        for line in chosen {
            let open = line.quantity - line.shipped
            let amount = quantity ?? open
            if quantity != nil, !amount.isPositive { throw Self.refuse("The quantity to ship must be positive.") }
            if amount > open {
                throw Self.refuse("Deal \(dealId) line \(line.lineNumber) has \(open) left to ship; shipping \(amount) is refused.")
            }
            if amount.isPositive { shipped.append((line, amount)) }
        }
        guard !shipped.isEmpty else { throw Self.refuse("Deal \(dealId) has nothing left to ship.") }
        var stock: [StockLine] = []
        for (line, amount) in shipped {
            try tx.adjustOnHand(itemId: line.itemId, plantId: line.plantId, by: -amount)
            try db.execute(sql: "UPDATE deal_lines SET shipped_qty = shipped_qty + ? WHERE deal_id = ? AND line_no = ?",
                           arguments: [amount.rawMicros, dealId, line.lineNumber])
            stock.append(try tx.stockLine(itemId: line.itemId, plantId: line.plantId, quantity: amount))
        }
        let entry = try tx.post(tx.rules.shipment(tx.header(key), dealId: dealId, lines: stock))
        let list = shipped.map { "line \($0.0.lineNumber): \($0.1) \($0.0.itemId)" }.joined(separator: ", ")
        return Done(entries: entry.map { [$0] } ?? [], summary: "Shipped on \(dealId): \(list).")
    }

    /// Invoices what was shipped and not yet invoiced at the deal line prices.
    func invoice(dealId: String, key: String) throws -> Done {
        let deal = try self.deal(dealId)
        let open = try lines(dealId).filter { $0.shipped > $0.invoiced }
        guard !open.isEmpty else { throw Self.refuse("Deal \(dealId) has nothing shipped and not yet invoiced.") }
        let invoiceLines = open.map { InvoiceLine(itemId: $0.itemId, quantity: $0.shipped - $0.invoiced, unitPrice: $0.unitPrice) }
        let entry = try tx.post(tx.rules.customerInvoice(tx.header(key), dealId: dealId, customerId: deal.customerId,
                                                         lines: invoiceLines))
        try db.execute(sql: "UPDATE deal_lines SET invoiced_qty = shipped_qty WHERE deal_id = ?", arguments: [dealId])
        var total = Cents.zero
        for line in invoiceLines { total += line.amount }
        return Done(entries: entry.map { [$0] } ?? [],
                    summary: "Invoiced \(open.count) line(s) of \(dealId) to \(deal.customerId): \(total.fixedTwoDecimals) receivable.")
    }

    func paymentReceived(dealId: String, amount: Cents, key: String) throws -> Done {
        let deal = try self.deal(dealId)
        let entry = try tx.post(tx.rules.paymentReceived(tx.header(key), dealId: dealId, customerId: deal.customerId, amount: amount))
        return Done(entries: entry.map { [$0] } ?? [],
                    summary: "Received \(amount.fixedTwoDecimals) from \(deal.customerId) for \(dealId).")
    }

    func paymentMade(supplierId: String, amount: Cents, key: String) throws -> Done {
        guard try Int.fetchOne(db, sql: "SELECT 1 FROM suppliers WHERE supplier_id = ?", arguments: [supplierId]) != nil else {
            throw Self.refuse("There is no supplier \(supplierId).")
        }
        let entry = try tx.post(tx.rules.supplierPayment(tx.header(key), supplierId: supplierId, amount: amount))
        return Done(entries: entry.map { [$0] } ?? [], summary: "Paid \(amount.fixedTwoDecimals) to \(supplierId).")
    }
}
