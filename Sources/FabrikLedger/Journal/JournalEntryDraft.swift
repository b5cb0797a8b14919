public import FabrikCore

/// An entry as read from storage or built by hand, NOT yet validated: the
/// same fields as `JournalEntry` with no invariant. The store reads rows into
/// drafts and turns them into entries with `validated(chart:)` (the second
/// path of the pair check: rules are checked when an entry is built and again
/// when it is read back); `LedgerVerifier` checks drafts so it can report
/// what a broken database holds instead of failing on it.
public struct JournalEntryDraft: Hashable, Sendable {
    public var key: String
    public var date: Day
    public var memo: String
    public var source: EntrySource
    public var reversesKey: String?
    public var lines: [JournalLine]

    public init(key: String, date: Day, memo: String = "", source: EntrySource = .event,
                reversesKey: String? = nil, lines: [JournalLine]) {
        self.key = key
        self.date = date
        self.memo = memo
        self.source = source
        self.reversesKey = reversesKey
        self.lines = lines
    }

    /// The draft as a validated entry, or the first rule it breaks.
    public func validated(chart: ChartOfAccounts) -> Result<JournalEntry, PostingRejection> {
        JournalEntry.make(key: key, date: date, memo: memo, source: source, reversesKey: reversesKey, lines: lines, chart: chart)
    }
}

extension JournalEntry {
    /// The entry's fields as a draft (for storage round trips).
    public var draft: JournalEntryDraft {
        JournalEntryDraft(key: key, date: date, memo: memo, source: source, reversesKey: reversesKey, lines: lines)
    }
}
