import FabrikCore
import FabrikDataset
import FabrikLedger
import GRDB
import Testing
@testable import FabrikStore

/// Migration `v7-journal-lines-clustered` on a database written before it:
/// every line kept byte for byte, the table clustered on its key, the two
/// partial indexes in place and used, and the journal still immutable.
@Suite("Journal lines migration")
struct JournalLinesMigrationTests {
    /// Lines of three entries as a pre-v7 database holds them: an opening
    /// stock entry (inventory line with item and plant), a WIP issue (lines
    /// with an order), a manual entry (no dimensions).
    static let lines = [
        "(1, 1, '1200', 12500, 0, 'BIKE', 'P1', NULL, NULL)",
        "(1, 2, '3000', 0, 12500, NULL, NULL, NULL, NULL)",
        "(2, 1, '1300', 4000, 0, NULL, NULL, 'MFG-1', NULL)",
        "(2, 2, '1200', 0, 4000, 'FRAME', 'P1', 'MFG-1', NULL)",
        "(3, 1, '6000', 1999, 0, NULL, NULL, NULL, NULL)",
        "(3, 2, '1000', 0, 1999, NULL, NULL, NULL, NULL)",
    ]

    /// A database migrated up to v6, holding the accounts and the lines above.
    static func databaseBeforeV7(_ temp: TemporaryDatabase) throws {
        let queue = try DatabaseQueue(path: temp.path)
        try StoreMigrations.migrator.migrate(queue, upTo: "v6-bom-parent-index")
        try queue.write { db in
            for account in Dataset.builtInAccounts {
                try db.execute(sql: "INSERT INTO accounts (account_code, name, type, role) VALUES (?, ?, ?, ?)",
                               arguments: [account.accountCode, account.name, account.type.name, account.role?.name])
            }
            try db.execute(sql: "INSERT INTO accounts (account_code, name, type) VALUES ('6000', 'Wages', 'expense')")
            try db.execute(sql: """
                INSERT INTO journal_entries (entry_id, key, date_day, memo, source) VALUES
                    (1, 'opening/stock/BIKE/P1', 20454, 'opening stock', 'event'),
                    (2, 'issue/MFG-1', 20460, 'issue MFG-1', 'event'),
                    (3, 'M-1', 20461, 'wages', 'manual')
                """)
            try db.execute(sql: "INSERT INTO journal_lines VALUES " + lines.joined(separator: ", "))
        }
    }

    static func rows(_ store: SQLiteStore, _ sql: String) throws -> [String] {
        try store.pool.read { db in try Row.fetchAll(db, sql: sql).map(\.description) }
    }

    @Test("the migration keeps every line and rebuilds the table without rowid, with the partial indexes")
    func migrationKeepsLines() throws {
        let temp = TemporaryDatabase()
        try Self.databaseBeforeV7(temp)
        let before = try DatabaseQueue(path: temp.path).read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM journal_lines ORDER BY entry_id, line_no").map(\.description)
        }
        #expect(before.count == 6)

        let store = try temp.open()
        #expect(try Self.rows(store, "SELECT * FROM journal_lines ORDER BY entry_id, line_no") == before)
        let table = try store.queryText("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'journal_lines'") ?? ""
        #expect(table.hasSuffix("WITHOUT ROWID"))
        #expect(try Self.rows(store, """
            SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'journal_lines' ORDER BY name
            """) == ["[name:\"journal_lines_item\"]", "[name:\"journal_lines_order\"]"])
        #expect(try store.queryText("SELECT count(*) FROM sqlite_master WHERE name = 'journal_lines_clustered'") == "0")
        #expect(try store.queryText("SELECT identifier FROM grdb_migrations ORDER BY rowid DESC LIMIT 1")
            == "v7-journal-lines-clustered")
    }

    @Test("after the migration the journal lines still refuse UPDATE and DELETE")
    func migratedLinesStayImmutable() throws {
        let temp = TemporaryDatabase()
        try Self.databaseBeforeV7(temp)
        let store = try temp.open()
        for sql in ["UPDATE journal_lines SET debit_cents = 1 WHERE entry_id = 3 AND line_no = 1",
                    "DELETE FROM journal_lines WHERE entry_id = 3"] {
            #expect { try store.executeRaw(sql) } throws: { error in
                "\(error)".contains(LedgerSchema.immutableMessage)
            }
        }
        #expect(try store.queryText("SELECT count(*) FROM journal_lines") == "6")
    }

    @Test("the per-order and per-item queries read the partial indexes and give the old sums")
    func partialIndexesServeTheQueries() throws {
        let temp = TemporaryDatabase()
        try Self.databaseBeforeV7(temp)
        let store = try temp.open()
        let wip = try store.pool.read { db in try LedgerQueries.balance(db, accountCode: "1300", orderId: "MFG-1") }
        #expect(wip == Cents(rawCents: 4000))
        let inventory = try store.pool.read { db in try LedgerQueries.balance(db, accountCode: "1200", orderId: "MFG-1") }
        #expect(inventory == Cents(rawCents: -4000))
        let orderPlan = try Self.rows(store, """
            EXPLAIN QUERY PLAN SELECT SUM(debit_cents - credit_cents) FROM journal_lines WHERE account_code = '1300' AND order_id = 'MFG-1'
            """).joined()
        #expect(orderPlan.contains("USING INDEX journal_lines_order"))
        let itemPlan = try Self.rows(store, """
            EXPLAIN QUERY PLAN SELECT item_id, plant_id, SUM(debit_cents - credit_cents) FROM journal_lines
            WHERE account_code = '1200' AND item_id IS NOT NULL GROUP BY item_id, plant_id
            """).joined()
        #expect(itemPlan.contains("USING INDEX journal_lines_item"))
        let valuation = try store.stockValuation()
        #expect(valuation.rows.map { "\($0.itemId)@\($0.plantId)=\($0.ledger.rawCents)" } == ["BIKE@P1=12500", "FRAME@P1=-4000"])
        #expect(valuation.totalLedger == Cents(rawCents: 8500))
    }
}
