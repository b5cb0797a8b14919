public import FabrikCore

/// The trial balance as of a day: one row per account that has lines dated
/// on or before `asOf`, by account code (UTF-8 bytes), with debit, credit and
/// balance = debit - credit, and the totals.
///
/// Invariant: `rows` are sorted by code and unique; `totalDebit` and
/// `totalCredit` are the sums of the rows (equal in a sound ledger; the
/// report shows them as they are, `LedgerVerifier` flags a difference).
/// `json` is the interfaces.md document byte for byte.
public struct TrialBalance: Hashable, Sendable {
    /// One account's line of the trial balance. `name` and `type` are nil
    /// for a code missing from the chart (a broken store; shown, not hidden).
    public struct Row: Hashable, Sendable {
        public var accountCode: String
        public var name: String?
        public var type: AccountType?
        public var debit: Cents
        public var credit: Cents

        public init(accountCode: String, name: String?, type: AccountType?, debit: Cents, credit: Cents) {
            self.accountCode = accountCode
            self.name = name
            self.type = type
            self.debit = debit
            self.credit = credit
        }

        public var balance: Cents { debit - credit }
    }

    public let asOf: Day
    public let rows: [Row]
    public let totalDebit: Cents
    public let totalCredit: Cents

    /// A trial balance from rows (e.g. the store's per-account balances);
    /// rows are sorted by code here.
    public init(asOf: Day, rows: [Row]) {
        self.asOf = asOf
        self.rows = rows.sorted { utf8Precedes($0.accountCode, $1.accountCode) }
        var debit = Cents.zero, credit = Cents.zero
        for row in rows { debit += row.debit; credit += row.credit }
        self.totalDebit = debit
        self.totalCredit = credit
    }

    /// A trial balance from account totals (an account with lines gets a
    /// row even when its balance is zero).
    public init(asOf: Day, totals: AccountTotals, chart: ChartOfAccounts) {
        let rows = totals.accountCodes.map { code -> Row in
            let account = chart.account(code: code)
            let sums = totals[code]
            return Row(accountCode: code, name: account?.name, type: account?.type, debit: sums.debit, credit: sums.credit)
        }
        self.init(asOf: asOf, rows: rows)
    }

    /// The trial balance of the entries dated on or before `asOf`.
    public static func of(_ entries: some Sequence<JournalEntry>, chart: ChartOfAccounts, asOf: Day) -> TrialBalance {
        TrialBalance(asOf: asOf, totals: AccountTotals(entries: entries, through: asOf), chart: chart)
    }

    /// The `as_of` without `--as-of`: the latest entry date, or today if later.
    public static func defaultAsOf(latestEntryDate: Day?, today: Day) -> Day {
        guard let latestEntryDate, today < latestEntryDate else { return today }
        return latestEntryDate
    }

    /// True when debits equal credits.
    public var isBalanced: Bool { totalDebit == totalCredit }

    /// The `fabrik ledger trial-balance --json` document (one line, keys in
    /// contract order, amounts as plain decimals, no trailing newline).
    public var json: String {
        var out = "{\"as_of\": \"\(asOf.iso8601)\", \"accounts\": ["
        for (index, row) in rows.enumerated() {
            if index > 0 { out += ", " }
            out += "{\"account_code\": "
            LedgerJSON.writeString(row.accountCode, into: &out)
            out += ", \"name\": "
            if let name = row.name { LedgerJSON.writeString(name, into: &out) } else { out += "null" }
            out += ", \"type\": "
            if let type = row.type { LedgerJSON.writeString(type.name, into: &out) } else { out += "null" }
            out += ", \"debit\": \(row.debit), \"credit\": \(row.credit), \"balance\": \(row.balance)}"
        }
        out += "], \"total_debit\": \(totalDebit), \"total_credit\": \(totalCredit)}"
        return out
    }
}
