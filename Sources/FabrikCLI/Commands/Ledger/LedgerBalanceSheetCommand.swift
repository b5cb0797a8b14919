import ArgumentParser
import FabrikCore
import FabrikCore
import FabrikLedger
import FabrikStore

/// `fabrik ledger balance-sheet [--as-of D]`: assets, liabilities, equity
/// and the earnings to date.
struct LedgerBalanceSheetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "balance-sheet", abstract: "Assets, liabilities and equity as of a day.")

    @OptionGroup var asOf: AsOfOption
    @OptionGroup var store: StoreOptions

    func run() throws {
        try reportingFailures {
            let sheet = BalanceSheet(trialBalance: try SQLiteStore(path: store.databasePath).trialBalance(asOf: asOf.day, today: Today.day))
            var table = TextTable(["section", "account", "name", "amount"], alignments: [.left, .left, .left, .right])
            for (section, lines, total) in [("assets", sheet.assets, sheet.totalAssets), ("liabilities", sheet.liabilities, sheet.totalLiabilities),
                                            ("equity", sheet.equity, sheet.totalEquity)] {
                for line in lines { table.append([section, line.accountCode, line.name, line.amount.fixedTwoDecimals]) }
                table.append([section, "", "total", total.fixedTwoDecimals])
            }
            table.append(["equity", "", "earnings to date", sheet.earnings.fixedTwoDecimals])
            Console.out("Balance sheet as of \(sheet.asOf.iso8601)")
            Console.out(table.render())
            Console.out(sheet.balances ? "Assets equal liabilities + equity + earnings." : "THE BALANCE SHEET DOES NOT BALANCE.")
        }
    }
}
