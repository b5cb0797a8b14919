import ArgumentParser

/// `fabrik bom ...`: bill-of-materials queries.
struct BomCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bom", abstract: "Bill of materials: explode an item, or find where it is used.",
        subcommands: [BomExplodeCommand.self, BomWhereUsedCommand.self])
}
