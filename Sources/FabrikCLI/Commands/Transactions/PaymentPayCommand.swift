import ArgumentParser
import FabrikCore
import FabrikLedger
import FabrikStore

/// `fabrik payment pay SUPPLIER_ID --amount A`: payables / cash.
struct PaymentPayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pay", abstract: "Record a payment to a supplier.")

    @Argument(help: "The supplier.") var supplierId: String
    @Option(help: "Amount paid.") var amount: String
    @OptionGroup var transaction: TransactionOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        _ = try ValueOption.cents(amount, option: "--amount")
    }

    func run() throws {
        try TransactionRunner.run(.paymentMade(supplierId: supplierId, amount: try ValueOption.cents(amount, option: "--amount")), options: transaction, store: store, output: output)
    }
}
