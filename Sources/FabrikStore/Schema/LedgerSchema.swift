internal import GRDB

/// The ledger and inventory-transaction tables (migration `v3-ledger`).
///
/// - `journal_entries(entry_id, key UNIQUE, date_day, memo, source, reverses_key)`:
///   one row per posted entry, `entry_id` in posting order; `key` is the
///   idempotency key (source event, `--key`, or manual entry_id).
/// - `journal_lines(entry_id, line_no, account_code, debit_cents, credit_cents,
///   item_id, plant_id, order_id, party_id)`: integer cents, one side each.
/// - `ledger_daily(account_code, day, debit_cents, credit_cents)`: movements
///   per account and day, upserted in the posting transaction, so a trial
///   balance as of any day is a sum over days, not lines.
/// - `stock_events(key, kind, subject, content, day, summary)`: every
///   business event with its idempotency key, including those worth zero
///   cents (which post no entry).
/// - `open_orders.invoiced_qty`, `deal_lines.invoiced_qty`: what supplier and
///   customer invoices already covered.
///
/// Both journal tables refuse UPDATE and DELETE by trigger. `fabrik import
/// --replace` drops the triggers, deletes, and recreates them inside its own
/// transaction (`dropTriggers` / `createTriggers`), so a failed replace
/// keeps them.
enum LedgerSchema {
    static let tables: [String] = [
        """
        CREATE TABLE journal_entries (
            entry_id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            date_day INTEGER NOT NULL,
            memo TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('event', 'manual')),
            reverses_key TEXT REFERENCES journal_entries(key))
        """,
        """
        CREATE TABLE journal_lines (
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
            CHECK (debit_cents >= 0 AND credit_cents >= 0 AND (debit_cents = 0) <> (credit_cents = 0)))
        """,
        "CREATE INDEX journal_lines_account ON journal_lines(account_code, order_id)",
        """
        CREATE TABLE ledger_daily (
            account_code TEXT NOT NULL,
            day INTEGER NOT NULL,
            debit_cents INTEGER NOT NULL,
            credit_cents INTEGER NOT NULL,
            PRIMARY KEY (account_code, day)) WITHOUT ROWID
        """,
        """
        CREATE TABLE stock_events (
            key TEXT PRIMARY KEY NOT NULL,
            kind TEXT NOT NULL,
            subject TEXT NOT NULL,
            content TEXT NOT NULL,
            day INTEGER NOT NULL,
            summary TEXT NOT NULL)
        """,
        "CREATE INDEX stock_events_subject ON stock_events(kind, subject)",
        "ALTER TABLE open_orders ADD COLUMN invoiced_qty INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE deal_lines ADD COLUMN invoiced_qty INTEGER NOT NULL DEFAULT 0",
    ]

    /// The message every refused UPDATE or DELETE of a journal row carries.
    static let immutableMessage = "journal entries are immutable"

    static let triggerNames = [
        "journal_entries_no_update", "journal_entries_no_delete", "journal_lines_no_update", "journal_lines_no_delete",
    ]

    static var triggers: [String] {
        [("journal_entries", "UPDATE"), ("journal_entries", "DELETE"), ("journal_lines", "UPDATE"), ("journal_lines", "DELETE")]
            .map { table, action in
                """
                CREATE TRIGGER \(table)_no_\(action.lowercased()) BEFORE \(action) ON \(table)
                BEGIN SELECT RAISE(ABORT, '\(immutableMessage)'); END
                """
            }
    }

    static func createTriggers(_ db: Database) throws {
        for sql in triggers { try db.execute(sql: sql) }
    }

    /// Only for `import --replace`, inside its transaction, followed by
    /// `createTriggers` before commit.
    static func dropTriggers(_ db: Database) throws {
        for name in triggerNames { try db.execute(sql: "DROP TRIGGER IF EXISTS \(name)") }
    }
}
