import ArgumentParser
import FabrikCore
import FabrikLedger

/// `fabrik ledger ...`: the double-entry books (docs/ledger.md).
struct LedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger", abstract: "The double-entry ledger: reports, manual entries, reversals, verification.",
        subcommands: [LedgerTrialBalanceCommand.self, LedgerJournalCommand.self, LedgerPostCommand.self, LedgerReverseCommand.self, LedgerVerifyCommand.self,
                      LedgerBalanceSheetCommand.self, LedgerProfitAndLossCommand.self,
                      LedgerGenerateEntriesCommand.self])
}

/// `--as-of DATE` of the ledger reports.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: "Only entries dated on or before this day (YYYY-MM-DD; default: all).")
    var asOf: String?

    func validate() throws {
        if let asOf, Day(iso8601: asOf) == nil {
            throw ValidationError("--as-of \"\(asOf)\" is not a date of the form YYYY-MM-DD.")
        }
    }

    var day: Day? { asOf.flatMap { Day(iso8601: $0) } }
}
