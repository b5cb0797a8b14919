import ArgumentParser
import FabrikStore

/// `fabrik deal win DEAL_ID`: a won deal's lines become demand for MRP.
struct DealWinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "win", abstract: "Mark a deal won (its lines become demand).")

    @Argument(help: "The deal id.") var dealId: String
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try reportingFailures {
            let database = try SQLiteStore(path: store.databasePath)
            try database.winDeal(id: dealId)
            if output.json {
                Console.out(JSONValue.object([("deal_id", .string(dealId)), ("stage", .string("won"))]).rendered())
            } else {
                Console.out("Deal \(dealId) is won; its lines are demand from the next MRP run.")
            }
        }
    }
}
