internal import FabrikCore
internal import FabrikLedger
internal import GRDB

/// Transfer completions and stock moves between plants.
extension EventRecorder {
    /// Completes a transfer at once: the stock leaves the source plant and
    /// arrives at the destination. A transfer issued at import is already in
    /// transit (its value is at the destination since the opening entry):
    /// only the on-hand arrives, nothing posts.
    func completeTransfer(orderId: String, key: String) throws -> Done {
        let order = try OpenOrderState.load(db, orderId: orderId, type: .transfer)
        let quantity = order.remaining
        guard quantity.isPositive else { throw Self.refuse("Transfer \(orderId) has nothing left to complete.") }
        guard let source = order.sourcePlantId else {
            throw Self.refuse("Transfer \(orderId) has no source plant; it cannot be completed.")
        }
        var entries: [JournalEntry] = []
        if !order.issued {
            try tx.adjustOnHand(itemId: order.itemId, plantId: source, by: -quantity)
            if let entry = try tx.post(tx.rules.transferCompletion(
                tx.header(key), transferId: orderId, itemId: order.itemId, fromPlantId: source, toPlantId: order.plantId,
                quantity: quantity, standardCost: try tx.standardCost(itemId: order.itemId))) {
                entries.append(entry)
            }
        }
        try tx.adjustOnHand(itemId: order.itemId, plantId: order.plantId, by: quantity)
        try db.execute(sql: "UPDATE open_orders SET received_qty = qty, issued = 1, closed = 1 WHERE order_id = ?",
                       arguments: [orderId])
        let how = order.issued ? " (in transit since import; nothing to post)" : ""
        return Done(entries: entries,
                    summary: "Transferred \(quantity) \(order.itemId) from \(source) to \(order.plantId) on \(orderId)\(how).")
    }

    /// Moves stock between two plants at standard.
    func move(itemId: String, from: String, to: String, quantity: Quantity, key: String) throws -> Done {
        guard quantity.isPositive else { throw Self.refuse("The quantity to move must be positive.") }
        guard !utf8Equal(from, to) else { throw Self.refuse("A stock move needs two different plants.") }
        for plant in [from, to] where try Int.fetchOne(db, sql: "SELECT 1 FROM plants WHERE plant_id = ?", arguments: [plant]) == nil {
            throw Self.refuse("There is no plant \(plant).")
        }
        let cost = try tx.standardCost(itemId: itemId)
        try tx.adjustOnHand(itemId: itemId, plantId: from, by: -quantity)
        try tx.adjustOnHand(itemId: itemId, plantId: to, by: quantity)
        let entry = try tx.post(tx.rules.stockMove(tx.header(key), itemId: itemId, fromPlantId: from, toPlantId: to,
                                                   quantity: quantity, standardCost: cost))
        return Done(entries: entry.map { [$0] } ?? [], summary: "Moved \(quantity) \(itemId) from \(from) to \(to).")
    }
}
