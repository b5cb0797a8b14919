internal import FabrikCore
internal import FabrikLedger
internal import GRDB

/// Records one `StockEvent` inside the caller's write transaction: decides
/// its key, answers a retry with what the first attempt did, else performs
/// the event (stock, order state, postings) and records it in
/// `stock_events`, all in that one transaction.
///
/// Keys: `--key` when given, else the natural key, `kind/subject` for
/// events that happen once per order (release, issue, close, transfer) and
/// `kind/subject/n` (the n-th such event) for the others. A key already
/// recorded with the same content is a retry (nothing changes); a `--key`
/// recorded with different content is refused.
struct EventRecorder {
    let tx: LedgerTransaction
    var db: Database { tx.db }

    /// What performing an event did.
    struct Done {
        var entries: [JournalEntry] = []
        var summary: String
        var createdOrderId: String?
    }

    func record(_ event: StockEvent, userKey: String?) throws -> EventOutcome {
        let key = try self.key(for: event, userKey: userKey)
        if let previous = try Row.fetchOne(db, sql: "SELECT content, summary FROM stock_events WHERE key = ?", arguments: [key]) {
            let content: String = previous[0]
            if utf8Equal(content, event.content) {
                return EventOutcome(key: key, alreadyRecorded: true, entries: try postedEntries(key: key),
                                    summary: previous[1], createdOrderId: nil)
            }
            if userKey != nil {
                throw StoreError.transactionRefused(
                    "The key \(key) was already used for a different event (\(content)); nothing was changed.")
            }
            // A natural once-only key: the event's own checks refuse the repeat.
        }
        let done = try perform(event, key: key)
        try db.execute(
            sql: "INSERT INTO stock_events (key, kind, subject, content, day, summary) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [key, event.kind, event.subject, event.content, tx.date.daysSinceEpoch, done.summary])
        return EventOutcome(key: key, alreadyRecorded: false, entries: done.entries, summary: done.summary,
                            createdOrderId: done.createdOrderId)
    }

    private func key(for event: StockEvent, userKey: String?) throws -> String {
        if let userKey {
            guard !userKey.isEmpty else { throw StoreError.transactionRefused("--key must not be empty.") }
            return userKey
        }
        if event.happensOnce { return "\(event.kind)/\(event.subject)" }
        let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM stock_events WHERE kind = ? AND subject = ?",
                                     arguments: [event.kind, event.subject]) ?? 0
        return "\(event.kind)/\(event.subject)/\(count + 1)"
    }

    /// The entries an event posted: its key, and `key/close` when a
    /// completion closed the order.
    private func postedEntries(key: String) throws -> [JournalEntry] {
        try [key, key + "/close"].compactMap { try LedgerQueries.entry(db, key: $0, chart: tx.chart) }
    }

    private func perform(_ event: StockEvent, key: String) throws -> Done {
        switch event {
        case .release(let id): return try release(plannedOrderId: id)
        case .receive(let id, let quantity): return try receive(orderId: id, quantity: quantity, key: key)
        case .purchaseInvoice(let id, let price): return try purchaseInvoice(orderId: id, unitPrice: price, key: key)
        case .issue(let id, let allowNegative): return try issue(orderId: id, allowNegative: allowNegative, key: key)
        case .complete(let id, let quantity): return try complete(orderId: id, quantity: quantity, key: key)
        case .close(let id): return try close(orderId: id, key: key)
        case .transferComplete(let id): return try completeTransfer(orderId: id, key: key)
        case .move(let item, let from, let to, let quantity):
            return try move(itemId: item, from: from, to: to, quantity: quantity, key: key)
        case .ship(let deal, let line, let quantity): return try ship(dealId: deal, lineNumber: line, quantity: quantity, key: key)
        case .dealInvoice(let deal): return try invoice(dealId: deal, key: key)
        case .paymentReceived(let deal, let amount): return try paymentReceived(dealId: deal, amount: amount, key: key)
        case .paymentMade(let supplier, let amount): return try paymentMade(supplierId: supplier, amount: amount, key: key)
        }
    }

    static func refuse(_ sentence: String) -> StoreError { .transactionRefused(sentence) }
}
