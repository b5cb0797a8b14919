import FabrikCore
import FabrikDataset
import FabrikLedger
import Foundation
import GRDB
import Testing
@testable import FabrikStore

private func day(_ iso: String) -> Day { SampleDatasets.day(iso) }
private func cents(_ raw: Int64) -> Cents { Cents(rawCents: raw) }

/// `reverseEntry` on the sample data (opening 2026-11-02): a manual entry's
/// mirror that names it, idempotent by key, refused for stock events,
/// reversals and entries already reversed; the database holds at most one
/// reversal per entry.
@Suite("Ledger reversals (store)")
struct LedgerReversalStoreTests {
    static let wages = "entry_id,date,account_code,debit,credit,memo\nJ-1,2026-11-03,6000,1200.50,,wages\nJ-1,2026-11-03,1000,,1200.50,\n"

    static func storeWithWages(_ temp: TemporaryDatabase) throws -> SQLiteStore {
        let store = try LedgerStoreTests.store(temp)
        _ = try store.postManualEntries(text: wages, fileName: "wages.csv")
        return store
    }

    static func balances(_ trial: TrialBalance) -> [String: Cents] {
        var result: [String: Cents] = [:]
        for row in trial.rows where !row.balance.isZero { result[row.accountCode] = row.balance }
        return result
    }

    @Test("the reversal swaps every line's debit and credit, names the entry, and the books return to before")
    func handChecked() throws {
        let temp = TemporaryDatabase()
        let store = try Self.storeWithWages(temp)
        let before = Self.balances(try store.trialBalance(asOf: day("2026-11-02"), today: LedgerStoreTests.today))
        let outcome = try store.reverseEntry("J-1", date: day("2026-11-05"), today: LedgerStoreTests.today)
        #expect(!outcome.alreadyPosted)
        #expect(outcome.reversed.key == "J-1")
        let reversal = outcome.reversal
        #expect(reversal.key == "reverse/J-1")
        #expect(reversal.reversesKey == "J-1")
        #expect(reversal.source == .manual)
        #expect(reversal.date == day("2026-11-05"))
        #expect(reversal.memo == "reversal of J-1: wages")
        #expect(reversal.lines == [.credit("6000", cents(120_050)), .debit("1000", cents(120_050))])
        #expect(try store.journalEntries().last == reversal)

        // Between the two, wages show; from the reversal's day on they are gone.
        let between = try store.trialBalance(asOf: day("2026-11-04"), today: LedgerStoreTests.today)
        #expect(between.rows.first { $0.accountCode == "6000" }?.balance == cents(120_050))
        let after = try store.trialBalance(asOf: day("2026-11-05"), today: LedgerStoreTests.today)
        let wages = after.rows.first { $0.accountCode == "6000" }
        #expect(wages?.debit == cents(120_050) && wages?.credit == cents(120_050) && wages?.balance == .zero)
        #expect(Self.balances(after) == before)
        #expect(after.isBalanced)
        #expect(try store.verifyLedger().isEmpty)
    }

    @Test("the same reverse again posts nothing; without --date a later retry is still the same reversal")
    func idempotentRetry() throws {
        let temp = TemporaryDatabase()
        let store = try Self.storeWithWages(temp)
        let first = try store.reverseEntry("J-1", date: day("2026-11-05"), today: LedgerStoreTests.today)
        let again = try store.reverseEntry("J-1", date: day("2026-11-05"), today: LedgerStoreTests.today)
        #expect(again.alreadyPosted)
        #expect(again.reversal == first.reversal)
        let later = try store.reverseEntry("J-1", date: nil, today: day("2026-11-20"))
        #expect(later.alreadyPosted && later.reversal.date == day("2026-11-05"))
        #expect(try store.journalEntries().filter { $0.reversesKey == "J-1" }.count == 1)
        // The same key with another date is a different entry.
        #expect(throws: StoreError.transactionRefused("The key reverse/J-1 was already used for a different entry; nothing was posted.")) {
            try store.reverseEntry("J-1", date: day("2026-11-06"), today: LedgerStoreTests.today)
        }
    }

    @Test("reversing twice, a reversal, a stock-event entry, an unknown entry or before the entry's date is refused")
    func refusals() throws {
        let temp = TemporaryDatabase()
        let store = try Self.storeWithWages(temp)
        let today = LedgerStoreTests.today
        #expect(throws: StoreError.transactionRefused(
            "A reversal of entry J-1 cannot be dated 2026-11-02, before the entry's own date 2026-11-03; nothing was posted.")) {
            try store.reverseEntry("J-1", date: day("2026-11-02"), today: today)
        }
        _ = try store.reverseEntry("J-1", date: day("2026-11-05"), today: today, reversalKey: "fix-1", memo: "posted twice")
        let count = try store.journalEntries().count
        #expect(throws: StoreError.transactionRefused("Entry J-1 was already reversed by entry fix-1; nothing was posted.")) {
            try store.reverseEntry("J-1", date: day("2026-11-05"), today: today)
        }
        #expect(throws: StoreError.transactionRefused(
            "Entry fix-1 is itself the reversal of J-1; a reversal is not reversed, post the original again under a new key instead; "
                + "nothing was posted.")) {
            try store.reverseEntry("fix-1", date: nil, today: today)
        }
        #expect(throws: StoreError.transactionRefused(
            "Entry opening/stock/BATT-500/AMS was posted by a stock or order event; only manual entries can be reversed, "
                + "stock-event entries are corrected by another transaction (docs/ledger.md); nothing was posted.")) {
            try store.reverseEntry("opening/stock/BATT-500/AMS", date: nil, today: today)
        }
        #expect(throws: StoreError.transactionRefused("There is no journal entry with key J-9; nothing was posted.")) {
            try store.reverseEntry("J-9", date: nil, today: today)
        }
        #expect(throws: StoreError.transactionRefused("The key J-1 was already used for a different entry; nothing was posted.")) {
            try store.reverseEntry("J-1", date: nil, today: today, reversalKey: "J-1")
        }
        #expect(try store.journalEntries().count == count)
        #expect(try store.verifyLedger().isEmpty)
    }

    @Test("the database refuses a second reversal of one entry written by SQL")
    func uniqueReversalIndex() throws {
        let temp = TemporaryDatabase()
        let store = try Self.storeWithWages(temp)
        _ = try store.reverseEntry("J-1", date: day("2026-11-05"), today: LedgerStoreTests.today)
        #expect(throws: DatabaseError.self) {
            try store.pool.write { db in
                try db.execute(sql: """
                    INSERT INTO journal_entries (key, date_day, memo, source, reverses_key)
                    VALUES ('sneaky', 20400, '', 'manual', 'J-1')
                    """)
            }
        }
    }
}
