public import FabrikCore

/// Why `ledger reverse` refuses to reverse an entry. Each case reads as a
/// sentence naming the entries involved.
public enum ReversalRefusal: Hashable, Sendable, Error, CustomStringConvertible {
    /// The entry was posted by a stock or order event (or the opening
    /// balances): its lines move stock-valued accounts that the business
    /// state (on hand, WIP per order, GRNI per order) must agree with, so it
    /// is corrected by another transaction, not by a ledger-only reversal.
    case postedByStockEvent(key: String)
    /// The entry is itself a reversal; post the original again under a new
    /// key instead, so every entry is reversed at most once and chains stay
    /// one step long.
    case isAReversal(key: String, reversesKey: String)
    /// The entry already has a reversal (a different key).
    case alreadyReversed(key: String, reversalKey: String)
    /// The reversal would be dated before the entry it reverses.
    case datedBeforeOriginal(key: String, originalDate: Day, date: Day)
    /// The mirrored entry breaks a posting rule (e.g. its key is the
    /// original's own key).
    case rejected(key: String, PostingRejection)

    public var description: String {
        switch self {
        case .postedByStockEvent(let key):
            return "Entry \(key) was posted by a stock or order event; only manual entries can be reversed, "
                + "stock-event entries are corrected by another transaction (docs/ledger.md)"
        case .isAReversal(let key, let reversesKey):
            return "Entry \(key) is itself the reversal of \(reversesKey); a reversal is not reversed, "
                + "post the original again under a new key instead"
        case .alreadyReversed(let key, let reversalKey):
            return "Entry \(key) was already reversed by entry \(reversalKey)"
        case .datedBeforeOriginal(let key, let originalDate, let date):
            return "A reversal of entry \(key) cannot be dated \(date.iso8601), before the entry's own date \(originalDate.iso8601)"
        case .rejected(let key, let rejection):
            return "The reversal of entry \(key) cannot be posted: \(rejection.sentence)"
        }
    }
}

/// The rules of `fabrik ledger reverse`, pure: which entries may be
/// reversed, the reversing entry (every line's debit and credit swapped,
/// `reversesKey` naming the original, same source), its default key and
/// memo, and when a repeated command is a retry.
///
/// Invariant: an entry it builds passes `JournalEntry.make`, is manual,
/// names a manual entry that is not itself a reversal, and is dated on or
/// after it; the store adds "at most one reversal per entry" (checked here
/// from `existingReversalKey`, and by a unique index).
public enum ReversalPolicy {
    /// The idempotency key of the reversal when no `--key` is given.
    public static func defaultKey(reversing key: String) -> String { "reverse/\(key)" }

    /// `reversal of KEY`, then the original's memo when it has one.
    public static func defaultMemo(reversing original: JournalEntry) -> String {
        original.memo.isEmpty ? "reversal of \(original.key)" : "reversal of \(original.key): \(original.memo)"
    }

    /// The reversing entry for `original`, or why there is none.
    /// `existingReversalKey` is the key of an entry already naming
    /// `original` in its `reversesKey`, if the store has one.
    public static func reversal(of original: JournalEntry, existingReversalKey: String?, key: String, date: Day,
                                memo: String?, chart: ChartOfAccounts) -> Result<JournalEntry, ReversalRefusal> {
        if original.source != .manual { return .failure(.postedByStockEvent(key: original.key)) }
        if let reversesKey = original.reversesKey { return .failure(.isAReversal(key: original.key, reversesKey: reversesKey)) }
        if let existingReversalKey { return .failure(.alreadyReversed(key: original.key, reversalKey: existingReversalKey)) }
        if date < original.date {
            return .failure(.datedBeforeOriginal(key: original.key, originalDate: original.date, date: date))
        }
        return original.reversal(key: key, date: date, memo: memo ?? defaultMemo(reversing: original), chart: chart)
            .mapError { rejection in ReversalRefusal.rejected(key: original.key, rejection) }
    }

    /// True when `existing` (the entry under the reversal's key) already
    /// records this reversal: it reverses `originalKey`, and the date and
    /// memo match when the command gives them. A command repeated without
    /// `--date` on a later day is thus a retry, not a conflict.
    public static func isRetry(existing: JournalEntry, reversing originalKey: String, date: Day?, memo: String?) -> Bool {
        guard let reversesKey = existing.reversesKey, utf8Equal(reversesKey, originalKey) else { return false }
        if let date, date != existing.date { return false }
        if let memo, !utf8Equal(memo, existing.memo) { return false }
        return true
    }
}
