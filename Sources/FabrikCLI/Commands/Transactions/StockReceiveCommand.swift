import ArgumentParser
import FabrikCore
import FabrikLedger
import FabrikStore

/// `fabrik stock receive PUR-n|ID [--qty Q]`: a purchase receipt at standard (inventory / GRNI); partial receipts allowed, over-receipt refused.
struct StockReceiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "receive", abstract: "Receive (part of) an open purchase order into stock.")

    @Argument(help: "The purchase order.") var orderId: String
    @Option(help: "Quantity received (default: all still open).") var qty: String?
    @OptionGroup var transaction: TransactionOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let qty { _ = try ValueOption.quantity(qty) }
    }

    func run() throws {
        try TransactionRunner.run(.receive(orderId: orderId, quantity: try qty.map { try ValueOption.quantity($0) }), options: transaction, store: store, output: output)
    }
}
