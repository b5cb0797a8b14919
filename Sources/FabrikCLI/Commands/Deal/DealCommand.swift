import ArgumentParser

/// `fabrik deal ...`: the CRM side (deals are the demand).
struct DealCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deal", abstract: "CRM deals: list them, mark one won.",
        subcommands: [DealListCommand.self, DealWinCommand.self, DealShipCommand.self, DealInvoiceCommand.self])
}
