import ArgumentParser
import FabrikCore
import FabrikLedger
import FabrikStore

/// `fabrik deal invoice DEAL_ID`: receivables / revenue at the deal line prices for what was shipped and not yet invoiced.
struct DealInvoiceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "invoice", abstract: "Invoice a deal's shipped, not yet invoiced quantities.")

    @Argument(help: "The deal.") var dealId: String
    @OptionGroup var transaction: TransactionOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try TransactionRunner.run(.dealInvoice(dealId: dealId), options: transaction, store: store, output: output)
    }
}
