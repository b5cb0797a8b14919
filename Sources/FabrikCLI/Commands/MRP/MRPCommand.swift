import ArgumentParser

/// `fabrik mrp ...`: material requirements planning.
struct MRPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mrp", abstract: "Material requirements planning: run it, then look at orders, messages and pegging.",
        subcommands: [MRPRunCommand.self, MRPOrdersCommand.self, MRPMessagesCommand.self, MRPPegCommand.self])
}
