import ArgumentParser

/// `fabrik purchase ...`: the buyer's view of the plan.
struct PurchaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purchase", abstract: "Purchase suggestions by supplier, and approving them into purchase orders.",
        subcommands: [PurchaseListCommand.self, PurchaseApproveCommand.self, PurchaseInvoiceCommand.self])
}
