import ArgumentParser
import FabrikCore
import FabrikLedger

/// `fabrik cost ...`: standard costs.
struct CostCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cost", abstract: "Standard costs of made items.", subcommands: [CostRollupCommand.self])
}
