import FabrikCore
import FabrikLedger
import Testing

@Suite("Reversal policy")
struct ReversalPolicyTests {
    let manual = JournalEntryDraft(key: "J-1", date: day("2026-01-05"), memo: "loan", source: .manual,
                                   lines: [.debit("1000", cents(120_050)), .credit("3000", cents(100_000)), .credit("4000", cents(20_050))])

    @Test("a manual entry's reversal swaps every line's sides, names it, keeps the source; default key and memo")
    func handChecked() throws {
        let original = try entry(manual.validated(chart: chart))
        let key = ReversalPolicy.defaultKey(reversing: "J-1")
        #expect(key == "reverse/J-1")
        let reversal = try ReversalPolicy.reversal(of: original, existingReversalKey: nil, key: key, date: day("2026-01-09"),
                                                   memo: nil, chart: chart).get()
        #expect(reversal.lines == [.credit("1000", cents(120_050)), .debit("3000", cents(100_000)), .debit("4000", cents(20_050))])
        #expect(reversal.reversesKey == "J-1")
        #expect(reversal.source == .manual)
        #expect(reversal.memo == "reversal of J-1: loan")
        #expect(reversal.total == original.total)
        #expect(LedgerVerifier.verify([original.draft, reversal.draft], chart: chart).isEmpty)
        // Both entries together leave every account where it was.
        let trial = TrialBalance.of([original, reversal], chart: chart, asOf: day("2026-01-31"))
        #expect(trial.rows.allSatisfy { $0.balance.isZero })
    }

    @Test("stock-event entries, reversals, entries already reversed and earlier dates are refused, in that order")
    func refusals() throws {
        let event = try entry(JournalEntry.make(key: "receive/PUR-1/1", date: day("2026-01-05"),
                                                lines: [.debit("1200", cents(500), itemId: "A", plantId: "P"),
                                                        .credit("2100", cents(500), orderId: "PUR-1")], chart: chart))
        func refusal(_ original: JournalEntry, existing: String? = nil, date: String = "2026-01-09") -> ReversalRefusal? {
            if case .failure(let refusal) = ReversalPolicy.reversal(of: original, existingReversalKey: existing, key: "R",
                                                                     date: day(date), memo: nil, chart: chart) { return refusal }
            return nil
        }
        #expect(refusal(event) == .postedByStockEvent(key: "receive/PUR-1/1"))
        let original = try entry(manual.validated(chart: chart))
        let reversal = try entry(original.reversal(key: "J-1-R", date: day("2026-01-06"), memo: "", chart: chart))
        #expect(refusal(reversal, existing: "other") == .isAReversal(key: "J-1-R", reversesKey: "J-1"))
        #expect(refusal(original, existing: "J-1-R") == .alreadyReversed(key: "J-1", reversalKey: "J-1-R"))
        #expect(refusal(original, date: "2026-01-04")
                == .datedBeforeOriginal(key: "J-1", originalDate: day("2026-01-05"), date: day("2026-01-04")))
        #expect(refusal(original, date: "2026-01-05") == nil)
        #expect(ReversalPolicy.reversal(of: original, existingReversalKey: nil, key: "J-1", date: day("2026-01-09"), memo: nil,
                                        chart: chart) == .failure(.rejected(key: "J-1", .entryCannotReverseItself)))
        #expect(ReversalRefusal.alreadyReversed(key: "J-1", reversalKey: "J-1-R").description
                == "Entry J-1 was already reversed by entry J-1-R")
    }

    @Test("a retry reverses the same entry; a given date or memo must match, an omitted one matches anything")
    func retry() throws {
        let original = try entry(manual.validated(chart: chart))
        let reversal = try entry(original.reversal(key: "reverse/J-1", date: day("2026-01-09"), memo: "typo", chart: chart))
        #expect(ReversalPolicy.isRetry(existing: reversal, reversing: "J-1", date: nil, memo: nil))
        #expect(ReversalPolicy.isRetry(existing: reversal, reversing: "J-1", date: day("2026-01-09"), memo: "typo"))
        #expect(!ReversalPolicy.isRetry(existing: reversal, reversing: "J-1", date: day("2026-01-10"), memo: nil))
        #expect(!ReversalPolicy.isRetry(existing: reversal, reversing: "J-1", date: nil, memo: "other"))
        #expect(!ReversalPolicy.isRetry(existing: reversal, reversing: "J-2", date: nil, memo: nil))
        #expect(!ReversalPolicy.isRetry(existing: original, reversing: "J-1", date: nil, memo: nil))
    }
}
