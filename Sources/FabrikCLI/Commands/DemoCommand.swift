import ArgumentParser
import FabrikCore
import FabrikDataset
import FabrikPlanning
import FabrikStore
import Foundation

/// `fabrik demo [--db PATH]`: a fresh database from the built-in SampleData,
/// MRP on it, and what a planner, a buyer and a salesperson look at first.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "demo", abstract: "Run Fabrik on the built-in sample company.")

    @Option(help: "Database to create (must not hold data yet; default: a temporary folder).") var db: String?
    @Option(name: .customLong("as-of"), help: "Plan date (default: the sample's reference date 2026-12-01).") var asOf: String?

    func validate() throws {
        if let asOf, Day(iso8601: asOf) == nil { throw ValidationError("--as-of \"\(asOf)\" is not a date of the form YYYY-MM-DD.") }
    }

    func run() throws {
        try reportingFailures {
            let work = FileManager.default.temporaryDirectory.appendingPathComponent("fabrik-demo-\(ProcessInfo.processInfo.processIdentifier)")
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            defer { if db != nil { try? FileManager.default.removeItem(at: work) } }
            let datasetFolder = work.appendingPathComponent("SampleData").path
            try EmbeddedSampleData.write(to: datasetFolder)
            let databasePath = db ?? work.appendingPathComponent("demo.sqlite").path
            let database = try SQLiteStore(path: databasePath)
            guard try database.isEmpty() else {
                throw CommandFailure("The database \(databasePath) already holds data; the demo needs a new or empty one.")
            }
            let dataset = try DatasetReader.read(directory: datasetFolder)
            let summary = try database.importDataset(dataset, replace: false)
            Console.out("== Fabrik demo: the sample e-bike company (database \(databasePath))")
            Console.out("Imported \(summary.rowCount) rows of SampleData.\n")
            try DemoReport(database: database, asOf: asOf.flatMap { Day(iso8601: $0) } ?? Day(year: 2026, month: 12, day: 1) ?? Today.day).print()
        }
    }
}
