import ArgumentParser
import FabrikCore
import FabrikCore
import FabrikLedger
import FabrikStore

/// `fabrik ledger profit-and-loss [--as-of D]`: revenue, expenses and net
/// income of the entries up to a day.
struct LedgerProfitAndLossCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "profit-and-loss", abstract: "Revenue, expenses and net income.")

    @OptionGroup var asOf: AsOfOption
    @OptionGroup var store: StoreOptions

    func run() throws {
        try reportingFailures {
            let trial = try SQLiteStore(path: store.databasePath).trialBalance(asOf: asOf.day, today: Today.day)
            let statement = ProfitAndLoss(from: nil, trialBalance: trial)
            var table = TextTable(["section", "account", "name", "amount"], alignments: [.left, .left, .left, .right])
            for line in statement.revenue { table.append(["revenue", line.accountCode, line.name, line.amount.fixedTwoDecimals]) }
            table.append(["revenue", "", "total", statement.totalRevenue.fixedTwoDecimals])
            for line in statement.expenses { table.append(["expenses", line.accountCode, line.name, line.amount.fixedTwoDecimals]) }
            table.append(["expenses", "", "total", statement.totalExpenses.fixedTwoDecimals])
            Console.out("Profit and loss through \(statement.through.iso8601)")
            Console.out(table.render())
            Console.out("Net income: \(statement.netIncome.fixedTwoDecimals)")
        }
    }
}
