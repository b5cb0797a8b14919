import FabrikCore
import FabrikLedger
import Testing

@Suite("Reports")
struct ReportTests {
    func ledger() throws -> [JournalEntry] {
        [
            try entry(JournalEntry.make(key: "J-1", date: day("2026-01-05"), memo: "loan", source: .manual,
                                        lines: [.debit("1000", cents(120_050)), .credit("3000", cents(120_050))], chart: chart)),
            try entry(JournalEntry.make(key: "J-2", date: day("2026-01-20"), memo: "fee", source: .manual,
                                        lines: [.debit("5100", cents(30_000)), .credit("1000", cents(30_000))], chart: chart)),
        ]
    }

    @Test("the trial balance JSON is the contract's document, byte for byte")
    func trialBalanceJSON() throws {
        let balance = TrialBalance.of(try ledger(), chart: chart, asOf: day("2026-01-31"))
        #expect(balance.json == """
            {"as_of": "2026-01-31", "accounts": [\
            {"account_code": "1000", "name": "Cash", "type": "asset", "debit": 1200.5, "credit": 300, "balance": 900.5}, \
            {"account_code": "3000", "name": "Opening balance equity", "type": "equity", "debit": 0, "credit": 1200.5, "balance": -1200.5}, \
            {"account_code": "5100", "name": "Cost variances", "type": "expense", "debit": 300, "credit": 0, "balance": 300}], \
            "total_debit": 1500.5, "total_credit": 1500.5}
            """)
        #expect(balance.isBalanced)
    }

    @Test("as of a past date the trial balance leaves later entries out")
    func asOf() throws {
        let balance = TrialBalance.of(try ledger(), chart: chart, asOf: day("2026-01-19"))
        #expect(balance.rows.map(\.accountCode) == ["1000", "3000"])
        #expect(balance.totalDebit == cents(120_050))
        #expect(TrialBalance.of(try ledger(), chart: chart, asOf: day("2026-01-04")).json
                == #"{"as_of": "2026-01-04", "accounts": [], "total_debit": 0, "total_credit": 0}"#)
    }

    @Test("without --as-of the date is the latest entry, or today if later")
    func defaultAsOf() {
        #expect(TrialBalance.defaultAsOf(latestEntryDate: day("2026-03-01"), today: day("2026-02-01")) == day("2026-03-01"))
        #expect(TrialBalance.defaultAsOf(latestEntryDate: day("2026-01-01"), today: day("2026-02-01")) == day("2026-02-01"))
        #expect(TrialBalance.defaultAsOf(latestEntryDate: nil, today: day("2026-02-01")) == day("2026-02-01"))
    }

    @Test("rows are ordered by account code bytes, names are JSON-escaped, unknown codes show null")
    func ordering() {
        let balance = TrialBalance(asOf: day("2026-01-31"), rows: [
            TrialBalance.Row(accountCode: "9", name: "Nine \"quoted\"", type: .expense, debit: cents(1), credit: .zero),
            TrialBalance.Row(accountCode: "10", name: nil, type: nil, debit: .zero, credit: cents(1)),
        ])
        #expect(balance.json == """
            {"as_of": "2026-01-31", "accounts": [\
            {"account_code": "10", "name": null, "type": null, "debit": 0, "credit": 0.01, "balance": -0.01}, \
            {"account_code": "9", "name": "Nine \\"quoted\\"", "type": "expense", "debit": 0.01, "credit": 0, "balance": 0.01}], \
            "total_debit": 0.01, "total_credit": 0.01}
            """)
    }

    @Test("the balance sheet balances with the period's earnings, the P&L nets revenue and expenses")
    func statements() throws {
        let sheet = BalanceSheet(trialBalance: TrialBalance.of(try ledger(), chart: chart, asOf: day("2026-01-31")))
        #expect(sheet.assets == [StatementLine(accountCode: "1000", name: "Cash", amount: cents(90_050))])
        #expect(sheet.equity.map(\.amount) == [cents(120_050)])
        #expect(sheet.liabilities.isEmpty)
        #expect(sheet.earnings == cents(-30_000))
        #expect(sheet.balances)
        let january = ProfitAndLoss.of(try ledger(), chart: chart, from: day("2026-01-01"), through: day("2026-01-31"))
        #expect(january.expenses.map(\.amount) == [cents(30_000)])
        #expect(january.netIncome == cents(-30_000))
        let early = ProfitAndLoss.of(try ledger(), chart: chart, from: day("2026-01-01"), through: day("2026-01-10"))
        #expect(early.netIncome == .zero)
    }

    @Test("an account's journal lists its lines in date order with a running balance")
    func journal() throws {
        let entries = try ledger().reversed()
        let cash = AccountJournal(accountCode: "1000", entries: entries)
        #expect(cash.rows.map(\.key) == ["J-1", "J-2"])
        #expect(cash.rows.map(\.balance) == [cents(120_050), cents(90_050)])
        #expect(cash.totalDebit == cents(120_050))
        #expect(cash.totalCredit == cents(30_000))
        #expect(AccountJournal(accountCode: "1000", entries: entries, from: day("2026-01-06")).rows.map(\.key) == ["J-2"])
    }
}
