import ArgumentParser
import FabrikCore
import FabrikLedger
import FabrikStore

/// `fabrik payment receive DEAL_ID --amount A`: cash / receivables.
struct PaymentReceiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "receive", abstract: "Record a customer payment against a deal.")

    @Argument(help: "The deal.") var dealId: String
    @Option(help: "Amount received.") var amount: String
    @OptionGroup var transaction: TransactionOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        _ = try ValueOption.cents(amount, option: "--amount")
    }

    func run() throws {
        try TransactionRunner.run(.paymentReceived(dealId: dealId, amount: try ValueOption.cents(amount, option: "--amount")), options: transaction, store: store, output: output)
    }
}
