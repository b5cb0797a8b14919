import ArgumentParser
import FabrikCore
import FabrikLedger
import FabrikStore

/// `fabrik cost rollup [--apply]`: rolled-up standard costs of made items
/// (BOM lines effective today); `--apply` sets them.
struct CostRollupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rollup", abstract: "Roll up the standard cost of made items from their components.")

    @Flag(help: "Set the rolled-up costs as the items' standard costs.") var apply = false
    @Option(help: "Date whose BOM lines count (YYYY-MM-DD, default today).") var date: String?
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let date, Day(iso8601: date) == nil { throw ValidationError("--date \"\(date)\" is not a date of the form YYYY-MM-DD.") }
    }

    func run() throws {
        try reportingFailures {
            let day = date.flatMap { Day(iso8601: $0) } ?? Today.day
            let rows = try SQLiteStore(path: store.databasePath).costRollup(on: day, apply: apply)
            if output.json {
                Console.out(JSONValue.array(rows.map { row in
                    .object([("item", .string(row.itemId)), ("plant", .string(row.plantId)),
                             ("current", .money(row.current)), ("rolled_up", .money(row.rolledUp))])
                }).rendered())
                return
            }
            var table = TextTable(["item", "plant", "current", "rolled_up", "change"], alignments: [.left, .left, .right, .right, .right])
            for row in rows {
                table.append([row.itemId, row.plantId, row.current.description, row.rolledUp.description,
                              (row.rolledUp - row.current).description])
            }
            Console.out(table.render())
            Console.out(apply ? "Set \(rows.count) standard costs (no revaluation entry; see fabrik stock valuation)."
                              : "\(rows.count) made items; run with --apply to set these costs.")
        }
    }
}
