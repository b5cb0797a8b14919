import ArgumentParser

/// `fabrik order ...`: production and transfer orders as sales and the shop see them.
struct OrderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "order", abstract: "Orders: the status of a deal's supply chain.",
        subcommands: [OrderStatusCommand.self, OrderReleaseCommand.self, OrderCompleteCommand.self, OrderCloseCommand.self])
}
