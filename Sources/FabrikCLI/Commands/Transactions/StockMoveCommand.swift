import ArgumentParser
import FabrikCore
import FabrikLedger
import FabrikStore

/// `fabrik stock move ITEM --from P1 --to P2 --qty Q`: stock between plants at standard.
struct StockMoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "move", abstract: "Move stock of an item from one plant to another.")

    @Argument(help: "The item.") var itemId: String
    @Option(help: "Source plant.") var from: String
    @Option(help: "Destination plant.") var to: String
    @Option(help: "Quantity to move.") var qty: String
    @OptionGroup var transaction: TransactionOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        _ = try ValueOption.quantity(qty)
    }

    func run() throws {
        try TransactionRunner.run(.move(itemId: itemId, fromPlantId: from, toPlantId: to, quantity: try ValueOption.quantity(qty)), options: transaction, store: store, output: output)
    }
}
