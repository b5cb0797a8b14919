import ArgumentParser
import FabrikCore
import FabrikLedger
import FabrikStore

/// `fabrik transfer complete TRF-n|ID`: the stock leaves the source plant and arrives at the destination.
struct TransferCompleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "complete", abstract: "Complete a transfer order.")

    @Argument(help: "The transfer order.") var orderId: String
    @OptionGroup var transaction: TransactionOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try TransactionRunner.run(.transferComplete(orderId: orderId), options: transaction, store: store, output: output)
    }
}
