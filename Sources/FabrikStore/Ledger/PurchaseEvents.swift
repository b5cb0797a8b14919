internal import FabrikCore
internal import FabrikLedger
internal import GRDB

/// Purchase receipts and supplier invoices.
extension EventRecorder {
    /// Receives `quantity` (default: all still open) of a purchase order into
    /// its plant: inventory / GRNI at standard. More than still open is refused.
    func receive(orderId: String, quantity: Quantity?, key: String) throws -> Done {
        let order = try OpenOrderState.load(db, orderId: orderId, type: .purchase)
        let quantity = quantity ?? order.remaining
        guard quantity.isPositive else {
            throw Self.refuse(order.remaining.isPositive
                ? "The quantity to receive must be positive."
                : "Purchase order \(orderId) is fully received; nothing is left to receive.")
        }
        guard quantity <= order.remaining else {
            throw Self.refuse("Purchase order \(orderId) has \(order.remaining) left to receive; receiving \(quantity) is refused.")
        }
        let stock = try tx.stockLine(itemId: order.itemId, plantId: order.plantId, quantity: quantity)
        let entry = try tx.post(tx.rules.purchaseReceipt(tx.header(key), purchaseOrderId: orderId, stock: stock))
        try tx.adjustOnHand(itemId: order.itemId, plantId: order.plantId, by: quantity)
        try db.execute(sql: "UPDATE open_orders SET received_qty = received_qty + ? WHERE order_id = ?",
                       arguments: [quantity.rawMicros, orderId])
        let left = order.remaining - quantity
        return Done(entries: entry.map { [$0] } ?? [],
                    summary: "Received \(quantity) \(order.itemId) at \(order.plantId) on \(orderId) (\(left) left to receive).")
    }

    /// Invoices what was received and not yet invoiced at `unitPrice`: GRNI
    /// back by exactly the cents the receipts credited, payables at the
    /// price, the difference to variance.
    func purchaseInvoice(orderId: String, unitPrice: Money, key: String) throws -> Done {
        let order = try OpenOrderState.load(db, orderId: orderId, type: .purchase)
        guard !unitPrice.isNegative else { throw Self.refuse("The price must not be negative.") }
        let quantity = order.received - order.invoiced
        guard quantity.isPositive else {
            throw Self.refuse(order.received.isPositive
                ? "Purchase order \(orderId) has no received quantity left to invoice; it was invoiced already."
                : "Purchase order \(orderId) has received nothing yet; there is nothing to invoice.")
        }
        guard let supplierId = order.supplierId else {
            throw Self.refuse("Purchase order \(orderId) has no supplier to invoice.")
        }
        let grni = try LedgerQueries.balance(db, accountCode: tx.chart.code(role: .grni), orderId: orderId)
        let received = ReceivedNotInvoiced(quantity: quantity, grni: -grni)
        let entry = try tx.post(tx.rules.supplierInvoice(
            tx.header(key), purchaseOrderId: orderId, supplierId: supplierId, received: received, unitPrice: unitPrice))
        try db.execute(sql: "UPDATE open_orders SET invoiced_qty = received_qty WHERE order_id = ?", arguments: [orderId])
        let amount = Cents.value(of: quantity, at: unitPrice)
        return Done(entries: entry.map { [$0] } ?? [],
                    summary: "Invoiced \(quantity) \(order.itemId) on \(orderId) from \(supplierId) at \(unitPrice): \(amount.fixedTwoDecimals) payable.")
    }
}

extension Money {
    var isNegative: Bool { rawTenThousandths < 0 }
}
