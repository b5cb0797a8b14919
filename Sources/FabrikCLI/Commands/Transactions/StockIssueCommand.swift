import ArgumentParser
import FabrikCore
import FabrikLedger
import FabrikStore

/// `fabrik stock issue MFG-n|ID [--allow-negative]`: components to WIP by the BOM of the order's release date; marks the order issued.
struct StockIssueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "issue", abstract: "Issue a production order's components to WIP.")

    @Argument(help: "The production order.") var orderId: String
    @Flag(name: .customLong("allow-negative"), help: "Allow on-hand to go below zero.") var allowNegative = false
    @OptionGroup var transaction: TransactionOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try TransactionRunner.run(.issue(orderId: orderId, allowNegative: allowNegative), options: transaction, store: store, output: output)
    }
}
