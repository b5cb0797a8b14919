import ArgumentParser
import FabrikCore
import FabrikLedger
import FabrikStore

/// `fabrik order close MFG-n|ID`: settles the order's remaining WIP to variance; it is no longer a scheduled receipt.
struct OrderCloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "close", abstract: "Close a production order, settling its remaining WIP to variance.")

    @Argument(help: "The production order.") var orderId: String
    @OptionGroup var transaction: TransactionOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try TransactionRunner.run(.close(orderId: orderId), options: transaction, store: store, output: output)
    }
}
