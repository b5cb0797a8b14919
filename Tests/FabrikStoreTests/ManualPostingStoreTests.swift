import FabrikCore
import FabrikDataset
@testable import FabrikLedger
import Foundation
import GRDB
import Testing
@testable import FabrikStore

/// `ledger post` in bulk (`postManualEntries`) on the sample data: the same
/// journal and daily movements as the entry-by-entry reference, idempotent,
/// all or nothing, and verified afterwards.
@Suite("Manual posting store")
struct ManualPostingStoreTests {
    static let opening = Day(iso8601: "2026-11-02") ?? Day(daysSinceEpoch: 0)

    static func store(_ temp: TemporaryDatabase) throws -> SQLiteStore {
        let store = try temp.open()
        try store.importDataset(SampleDataTests.sampleDataset(), replace: false, openingDate: opening, progress: { _ in })
        return store
    }

    /// Every journal and daily-movement row, as text, in storage order.
    static func dump(_ store: SQLiteStore) throws -> [String] {
        try store.pool.read { db in
            var rows: [String] = []
            for sql in [
                "SELECT entry_id, key, date_day, memo, source, reverses_key FROM journal_entries ORDER BY entry_id",
                "SELECT * FROM journal_lines ORDER BY entry_id, line_no",
                "SELECT account_code, day, debit_cents, credit_cents FROM ledger_daily ORDER BY account_code, day",
            ] {
                for row in try Row.fetchAll(db, sql: sql) { rows.append(row.description) }
            }
            return rows
        }
    }

    static func generated(_ store: SQLiteStore, entries: Int, seed: UInt64 = 1) throws -> String {
        ManualEntryGenerator(entries: entries, seed: seed, firstDay: opening, days: 30).text(chart: try store.chartOfAccounts())
    }

    /// Rows apart, a quoted memo with a comma, several lines on one account.
    static let handMade = """
        entry_id,date,account_code,debit,credit,memo
        H-1,2026-11-05,6000,1200.50,,"wages, November"
        H-2,2026-11-06,6200,80,,freight
        H-1,2026-11-05,1000,,1000.50,
        H-2,2026-11-06,2000,,80,
        H-1,2026-11-05,1000,,200,

        """

    @Test("the bulk path writes byte for byte the rows of the entry-by-entry reference, also over a partly posted file")
    func sameRowsAsReference() throws {
        let fastTemp = TemporaryDatabase(), referenceTemp = TemporaryDatabase()
        let fast = try Self.store(fastTemp), reference = try Self.store(referenceTemp)
        let first = try Self.generated(fast, entries: 3_000)
        // The second file repeats the first 1,000 entries of the first (already posted) and adds 2,000 of its own.
        let firstLines = first.split(separator: "\n", omittingEmptySubsequences: false)
        let repeated = firstLines.prefix { !$0.hasPrefix("S1-0001001,") }.joined(separator: "\n") + "\n"
        let second = repeated + (try Self.generated(fast, entries: 2_000, seed: 2)).split(separator: "\n").dropFirst().joined(separator: "\n")
        for text in [first, Self.handMade, second] {
            let a = try fast.postManualEntries(text: text, fileName: "f.csv")
            let b = try reference.postManualEntriesEntryByEntry(text: text, fileName: "f.csv")
            #expect(a == b)
        }
        let rows = try Self.dump(fast)
        #expect(rows == (try Self.dump(reference)))
        // Hand-checked: H-1's lines in file order, numbered from 1, no dimensions.
        let handLines = try fast.pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT l.line_no, l.account_code, l.debit_cents, l.credit_cents, l.item_id FROM journal_lines l
                JOIN journal_entries e ON e.entry_id = l.entry_id WHERE e.key = 'H-1' ORDER BY l.line_no
                """).map(\.description)
        }
        #expect(handLines == [
            "[line_no:1 account_code:\"6000\" debit_cents:120050 credit_cents:0 item_id:NULL]",
            "[line_no:2 account_code:\"1000\" debit_cents:0 credit_cents:100050 item_id:NULL]",
            "[line_no:3 account_code:\"1000\" debit_cents:0 credit_cents:20000 item_id:NULL]",
        ])
        let memo = try fast.pool.read { db in try String.fetchOne(db, sql: "SELECT memo FROM journal_entries WHERE key = 'H-1'") }
        #expect(memo == "wages, November")
        #expect(try fast.verifyLedger().isEmpty)
    }

    @Test("a file read on several threads posts exactly the rows of one thread, and the phases are reported in order")
    func threadCountDoesNotChangeRows() throws {
        let oneTemp = TemporaryDatabase(), manyTemp = TemporaryDatabase()
        let one = try Self.store(oneTemp), many = try Self.store(manyTemp)
        // Over 3 MB, so that three threads read parts of at least 1 MB each.
        let text = try Self.generated(one, entries: 30_000)
        #expect(text.utf8.count > 3 * ManualEntryChunkedRead.bytesPerPartMin)
        let a = try one.postManualEntries(text: text, fileName: "g.csv", threadCount: 1, progress: { _ in })
        var phases: [ManualPostingPhase] = []
        let b = try many.postManualEntries(text: text, fileName: "g.csv", threadCount: 3, phaseDone: { phases.append($0) },
                                           progress: { _ in })
        #expect(a == b)
        #expect(a.postedKeys.count == 30_000)
        #expect(try Self.dump(one) == (try Self.dump(many)))
        #expect(phases == ManualPostingPhase.allCases)
    }

    @Test("posting a file again posts nothing and reports every entry as already posted")
    func repost() throws {
        let temp = TemporaryDatabase()
        let store = try Self.store(temp)
        let text = try Self.generated(store, entries: 4_000)
        let first = try store.postManualEntries(text: text, fileName: "g.csv")
        #expect(first.postedKeys.count == 4_000 && first.alreadyPostedKeys.isEmpty)
        let before = try Self.dump(store)
        let again = try store.postManualEntries(text: text, fileName: "g.csv")
        #expect(again.postedKeys.isEmpty && again.lineCount == 0)
        #expect(again.alreadyPostedKeys == first.postedKeys)
        #expect(try Self.dump(store) == before)
    }

    @Test("an entry id posted before with other content refuses the whole file, dense or sparse among many entries")
    func conflict() throws {
        let temp = TemporaryDatabase()
        let store = try Self.store(temp)
        let text = try Self.generated(store, entries: 20_000)
        _ = try store.postManualEntries(text: text, fileName: "g.csv")
        let before = try Self.dump(store)
        let lines = text.split(separator: "\n").map(String.init)
        let header = lines[0] + "\n"
        func rows(of key: String) -> [String] { lines.filter { $0.hasPrefix(key + ",") } }
        func fields(_ row: String) -> [String] { row.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        func file(_ rows: [String]) -> String { header + rows.joined(separator: "\n") + "\n" }
        let far = ["S1-0000001", "S1-0010000", "S1-0020000"].flatMap(rows(of:))
        let balancing = ["N-1,2026-11-03,1000,1,,", "N-1,2026-11-03,3000,,1,"]

        // A two-line entry with both amounts changed (still balanced), among far-apart unchanged ones.
        let twoLine = try #require((2...20_000).map { "S1-" + String(repeating: "0", count: 7 - String($0).count) + String($0) }
            .first { rows(of: $0).count == 2 })
        let amounts = rows(of: twoLine).map { row in
            var cells = fields(row)
            if cells[3].isEmpty { cells[4] = "0.01" } else { cells[3] = "0.01" }
            return cells.joined(separator: ",")
        }
        // A changed memo is a conflict too.
        let memoRows = rows(of: "S1-0000003")
        var memoCells = fields(memoRows[0])
        memoCells[5] += " (edited)"
        let memo = [memoCells.joined(separator: ",")] + memoRows.dropFirst()
        for (changed, key) in [(amounts, twoLine), (memo, "S1-0000003")] {
            do {
                _ = try store.postManualEntries(text: file(far + changed + balancing), fileName: "c.csv")
                Issue.record("a changed entry was accepted")
            } catch {
                #expect(error.description == "c.csv: entry \(key) was already posted with different content.\nNothing was posted.")
            }
            #expect(try Self.dump(store) == before)
        }
        // Unchanged, the same entries are already posted and only N-1 is new.
        let outcome = try store.postManualEntries(text: file(far + rows(of: twoLine) + balancing), fileName: "u.csv")
        #expect(outcome.postedKeys == ["N-1"])
        #expect(outcome.alreadyPostedKeys == ["S1-0000001", "S1-0010000", "S1-0020000", twoLine])
    }

    @Test("a bad entry on the last line of a large file posts nothing")
    func badLastLine() throws {
        let temp = TemporaryDatabase()
        let store = try Self.store(temp)
        let before = try Self.dump(store)
        let text = try Self.generated(store, entries: 20_000)
        let lineCount = text.split(separator: "\n").count
        do {
            _ = try store.postManualEntries(text: text + "Z-1,2026-11-05,6000,5,,\nZ-1,2026-11-05,1000,,5,x\"y\n", fileName: "big.csv")
            Issue.record("a bad file was accepted")
        } catch {
            // The broken row never joins Z-1, which is left with one line: both are named.
            #expect(error.description == "big.csv:\(lineCount + 1): entry_id: entry Z-1 has 1 line; an entry needs at least two lines\n"
                        + "big.csv:\(lineCount + 2): a quote inside an unquoted field\nNothing was posted.")
        }
        #expect(try Self.dump(store) == before)
    }

    @Test("a manual entry on the inventory account is refused and nothing is posted")
    func inventoryRefused() throws {
        let temp = TemporaryDatabase()
        let store = try Self.store(temp)
        let before = try Self.dump(store)
        let text = "entry_id,date,account_code,debit,credit,memo\nOK,2026-11-05,6000,5,,\nOK,2026-11-05,1000,,5,\n"
            + "I-1,2026-11-05,1400,5,,\nI-1,2026-11-05,1000,,5,\n"
        do {
            _ = try store.postManualEntries(text: text, fileName: "i.csv")
            Issue.record("an inventory entry was accepted")
        } catch {
            #expect(error.description == "i.csv:4: account_code: account 1400 has role inventory; manual entries may not post "
                        + "to the inventory, WIP or GRNI accounts\nNothing was posted.")
        }
        #expect(try Self.dump(store) == before)
    }

    @Test("a database without accounts refuses the file instead of posting lines that name no account row")
    func noAccounts() throws {
        let temp = TemporaryDatabase()
        let store = try temp.open()
        let text = ManualEntryGenerator(entries: 10).text(chart: .builtIn)
        do {
            _ = try store.postManualEntries(text: text, fileName: "g.csv")
            Issue.record("posted without accounts")
        } catch {
            #expect(error.description == "The database has no chart of accounts yet (import a dataset first); nothing was posted.")
        }
        #expect(try Self.dump(store).isEmpty)
    }

    @Test("after a bulk post the ledger verifies: ledger_daily equals a full recomputation, journal rows stay immutable")
    func verifiedAfterBulkPost() throws {
        let temp = TemporaryDatabase()
        let store = try Self.store(temp)
        var reports: [ManualPostingProgress] = []
        let outcome = try store.postManualEntries(text: try Self.generated(store, entries: 30_000), fileName: "g.csv") {
            reports.append($0)
        }
        #expect(outcome.postedKeys.count == 30_000)
        #expect(reports.first?.rowsDone == 0)
        #expect(reports.last == ManualPostingProgress(rowsDone: 30_000 + outcome.lineCount, rowsTotal: 30_000 + outcome.lineCount))
        #expect(reports.count > 2)
        #expect(try store.verifyLedger().isEmpty)
        let mismatches = try store.pool.read { db in
            try Int.fetchOne(db, sql: """
                WITH recomputed AS (
                    SELECT account_code, date_day, SUM(debit_cents), SUM(credit_cents)
                    FROM journal_lines JOIN journal_entries USING (entry_id) GROUP BY account_code, date_day),
                stored AS (SELECT account_code, day, debit_cents, credit_cents FROM ledger_daily)
                SELECT (SELECT COUNT(*) FROM (SELECT * FROM recomputed EXCEPT SELECT * FROM stored))
                     + (SELECT COUNT(*) FROM (SELECT * FROM stored EXCEPT SELECT * FROM recomputed))
                """)
        }
        #expect(mismatches == 0)
        #expect(try store.trialBalance(asOf: nil, today: Self.opening).isBalanced)
        #expect(throws: (any Error).self) {
            try store.pool.write { db in try db.execute(sql: "UPDATE journal_lines SET debit_cents = debit_cents + 1") }
        }
    }
}
