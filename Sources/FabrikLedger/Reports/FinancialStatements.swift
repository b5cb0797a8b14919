public import FabrikCore

/// One account's amount in a statement, signed the way the account type
/// reads: assets and expenses debit - credit, liabilities, equity and
/// revenue credit - debit (so normal balances are positive).
public struct StatementLine: Hashable, Sendable {
    public var accountCode: String
    public var name: String
    public var amount: Cents

    public init(accountCode: String, name: String, amount: Cents) {
        self.accountCode = accountCode
        self.name = name
        self.amount = amount
    }
}

extension AccountType {
    /// True for types whose normal balance is a debit (asset, expense).
    public var isDebitNormal: Bool { self == .asset || self == .expense }
}

/// The balance sheet as of a day, from a trial balance: assets, liabilities
/// and equity by account (code order), with the period's earnings (revenue -
/// expenses not yet closed to equity) shown on the equity side.
///
/// Invariant: `totalAssets == totalLiabilities + totalEquity + earnings`
/// whenever the trial balance balances (`balances`). Accounts missing from
/// the chart are left out (the trial balance shows them).
public struct BalanceSheet: Hashable, Sendable {
    public let asOf: Day
    public let assets: [StatementLine]
    public let liabilities: [StatementLine]
    public let equity: [StatementLine]
    public let totalAssets: Cents
    public let totalLiabilities: Cents
    public let totalEquity: Cents
    /// Revenue - expenses to date.
    public let earnings: Cents

    public init(trialBalance: TrialBalance) {
        asOf = trialBalance.asOf
        let byType = statementLines(trialBalance)
        assets = byType[Int(AccountType.asset.rawValue)]
        liabilities = byType[Int(AccountType.liability.rawValue)]
        equity = byType[Int(AccountType.equity.rawValue)]
        totalAssets = sum(assets)
        totalLiabilities = sum(liabilities)
        totalEquity = sum(equity)
        earnings = sum(byType[Int(AccountType.revenue.rawValue)]) - sum(byType[Int(AccountType.expense.rawValue)])
    }

    /// True when assets equal liabilities + equity + earnings.
    public var balances: Bool { totalAssets == totalLiabilities + totalEquity + earnings }
}

/// Profit and loss over a period, from a trial balance of the period's
/// entries (`TrialBalance(asOf:totals:chart:)` with `AccountTotals(entries:from:through:)`):
/// revenue and expenses by account, and net income = revenue - expenses.
public struct ProfitAndLoss: Hashable, Sendable {
    public let from: Day?
    public let through: Day
    public let revenue: [StatementLine]
    public let expenses: [StatementLine]
    public let totalRevenue: Cents
    public let totalExpenses: Cents

    public init(from: Day?, trialBalance: TrialBalance) {
        self.from = from
        through = trialBalance.asOf
        let byType = statementLines(trialBalance)
        revenue = byType[Int(AccountType.revenue.rawValue)]
        expenses = byType[Int(AccountType.expense.rawValue)]
        totalRevenue = sum(revenue)
        totalExpenses = sum(expenses)
    }

    /// The P&L of the entries dated in `from...through`.
    public static func of(_ entries: some Sequence<JournalEntry>, chart: ChartOfAccounts,
                          from: Day?, through: Day) -> ProfitAndLoss {
        let totals = AccountTotals(entries: entries, from: from, through: through)
        return ProfitAndLoss(from: from, trialBalance: TrialBalance(asOf: through, totals: totals, chart: chart))
    }

    public var netIncome: Cents { totalRevenue - totalExpenses }
}

/// Statement lines of a trial balance grouped by `AccountType.rawValue`, in code order.
private func statementLines(_ trialBalance: TrialBalance) -> [[StatementLine]] {
    var byType = [[StatementLine]](repeating: [], count: AccountType.allCases.count)
    for row in trialBalance.rows {
        guard let type = row.type else { continue }
        let amount = type.isDebitNormal ? row.balance : -row.balance
        byType[Int(type.rawValue)].append(StatementLine(accountCode: row.accountCode, name: row.name ?? "", amount: amount))
    }
    return byType
}

private func sum(_ lines: [StatementLine]) -> Cents {
    var total = Cents.zero
    for line in lines { total += line.amount }
    return total
}
