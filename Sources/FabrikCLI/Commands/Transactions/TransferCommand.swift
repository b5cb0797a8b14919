import ArgumentParser
import FabrikCore
import FabrikLedger

/// `fabrik transfer ...`: transfer orders between plants.
struct TransferCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transfer", abstract: "Transfer orders between plants.", subcommands: [TransferCompleteCommand.self])
}
