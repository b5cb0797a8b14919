import ArgumentParser
import FabrikCore
import FabrikLedger
import FabrikStore

/// `fabrik order release MO-n|TO-n`: a planned production or transfer order becomes open (`MFG-n` / `TRF-n`).
struct OrderReleaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "release", abstract: "Turn a planned production or transfer order into an open one.")

    @Argument(help: "The planned order (MO-n or TO-n).") var plannedOrderId: String
    @OptionGroup var transaction: TransactionOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try TransactionRunner.run(.release(plannedOrderId: plannedOrderId), options: transaction, store: store, output: output)
    }
}
