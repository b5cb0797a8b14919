import FabrikCore
import FabrikLedger
import Testing

@Suite("Ledger verifier")
struct LedgerVerifierTests {
    let good = JournalEntryDraft(key: "J-1", date: day("2026-01-05"), source: .manual,
                                 lines: [.debit("1000", cents(500)), .credit("3000", cents(500))])

    @Test("a sound ledger has no problems, and its daily movements are recomputed")
    func sound() {
        let movements = LedgerVerifier.dailyMovements([good])
        #expect(movements == [
            DailyMovement(accountCode: "1000", date: day("2026-01-05"), debit: cents(500), credit: .zero),
            DailyMovement(accountCode: "3000", date: day("2026-01-05"), debit: .zero, credit: cents(500)),
        ])
        #expect(LedgerVerifier.verify([good], chart: chart, storedMovements: movements).isEmpty)
    }

    @Test("every broken invariant is named")
    func broken() {
        let unbalanced = JournalEntryDraft(key: "J-2", date: day("2026-01-06"), lines: [.debit("1000", cents(500)), .credit("3000", cents(400))])
        let duplicate = good
        let reversesNothing = JournalEntryDraft(key: "J-3", date: day("2026-01-06"), reversesKey: "J-9",
                                                lines: [.debit("1300", cents(7), orderId: "MFG-1"), .credit("5100", cents(7))])
        let stored = [DailyMovement(accountCode: "1000", date: day("2026-01-05"), debit: cents(999), credit: .zero)]
        let problems = LedgerVerifier.verify([good, unbalanced, duplicate, reversesNothing], chart: chart,
                                             closedOrderIds: ["MFG-1"], storedMovements: stored)
        #expect(problems.map(\.description) == [
            "entry J-2: debits must equal credits",
            "key J-1 is used by more than one entry",
            "entry J-3 reverses J-9, which is not an earlier entry",
            "the ledger does not balance: debits 15.07, credits 14.07",
            "closed production order MFG-1 still has WIP 0.07",
            "account 1000 on 2026-01-05: stored debit 9.99, credit 0.00, lines give debit 10.00, credit 0.00",
            "account 1000 on 2026-01-06: stored nothing, lines give debit 5.00, credit 0.00",
            "account 1300 on 2026-01-06: stored nothing, lines give debit 0.07, credit 0.00",
            "account 3000 on 2026-01-05: stored nothing, lines give debit 0.00, credit 10.00",
            "account 3000 on 2026-01-06: stored nothing, lines give debit 0.00, credit 4.00",
            "account 5100 on 2026-01-06: stored nothing, lines give debit 0.00, credit 0.07",
        ])
    }

    @Test("a reversal may name an earlier entry once")
    func reversals() throws {
        let original = try entry(good.validated(chart: chart))
        let reversal = try entry(original.reversal(key: "J-1-R", date: day("2026-01-07"), memo: "", chart: chart))
        let again = JournalEntryDraft(key: "J-1-R2", date: day("2026-01-07"), source: .manual, reversesKey: "J-1",
                                      lines: reversal.lines)
        #expect(LedgerVerifier.verify([good, reversal.draft], chart: chart).isEmpty)
        #expect(LedgerVerifier.verify([good, reversal.draft, again], chart: chart).map(\.description) == [
            "entry J-1 is reversed more than once",
        ])
    }
}

@Suite("Ledger verification pass")
struct LedgerVerificationPassTests {
    @Test("streaming one entry at a time finds what verify finds, and counts entries and lines")
    func streamingMatchesBatch() {
        let good = JournalEntryDraft(key: "J-1", date: day("2026-01-05"), source: .manual,
                                     lines: [.debit("1000", cents(500)), .credit("3000", cents(500))])
        let unbalanced = JournalEntryDraft(key: "J-2", date: day("2026-01-06"),
                                           lines: [.debit("1000", cents(500)), .credit("3000", cents(400)), .credit("4000", cents(1))])
        let stored = [DailyMovement(accountCode: "1000", date: day("2026-01-05"), debit: cents(500), credit: .zero)]
        var pass = LedgerVerificationPass(chart: chart)
        for draft in [good, unbalanced, good] { pass.add(draft) }
        let report = pass.finish(storedMovements: stored)
        #expect(report.entryCount == 3)
        #expect(report.lineCount == 7)
        #expect(report.problems == LedgerVerifier.verify([good, unbalanced, good], chart: chart, storedMovements: stored))
        #expect(report.problems.map(\.description) == [
            "entry J-2: debits must equal credits",
            "key J-1 is used by more than one entry",
            "the ledger does not balance: debits 15.00, credits 14.01",
            "account 1000 on 2026-01-05: stored debit 5.00, credit 0.00, lines give debit 10.00, credit 0.00",
            "account 1000 on 2026-01-06: stored nothing, lines give debit 5.00, credit 0.00",
            "account 3000 on 2026-01-05: stored nothing, lines give debit 0.00, credit 10.00",
            "account 3000 on 2026-01-06: stored nothing, lines give debit 0.00, credit 4.00",
            "account 4000 on 2026-01-06: stored nothing, lines give debit 0.00, credit 0.01",
        ])
    }
}
