import FabrikCore
import FabrikLedger
import Testing

/// One row per posting rule, in precedence order: a candidate that breaks
/// that rule (and, where possible, later ones too, to show precedence).
struct RejectionRow: CustomTestStringConvertible, Sendable {
    var rejection: PostingRejection
    var key = "K-1"
    var source = EntrySource.event
    var reversesKey: String?
    var lines: [JournalLine]

    var testDescription: String { "\(rejection)" }
}

let balancedCashLines: [JournalLine] = [.debit("1000", cents(500)), .credit("3000", cents(500))]

let rejectionTable: [RejectionRow] = [
    RejectionRow(rejection: .entryNeedsKey, key: "", lines: [.debit("1000", cents(500))]),
    RejectionRow(rejection: .entryNeedsTwoLines, lines: [.debit("9999", cents(-1))]),
    RejectionRow(rejection: .entryHasTooManyLines,
                 lines: [JournalLine](repeating: .debit("1000", cents(1)), count: JournalEntry.linesMax + 1)),
    RejectionRow(rejection: .entryCannotReverseItself, reversesKey: "K-1",
                 lines: [.debit("1000", cents(5)), .credit("1000", cents(5)), JournalLine(accountCode: "1000", debit: .zero, credit: .zero)]),
    RejectionRow(rejection: .lineNeedsOneSide,
                 lines: [JournalLine(accountCode: "1000", debit: cents(5), credit: cents(5)), .debit("9999", cents(-5))]),
    RejectionRow(rejection: .amountMustBePositive, lines: [.debit("9999", cents(-500)), .credit("1000", cents(-500))]),
    RejectionRow(rejection: .amountTooLarge,
                 lines: [.debit("9999", Cents.lineAmountMax + cents(1)), .credit("3000", Cents.lineAmountMax + cents(1))]),
    RejectionRow(rejection: .unknownAccount, source: .manual, lines: [.debit("9999", cents(500)), .credit("1200", cents(400))]),
    RejectionRow(rejection: .manualEntryTouchesControlledAccount, source: .manual,
                 lines: [.debit("1200", cents(500)), .credit("3000", cents(400))]),
    RejectionRow(rejection: .inventoryLineNeedsItemAndPlant,
                 lines: [.debit("1200", cents(500), itemId: "BOLT"), .credit("1300", cents(400))]),
    RejectionRow(rejection: .wipLineNeedsOrder, lines: [.debit("1300", cents(500)), .credit("3000", cents(400))]),
    RejectionRow(rejection: .debitsMustEqualCredits, lines: [.debit("1000", cents(500)), .credit("3000", cents(400))]),
]

@Suite("Posting rejections")
struct PostingRejectionTableTests {
    @Test("each rule refuses its entry, and the first rule broken wins", arguments: rejectionTable)
    func row(_ row: RejectionRow) {
        let result = JournalEntry.make(key: row.key, date: day("2026-01-05"), source: row.source,
                                       reversesKey: row.reversesKey, lines: row.lines, chart: chart)
        #expect(result == .failure(row.rejection))
    }

    @Test("the table lists every rule decided at construction, in declaration order")
    func tableIsInPrecedenceOrder() {
        let constructionRules = PostingRejection.allCases.filter { $0 != .keyReusedWithDifferentContent }
        #expect(rejectionTable.map(\.rejection) == constructionRules)
        #expect(PostingRejection.allCases.map(\.rawValue) == Array(1...13))
    }

    @Test("raw values are stable")
    func stableRawValues() {
        #expect(PostingRejection.entryNeedsKey.rawValue == 1)
        #expect(PostingRejection.entryNeedsTwoLines.rawValue == 2)
        #expect(PostingRejection.lineNeedsOneSide.rawValue == 5)
        #expect(PostingRejection.unknownAccount.rawValue == 8)
        #expect(PostingRejection.manualEntryTouchesControlledAccount.rawValue == 9)
        #expect(PostingRejection.debitsMustEqualCredits.rawValue == 12)
        #expect(PostingRejection.keyReusedWithDifferentContent.rawValue == 13)
    }

    @Test("rejections read as sentences")
    func sentences() {
        #expect(PostingRejection.entryNeedsTwoLines.sentence == "an entry needs at least two lines")
        #expect(PostingRejection.debitsMustEqualCredits.description == "debits must equal credits")
        #expect(PostingRejection.amountTooLarge.sentence == "an amount may be at most 999999999999.99")
    }

    @Test("every problem of a candidate is listed with its line")
    func allProblems() {
        let problems = JournalEntry.problems(key: "K", source: .manual, lines: [
            .debit("9999", cents(500)), .credit("1200", cents(400)), .credit("1000", cents(-1)),
        ], chart: chart)
        #expect(problems == [
            EntryProblem(.unknownAccount, lineIndex: 0),
            EntryProblem(.manualEntryTouchesControlledAccount, lineIndex: 1),
            EntryProblem(.amountMustBePositive, lineIndex: 2),
            EntryProblem(.debitsMustEqualCredits),
        ])
    }

    @Test("a valid entry keeps its lines in order, and an account may appear twice")
    func valid() throws {
        let made = try entry(JournalEntry.make(key: "K", date: day("2026-01-05"), memo: "split", lines: [
            .debit("1000", cents(300)), .debit("1000", cents(200)), .credit("3000", cents(500)),
        ], chart: chart))
        #expect(render(made) == ["D 1000 300", "D 1000 200", "C 3000 500"])
        #expect(made.total == cents(500))
        #expect(made.memo == "split")
        made.checkInvariants(chart: chart)
    }

    @Test("a reversal mirrors the lines and names the original")
    func reversal() throws {
        let original = try entry(JournalEntry.make(key: "J-1", date: day("2026-01-05"), source: .manual,
                                                   lines: balancedCashLines, chart: chart))
        let reversal = try entry(original.reversal(key: "J-1-R", date: day("2026-01-09"), memo: "typo", chart: chart))
        #expect(render(reversal) == ["C 1000 500", "D 3000 500"])
        #expect(reversal.reversesKey == "J-1")
        #expect(reversal.source == .manual)
        #expect(original.reversal(key: "J-1", date: day("2026-01-09"), memo: "", chart: chart) == .failure(.entryCannotReverseItself))
    }
}
