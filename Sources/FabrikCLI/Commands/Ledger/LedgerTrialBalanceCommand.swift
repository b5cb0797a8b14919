import ArgumentParser
import FabrikCore
import FabrikCore
import FabrikLedger
import FabrikStore

/// `fabrik ledger trial-balance [--as-of D] [--json]`: debits, credits and
/// balance per account with lines; `--json` is the interfaces.md document.
struct LedgerTrialBalanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "trial-balance", abstract: "Debits, credits and balance per account.")

    @OptionGroup var asOf: AsOfOption
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try reportingFailures {
            let trial = try SQLiteStore(path: store.databasePath).trialBalance(asOf: asOf.day, today: Today.day)
            if output.json {
                Console.out(trial.json)
                return
            }
            var table = TextTable(["account", "name", "type", "debit", "credit", "balance"],
                                  alignments: [.left, .left, .left, .right, .right, .right])
            for row in trial.rows {
                table.append([row.accountCode, row.name ?? "", row.type?.name ?? "", row.debit.fixedTwoDecimals,
                              row.credit.fixedTwoDecimals, row.balance.fixedTwoDecimals])
            }
            table.append(["total", "", "", trial.totalDebit.fixedTwoDecimals, trial.totalCredit.fixedTwoDecimals,
                          (trial.totalDebit - trial.totalCredit).fixedTwoDecimals])
            Console.out("Trial balance as of \(trial.asOf.iso8601)")
            Console.out(table.render())
            Console.out(trial.isBalanced ? "Debits equal credits." : "DEBITS AND CREDITS DIFFER.")
        }
    }
}
