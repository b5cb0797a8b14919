import ArgumentParser
import FabrikCore
import FabrikLedger
import FabrikStore

/// `fabrik purchase invoice PUR-n|ID --price P`: the supplier invoice for what was received and not yet invoiced; price variance to the variance account.
struct PurchaseInvoiceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "invoice", abstract: "Book the supplier invoice of a purchase order's received quantity.")

    @Argument(help: "The purchase order.") var orderId: String
    @Option(help: "Unit price on the invoice.") var price: String
    @OptionGroup var transaction: TransactionOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        _ = try ValueOption.money(price, option: "--price")
    }

    func run() throws {
        try TransactionRunner.run(.purchaseInvoice(orderId: orderId, unitPrice: try ValueOption.money(price, option: "--price")), options: transaction, store: store, output: output)
    }
}
