public import FabrikCore

/// One account's journal: every line posted to it, in date order (posting
/// order within a day, i.e. the order of the entries given), with a running
/// balance (debit - credit).
///
/// Invariant: `rows.last?.balance == totalDebit - totalCredit`. Cost O(lines).
public struct AccountJournal: Hashable, Sendable {
    /// One line of the account with its entry's header.
    public struct Row: Hashable, Sendable {
        public var date: Day
        public var key: String
        public var memo: String
        public var line: JournalLine
        /// The account's balance after this line.
        public var balance: Cents
    }

    public let accountCode: String
    public let rows: [Row]
    public let totalDebit: Cents
    public let totalCredit: Cents

    /// The journal of `accountCode` over the entries dated in `from...through`.
    public init(accountCode: String, entries: some Sequence<JournalEntry>, from: Day? = nil, through: Day? = nil) {
        var dated: [(date: Day, sequence: Int, entry: JournalEntry)] = []
        for (sequence, entry) in entries.enumerated() {
            if let from, entry.date < from { continue }
            if let through, through < entry.date { continue }
            dated.append((entry.date, sequence, entry))
        }
        // Total order: date, then posting sequence.
        dated.sort { $0.date != $1.date ? $0.date < $1.date : $0.sequence < $1.sequence }
        var rows: [Row] = []
        var balance = Cents.zero, debit = Cents.zero, credit = Cents.zero
        for item in dated {
            for line in item.entry.lines where utf8Equal(line.accountCode, accountCode) {
                debit += line.debit
                credit += line.credit
                balance += line.signedAmount
                rows.append(Row(date: item.date, key: item.entry.key, memo: item.entry.memo, line: line, balance: balance))
            }
        }
        self.accountCode = accountCode
        self.rows = rows
        self.totalDebit = debit
        self.totalCredit = credit
    }
}
