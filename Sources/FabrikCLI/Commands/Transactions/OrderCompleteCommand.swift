import ArgumentParser
import FabrikCore
import FabrikLedger
import FabrikStore

/// `fabrik order complete MFG-n|ID [--qty Q]`: output from WIP into stock at standard; the last completion closes the order.
struct OrderCompleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "complete", abstract: "Complete (part of) a production order: output into stock at standard.")

    @Argument(help: "The production order.") var orderId: String
    @Option(help: "Quantity completed (default: all still open).") var qty: String?
    @OptionGroup var transaction: TransactionOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let qty { _ = try ValueOption.quantity(qty) }
    }

    func run() throws {
        try TransactionRunner.run(.complete(orderId: orderId, quantity: try qty.map { try ValueOption.quantity($0) }), options: transaction, store: store, output: output)
    }
}
