public import FabrikCore
public import FabrikLedger
internal import GRDB

/// What `reverseEntry` did: the reversing entry, the entry it reverses, and
/// whether the reversal had been posted before under the same key (then
/// nothing was written and `reversal` is the one posted the first time).
public struct ReversalOutcome: Hashable, Sendable {
    public var reversal: JournalEntry
    public var reversed: JournalEntry
    public var alreadyPosted: Bool
}

/// `fabrik ledger reverse`: a correction is a new entry that mirrors a manual
/// entry and names it (`journal_entries.reverses_key`), never an edit.
extension SQLiteStore {
    /// Reverses the entry stored under `key` with an entry dated `date`
    /// (default `today`) under `reversalKey` (default `reverse/<key>`), all
    /// in one write transaction. Refused, with nothing written: an unknown
    /// entry, a stock-event entry, a reversal, an entry already reversed
    /// (naming its reversal), a date before the entry's. The same command
    /// again answers with the first reversal (`alreadyPosted`); the key
    /// holding any other entry is an error.
    public func reverseEntry(_ key: String, date: Day?, today: Day, reversalKey: String? = nil,
                             memo: String? = nil) throws(StoreError) -> ReversalOutcome {
        try write("reversing entry \(key)") { db in
            let tx = try LedgerTransaction(db: db, date: date ?? today)
            guard let original = try LedgerQueries.entry(db, key: key, chart: tx.chart) else {
                throw StoreError.transactionRefused("There is no journal entry with key \(key); nothing was posted.")
            }
            let newKey = reversalKey ?? ReversalPolicy.defaultKey(reversing: key)
            if let existing = try LedgerQueries.entry(db, key: newKey, chart: tx.chart) {
                guard ReversalPolicy.isRetry(existing: existing, reversing: key, date: date, memo: memo) else {
                    throw StoreError.transactionRefused(
                        "The key \(newKey) was already used for a different entry; nothing was posted.")
                }
                return ReversalOutcome(reversal: existing, reversed: original, alreadyPosted: true)
            }
            let existingReversal = try String.fetchOne(
                db, sql: "SELECT key FROM journal_entries WHERE reverses_key = ?", arguments: [key])
            switch ReversalPolicy.reversal(of: original, existingReversalKey: existingReversal, key: newKey,
                                           date: tx.date, memo: memo, chart: tx.chart) {
            case .failure(let refusal):
                throw StoreError.transactionRefused("\(refusal); nothing was posted.")
            case .success(let reversal):
                try tx.insert(reversal)
                return ReversalOutcome(reversal: reversal, reversed: original, alreadyPosted: false)
            }
        }
    }
}
