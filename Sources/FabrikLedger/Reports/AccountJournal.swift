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

    /// One line posted to the account, with its entry's header and its
    /// place in posting order: what the store reads when it selects the
    /// account's lines alone.
    public struct PostedLine: Hashable, Sendable {
        public var date: Day
        /// The entry's position in posting order (the store's `entry_id`).
        public var entrySequence: Int64
        /// The line's position within its entry.
        public var lineNumber: Int
        public var key: String
        public var memo: String
        public var line: JournalLine

        public init(date: Day, entrySequence: Int64, lineNumber: Int, key: String, memo: String, line: JournalLine) {
            self.date = date
            self.entrySequence = entrySequence
            self.lineNumber = lineNumber
            self.key = key
            self.memo = memo
            self.line = line
        }
    }

    /// The journal of `accountCode` over the entries dated in `from...through`.
    public init(accountCode: String, entries: some Sequence<JournalEntry>, from: Day? = nil, through: Day? = nil) {
        var posted: [PostedLine] = []
        for (sequence, entry) in entries.enumerated() {
            for (number, line) in entry.lines.enumerated() where utf8Equal(line.accountCode, accountCode) {
                posted.append(PostedLine(date: entry.date, entrySequence: Int64(sequence), lineNumber: number,
                                         key: entry.key, memo: entry.memo, line: line))
            }
        }
        self.init(accountCode: accountCode, postedLines: posted, from: from, through: through)
    }

    /// The journal from the account's own lines (in any order; lines of
    /// other accounts are ignored) over `from...through`: ordered by date,
    /// then posting order, then line order.
    public init(accountCode: String, postedLines: [PostedLine], from: Day? = nil, through: Day? = nil) {
        var lines = postedLines.filter { posted in
            utf8Equal(posted.line.accountCode, accountCode)
                && !(from.map { posted.date < $0 } ?? false) && !(through.map { $0 < posted.date } ?? false)
        }
        // Total order: date, then posting sequence, then the line's place in its entry.
        lines.sort { a, b in
            if a.date != b.date { return a.date < b.date }
            return a.entrySequence != b.entrySequence ? a.entrySequence < b.entrySequence : a.lineNumber < b.lineNumber
        }
        var rows: [Row] = []
        rows.reserveCapacity(lines.count)
        var balance = Cents.zero, debit = Cents.zero, credit = Cents.zero
        for posted in lines {
            debit += posted.line.debit
            credit += posted.line.credit
            balance += posted.line.signedAmount
            rows.append(Row(date: posted.date, key: posted.key, memo: posted.memo, line: posted.line, balance: balance))
        }
        self.accountCode = accountCode
        self.rows = rows
        self.totalDebit = debit
        self.totalCredit = credit
    }
}
