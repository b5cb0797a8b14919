import ArgumentParser
import FabrikCore
import FabrikLedger

/// `fabrik stock ...`: receipts, issues, moves and the valuation.
struct StockCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stock", abstract: "Stock transactions (each posts to the ledger) and the stock valuation.",
        subcommands: [StockReceiveCommand.self, StockIssueCommand.self, StockMoveCommand.self, StockValuationCommand.self])
}
