public import FabrikCore

/// Debits, credits and line counts per account code over a set of entries
/// and a date range: the aggregate every report starts from. Keys are
/// account codes compared byte for byte. Cost O(lines), one hash per line.
/// Sums trap on Int64 overflow (past 9.2 * 10^16 units; see `Cents`).
public struct AccountTotals: Hashable, Sendable {
    /// Totals of one account.
    public struct Totals: Hashable, Sendable {
        public var debit: Cents = .zero
        public var credit: Cents = .zero
        public var lineCount = 0

        public init(debit: Cents = .zero, credit: Cents = .zero, lineCount: Int = 0) {
            self.debit = debit
            self.credit = credit
            self.lineCount = lineCount
        }

        mutating func add(_ line: JournalLine) {
            debit += line.debit
            credit += line.credit
            lineCount += 1
        }

        /// `debit - credit`.
        public var balance: Cents { debit - credit }
    }

    private var byAccount: [CodeKey: Totals] = [:]

    public init() {}

    /// Totals of the entries dated in `from...through` (either end open when nil).
    public init(entries: some Sequence<JournalEntry>, from: Day? = nil, through: Day? = nil) {
        for entry in entries {
            if let from, entry.date < from { continue }
            if let through, through < entry.date { continue }
            add(entry)
        }
    }

    /// Adds every line of one entry.
    public mutating func add(_ entry: JournalEntry) {
        for line in entry.lines { add(line) }
    }

    /// Adds one line.
    public mutating func add(_ line: JournalLine) {
        // One hash: the default subscript mutates in place.
        byAccount[CodeKey(line.accountCode), default: Totals()].add(line)
    }

    /// Sets one account's totals (the store's per-account aggregates).
    public mutating func set(_ totals: Totals, accountCode: String) { byAccount[CodeKey(accountCode)] = totals }

    /// The totals of one account (zero when it has no lines).
    public subscript(accountCode: String) -> Totals { byAccount[CodeKey(accountCode)] ?? Totals() }

    /// Account codes with lines, in UTF-8 byte order.
    public var accountCodes: [String] { byAccount.keys.map(\.text).sorted(by: utf8Precedes) }
}
