import ArgumentParser
import FabrikCore
import FabrikLedger
import FabrikStore

/// `fabrik ledger verify`: recomputes every balance from the lines and
/// checks every invariant; each problem is a line on stderr (exit 1).
struct LedgerVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "verify", abstract: "Recompute every balance from the lines and check every invariant.")

    @OptionGroup var store: StoreOptions

    func run() throws {
        try reportingFailures {
            let database = try SQLiteStore(path: store.databasePath)
            let report = try database.verifyLedgerReport()
            guard report.problems.isEmpty else { throw CommandFailure(lines: report.problems.map { "The ledger is broken: \($0)." }) }
            let valuation = try database.stockValuation()
            Console.out("The ledger verifies: \(report.entryCount) entries, \(report.lineCount) lines, "
                + "balanced; daily balances match the lines; no closed order holds WIP; "
                + "stock valuation differs from the inventory account by \(valuation.totalDifference.fixedTwoDecimals) (cent rounding).")
        }
    }
}
