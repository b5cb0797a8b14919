internal import GRDB

/// Migration `v7-journal-lines-clustered`: `journal_lines` becomes a
/// WITHOUT ROWID table clustered on its `(entry_id, line_no)` key, and the
/// one `(account_code, order_id)` index over every line becomes two partial
/// indexes over the lines that carry a dimension:
///
/// - `journal_lines_order (account_code, order_id) WHERE order_id IS NOT NULL`:
///   WIP and GRNI per order, a deal's receivables and COGS;
/// - `journal_lines_item (account_code, item_id, plant_id) WHERE item_id IS NOT NULL`:
///   the stock valuation's inventory balance per item and plant (every
///   inventory line carries both, `JournalEntry.make` refuses one without).
///
/// Why: with a rowid, every line went into three B-trees (the rows, the
/// key's automatic index, the account index). Now a line goes into one
/// B-tree, appended at its end, plus an index only when it carries an
/// order or item, which manual lines never do. A 1M-entry `ledger post`
/// (3M lines) fell from 9.8 to 5.3 s wall (docs/performance.md). Reads by
/// `(entry_id, line_no)`, the journal and the verifier, now walk the table
/// itself instead of an index and a rowid lookup per line.
///
/// The rows are copied in key order; the immutability triggers are dropped
/// with the old table and created again on the new one, inside the
/// migration's transaction.
enum LedgerLinesSchema {
    static let newTable = """
        CREATE TABLE journal_lines_clustered (
            entry_id INTEGER NOT NULL REFERENCES journal_entries(entry_id),
            line_no INTEGER NOT NULL,
            account_code TEXT NOT NULL REFERENCES accounts(account_code),
            debit_cents INTEGER NOT NULL,
            credit_cents INTEGER NOT NULL,
            item_id TEXT,
            plant_id TEXT,
            order_id TEXT,
            party_id TEXT,
            PRIMARY KEY (entry_id, line_no),
            CHECK (debit_cents >= 0 AND credit_cents >= 0 AND (debit_cents = 0) <> (credit_cents = 0))) WITHOUT ROWID
        """

    static let indexes = [
        "CREATE INDEX journal_lines_order ON journal_lines(account_code, order_id) WHERE order_id IS NOT NULL",
        "CREATE INDEX journal_lines_item ON journal_lines(account_code, item_id, plant_id) WHERE item_id IS NOT NULL",
    ]

    static func migrate(_ db: Database) throws {
        try LedgerSchema.dropTriggers(db)
        try db.execute(sql: newTable)
        try db.execute(sql: """
            INSERT INTO journal_lines_clustered
                (entry_id, line_no, account_code, debit_cents, credit_cents, item_id, plant_id, order_id, party_id)
            SELECT entry_id, line_no, account_code, debit_cents, credit_cents, item_id, plant_id, order_id, party_id
            FROM journal_lines ORDER BY entry_id, line_no
            """)
        try db.execute(sql: "DROP INDEX IF EXISTS journal_lines_account")
        try db.execute(sql: "DROP TABLE journal_lines")
        try db.execute(sql: "ALTER TABLE journal_lines_clustered RENAME TO journal_lines")
        for sql in indexes { try db.execute(sql: sql) }
        try LedgerSchema.createTriggers(db)
    }
}
