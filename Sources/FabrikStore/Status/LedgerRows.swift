internal import FabrikPlanning
internal import GRDB

/// Reads a deal's money from the ledger tables when they exist, tolerating
/// databases (or builds) without them: the ledger is created by a later
/// migration, so every read first checks that `journal_lines` has the
/// columns it needs and answers nil otherwise (shown as "no ledger").
enum LedgerRows {
    /// Columns `dealLedger` reads from `journal_lines`.
    static let neededColumns: Set<String> = ["account_code", "debit_cents", "credit_cents", "order_id"]

    static func hasLedger(_ db: Database) throws -> Bool {
        let info = try RawStatement(db, sql: "SELECT name FROM pragma_table_info('journal_lines')")
        var names = Set<String>()
        while try info.step() { names.insert(info.text(0)) }
        return neededColumns.isSubset(of: names)
    }

    /// Shipped value (COGS debits), invoiced (receivables debits) and paid
    /// (receivables credits) of lines whose order_id is the deal, in cents.
    static func dealLedger(_ db: Database, dealId: String) throws -> DealLedgerFacts? {
        guard try hasLedger(db) else { return nil }
        let rows = try RawStatement(db, sql: """
            SELECT a.role, COALESCE(SUM(l.debit_cents), 0), COALESCE(SUM(l.credit_cents), 0)
            FROM accounts a JOIN journal_lines l ON l.account_code = a.account_code AND l.order_id = ?
            WHERE a.role IN ('cogs', 'receivables')
            GROUP BY a.role
            """)
        rows.bind(1, dealId)
        var facts = DealLedgerFacts(shippedValueCents: 0, invoicedCents: 0, paidCents: 0)
        while try rows.step() {
            switch rows.text(0) {
            case "cogs": facts.shippedValueCents = rows.int64(1) - rows.int64(2)
            case "receivables": facts.invoicedCents = rows.int64(1); facts.paidCents = rows.int64(2)
            default: break
            }
        }
        return facts
    }
}
