internal import FabrikCore
internal import FabrikLedger
internal import FabrikPlanning
internal import GRDB

/// Releasing planned orders and the life of a production order: issue,
/// completions, close.
extension EventRecorder {
    /// `MO-n` -> `MFG-m`, `TO-n` -> `TRF-m` (no posting: nothing moved yet).
    func release(plannedOrderId: String) throws -> Done {
        guard let parsed = PlanReferenceCode.plannedOrder(plannedOrderId), parsed.type != .purchase else {
            throw StoreError.unknownPlannedOrder(plannedOrderId)
        }
        let conversion = try SQLiteStore.convert(db, id: plannedOrderId, type: parsed.type, number: parsed.number)
        return Done(summary: "Released \(plannedOrderId) as \(conversion.orderId); the next MRP run nets it as a scheduled receipt.",
                    createdOrderId: conversion.orderId)
    }

    /// Issues the components of the whole order to WIP (BOM at the order's
    /// release date) and marks it issued, so MRP stops asking for them.
    func issue(orderId: String, allowNegative: Bool, key: String) throws -> Done {
        let order = try OpenOrderState.load(db, orderId: orderId, type: .production)
        guard !order.issued else { throw Self.refuse("Production order \(orderId) was issued already.") }
        let release = try ComponentExplosion.releaseDate(db, itemId: order.itemId, plantId: order.plantId, due: order.dueDate)
        let components = try ComponentExplosion.components(
            db, itemId: order.itemId, plantId: order.plantId, quantity: order.quantity, on: release)
        let lines = try components.map { try tx.stockLine(itemId: $0.itemId, plantId: order.plantId, quantity: $0.quantity) }
        for component in components {
            try tx.adjustOnHand(itemId: component.itemId, plantId: order.plantId, by: -component.quantity,
                                allowNegative: allowNegative)
        }
        let entry = lines.isEmpty ? nil : try tx.post(tx.rules.componentIssue(tx.header(key), productionOrderId: orderId, components: lines))
        try db.execute(sql: "UPDATE open_orders SET issued = 1 WHERE order_id = ?", arguments: [orderId])
        let list = components.map { "\($0.quantity) \($0.itemId)" }.joined(separator: ", ")
        return Done(entries: entry.map { [$0] } ?? [],
                    summary: "Issued \(components.count) component line(s) to \(orderId) (BOM of \(release.iso8601))"
                        + (list.isEmpty ? "." : ": \(list)."))
    }

    /// Receives `quantity` (default: all still open) of output from WIP at
    /// standard; refused before the issue. Reaching the ordered quantity
    /// closes the order (a second entry, `key/close`, settles its WIP).
    func complete(orderId: String, quantity: Quantity?, key: String) throws -> Done {
        let order = try OpenOrderState.load(db, orderId: orderId, type: .production)
        guard order.issued else {
            throw Self.refuse("Production order \(orderId) cannot be completed before its components are issued (fabrik stock issue \(orderId)).")
        }
        let quantity = quantity ?? order.remaining
        guard quantity.isPositive else { throw Self.refuse("The quantity to complete must be positive.") }
        let output = try tx.stockLine(itemId: order.itemId, plantId: order.plantId, quantity: quantity)
        var entries: [JournalEntry] = []
        if let entry = try tx.post(tx.rules.productionCompletion(tx.header(key), productionOrderId: orderId, output: output)) {
            entries.append(entry)
        }
        try tx.adjustOnHand(itemId: order.itemId, plantId: order.plantId, by: quantity)
        try db.execute(sql: "UPDATE open_orders SET received_qty = received_qty + ? WHERE order_id = ?",
                       arguments: [quantity.rawMicros, orderId])
        var summary = "Completed \(quantity) \(order.itemId) at \(order.plantId) on \(orderId)"
        if order.received + quantity >= order.quantity {
            if let entry = try settle(orderId: orderId, key: key + "/close") { entries.append(entry) }
            summary += "; the order is complete and closed."
        } else {
            summary += " (\(order.remaining - quantity) still open)."
        }
        return Done(entries: entries, summary: summary)
    }

    /// Closes a production order: what is left in its WIP goes to variance.
    func close(orderId: String, key: String) throws -> Done {
        let order = try OpenOrderState.load(db, orderId: orderId, type: .production)
        let entry = try settle(orderId: orderId, key: key)
        let settled = entry.map { " and settled \($0.total.fixedTwoDecimals) of WIP to variance" } ?? ""
        return Done(entries: entry.map { [$0] } ?? [],
                    summary: "Closed \(orderId) (\(order.received) of \(order.quantity) completed)\(settled).")
    }

    private func settle(orderId: String, key: String) throws -> JournalEntry? {
        let wip = try LedgerQueries.balance(db, accountCode: tx.chart.code(role: .wip), orderId: orderId)
        let entry = try tx.post(tx.rules.productionClose(tx.header(key), productionOrderId: orderId, remainingWIP: wip))
        try db.execute(sql: "UPDATE open_orders SET closed = 1 WHERE order_id = ?", arguments: [orderId])
        return entry
    }
}
