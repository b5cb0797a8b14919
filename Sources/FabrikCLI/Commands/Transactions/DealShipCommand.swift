import ArgumentParser
import FabrikCore
import FabrikLedger
import FabrikStore

/// `fabrik deal ship DEAL_ID [--line N --qty Q]`: a shipment at standard (COGS / inventory); the shipped quantity stops being demand.
struct DealShipCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ship", abstract: "Ship a won deal's lines (all that is left, or one line).")

    @Argument(help: "The deal.") var dealId: String
    @Option(help: "Only this line number.") var line: Int32?
    @Option(help: "Quantity of that line (default: all still open).") var qty: String?
    @OptionGroup var transaction: TransactionOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let qty { _ = try ValueOption.quantity(qty) }
        if qty != nil, line == nil { throw ValidationError("--qty needs --line.") }
    }

    func run() throws {
        try TransactionRunner.run(.ship(dealId: dealId, lineNumber: line, quantity: try qty.map { try ValueOption.quantity($0) }), options: transaction, store: store, output: output)
    }
}
