import ArgumentParser
import FabrikCore
import FabrikLedger

/// `fabrik payment ...`: money in from customers, out to suppliers.
struct PaymentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "payment", abstract: "Payments received from customers and made to suppliers.",
        subcommands: [PaymentReceiveCommand.self, PaymentPayCommand.self])
}
