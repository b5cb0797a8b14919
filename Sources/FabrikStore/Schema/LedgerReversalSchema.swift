internal import GRDB

/// Migration `v5-ledger-reversals`: at most one entry may reverse a given
/// entry, enforced by the database (a unique index over the non-null
/// `journal_entries.reverses_key`), which also makes "is this entry already
/// reversed, and by which?" one index probe for `ledger reverse`.
///
/// Databases from before the migration cannot hold reversals (nothing
/// wrote `reverses_key`), so the unique index always builds.
enum LedgerReversalSchema {
    static let statements: [String] = [
        """
        CREATE UNIQUE INDEX IF NOT EXISTS journal_entries_reverses_key ON journal_entries(reverses_key)
        WHERE reverses_key IS NOT NULL
        """,
    ]

    static func migrate(_ db: Database) throws {
        for sql in statements { try db.execute(sql: sql) }
    }
}
