import ArgumentParser
import FabrikCore
import FabrikDataset
import Foundation

/// `fabrik generate DIR --items N ...`: writes a deterministic synthetic
/// dataset in the import format.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic dataset (deterministic for a seed) in the import format.")

    @Argument(help: "The folder to write (created if needed).")
    var directory: String

    @Option(help: "Number of items.") var items: Int
    @Option(help: "Number of plants.") var plants = 3
    @Option(help: "BOM levels.") var levels = 5
    @Option(help: "Components per made item.") var fanout = 4
    @Option(help: "Number of deals (default: items / 20, at least 6).") var deals: Int?
    @Option(help: "Random seed.") var seed: UInt64 = 1
    @Option(name: .customLong("as-of"), help: "The planning date the data is centred on (YYYY-MM-DD).") var asOf: String?

    func run() throws {
        try reportingFailures {
            var asOfDay = GeneratorParameters.defaultAsOf
            if let asOf {
                guard let day = Day(iso8601: asOf) else {
                    throw CommandFailure("--as-of \"\(asOf)\" is not a date of the form YYYY-MM-DD.")
                }
                asOfDay = day
            }
            let parameters = GeneratorParameters(items: items, plants: plants, levels: levels, fanout: fanout,
                                                 deals: deals, seed: seed, asOf: asOfDay)
            let start = Date()
            let summary = try DatasetGenerator.write(parameters, to: directory) { progress in
                Console.progress("generating \(progress.file)", done: progress.filesWritten, total: progress.filesTotal)
            }
            var table = TextTable(["file", "rows"], alignments: [.left, .right])
            for file in summary.files { table.append([file.file, String(file.rows)]) }
            Console.out(table.render())
            Console.out("Wrote \(summary.totalRows) rows to \(directory) in " + String(format: "%.2f s.", Date().timeIntervalSince(start)))
        }
    }
}
