import ArgumentParser
import FabrikCore
import FabrikDataset
import FabrikStore
import Foundation

/// `fabrik import DIR [--replace]`: reads and validates a dataset folder,
/// then loads it in one transaction (all or nothing).
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load a dataset folder (dataset.md) into the database, all or nothing.")

    @Argument(help: "The dataset folder.")
    var directory: String

    @Flag(help: "Replace everything the database holds (plans and books included) with this dataset.")
    var replace = false

    @Option(name: .customLong("opening-date"), help: "Date of the opening balances (YYYY-MM-DD, default today).")
    var openingDate: String?

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let openingDate, Day(iso8601: openingDate) == nil {
            throw ValidationError("--opening-date \"\(openingDate)\" is not a date of the form YYYY-MM-DD.")
        }
    }

    func run() throws {
        try reportingFailures {
            let readStart = Date()
            let dataset = try DatasetReader.read(directory: directory)
            let readSeconds = Date().timeIntervalSince(readStart)
            let database = try SQLiteStore(path: store.databasePath)
            let opening = openingDate.flatMap { Day(iso8601: $0) } ?? Today.day
            let summary = try database.importDataset(dataset, replace: replace, openingDate: opening) { progress in
                Console.progress("importing \(progress.table)", done: progress.rowsDone, total: progress.rowsTotal)
            }
            let counts = try database.tableCounts()
            let totalSeconds = readSeconds + summary.seconds
            let rowsPerSecond = totalSeconds > 0 ? Int(Double(summary.rowCount) / totalSeconds) : summary.rowCount
            if output.json {
                let tables = JSONValue.array(counts.map { .object([("table", .string($0.table)), ("rows", .int($0.count))]) })
                Console.out(JSONValue.object([
                    ("database", .string(store.databasePath)),
                    ("rows", .int(summary.rowCount)),
                    ("replaced", .bool(summary.replaced)),
                    ("read_seconds", .number(String(format: "%.3f", readSeconds))),
                    ("store_seconds", .number(String(format: "%.3f", summary.seconds))),
                    ("tables", tables),
                ]).rendered())
                return
            }
            var table = TextTable(["table", "rows"], alignments: [.left, .right])
            for count in counts where count.count > 0 { table.append([count.table, String(count.count)]) }
            Console.out(table.render())
            Console.out(
                "\(summary.replaced ? "Replaced the database content with" : "Imported") \(summary.rowCount) rows into \(store.databasePath) in "
                    + String(format: "%.2f s (read and check %.2f s, store %.2f s; %d rows/s).", totalSeconds, readSeconds, summary.seconds, rowsPerSecond))
        }
    }
}
