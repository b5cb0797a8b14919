import FabrikCore
import FabrikDataset
import FabrikLedger
import Foundation
import GRDB
import Testing
@testable import FabrikStore

/// `verifyLedgerReport` on the sample data: it counts what it streamed, and
/// `ledger_daily` (no triggers: the posting path upserts it) is checked
/// against a full recomputation from `journal_lines`, so SQL tampering with
/// the table the trial balance sums is reported.
@Suite("Ledger verification (store)")
struct LedgerVerifyStoreTests {
    static func count(_ store: SQLiteStore, _ table: String) throws -> Int {
        try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? -1 }
    }

    @Test("a sound ledger verifies and the report counts every entry and line")
    func sound() throws {
        let temp = TemporaryDatabase()
        let store = try LedgerReversalStoreTests.storeWithWages(temp)
        let report = try store.verifyLedgerReport()
        #expect(report.problems.isEmpty)
        #expect(report.entryCount == (try Self.count(store, "journal_entries")))
        #expect(report.lineCount == (try Self.count(store, "journal_lines")))
        #expect(report.entryCount > 1)
    }

    @Test("a ledger_daily row inserted by SQL is reported, as is one changed by SQL")
    func tamperedDailyBalances() throws {
        let temp = TemporaryDatabase()
        let store = try LedgerReversalStoreTests.storeWithWages(temp)
        let nov4 = SampleDatasets.day("2026-11-04").daysSinceEpoch
        try store.pool.write { db in
            try db.execute(sql: "INSERT INTO ledger_daily (account_code, day, debit_cents, credit_cents) VALUES ('6000', ?, 500, 0)",
                           arguments: [nov4])
        }
        // The trial balance trusts the table it sums...
        let trial = try store.trialBalance(asOf: nil, today: LedgerStoreTests.today)
        #expect(trial.rows.first { $0.accountCode == "6000" }?.debit == Cents(rawCents: 120_550))
        #expect(!trial.isBalanced)
        // ...and verify recomputes it from the lines.
        #expect(try store.verifyLedger().map(\.description) == [
            "account 6000 on 2026-11-04: stored debit 5.00, credit 0.00, lines give nothing",
        ])

        let nov3 = SampleDatasets.day("2026-11-03").daysSinceEpoch
        try store.pool.write { db in
            try db.execute(sql: "DELETE FROM ledger_daily WHERE account_code = '6000' AND day = ?", arguments: [nov4])
            try db.execute(sql: "UPDATE ledger_daily SET credit_cents = 1 WHERE account_code = '6000' AND day = ?",
                           arguments: [nov3])
        }
        #expect(try store.verifyLedger().map(\.description) == [
            "account 6000 on 2026-11-03: stored debit 1200.50, credit 0.01, lines give debit 1200.50, credit 0.00",
        ])
    }

    @Test("a missing ledger_daily row is reported with what the lines give")
    func missingDailyBalance() throws {
        let temp = TemporaryDatabase()
        let store = try LedgerReversalStoreTests.storeWithWages(temp)
        let nov3 = SampleDatasets.day("2026-11-03").daysSinceEpoch
        try store.pool.write { db in
            try db.execute(sql: "DELETE FROM ledger_daily WHERE account_code = '6000' AND day = ?", arguments: [nov3])
        }
        #expect(try store.verifyLedger().map(\.description) == [
            "account 6000 on 2026-11-03: stored nothing, lines give debit 1200.50, credit 0.00",
        ])
    }
}
