import ArgumentParser
import FabrikCore
import FabrikLedger
import FabrikStore
import Foundation

/// `fabrik ledger generate-entries --entries N --output FILE`: a
/// deterministic `ledger post` file (`ManualEntryGenerator`) on the accounts
/// of the `--db` database when that file exists, else of the built-in chart.
struct LedgerGenerateEntriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-entries",
        abstract: "Write a synthetic manual-entry CSV for `ledger post` (deterministic for a seed).")

    @Option(help: "Number of entries (2 to 4 lines each).") var entries: Int
    @Option(help: "The CSV file to write.") var output: String
    @Option(help: "Random seed.") var seed: UInt64 = 1
    @Option(help: "Date of the first entry (YYYY-MM-DD, default 2026-01-01).") var from: String?
    @Option(help: "Days the entry dates spread over.") var days = 365
    @Option(name: .customLong("key-prefix"), help: "Entry id prefix (default S<seed>-).") var keyPrefix: String?
    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard entries >= 0 else { throw ValidationError("--entries must be 0 or more.") }
        guard days >= 1 else { throw ValidationError("--days must be 1 or more.") }
        if let from, Day(iso8601: from) == nil {
            throw ValidationError("--from \"\(from)\" is not a date of the form YYYY-MM-DD.")
        }
        if let keyPrefix, keyPrefix.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) {
            throw ValidationError("--key-prefix must not hold commas, quotes or line breaks.")
        }
    }

    func run() throws {
        try reportingFailures {
            let path = store.databasePath
            let fromDatabase = FileManager.default.fileExists(atPath: path)
            let chart = fromDatabase ? try SQLiteStore(path: path).chartOfAccounts() : ChartOfAccounts.builtIn
            let generator = ManualEntryGenerator(
                entries: entries, seed: seed, firstDay: from.flatMap { Day(iso8601: $0) } ?? ManualEntryGenerator.defaultFirstDay,
                days: days, keyPrefix: keyPrefix)
            guard FileManager.default.createFile(atPath: output, contents: nil), let handle = FileHandle(forWritingAtPath: output) else {
                throw CommandFailure("Cannot write \(output).")
            }
            defer { try? handle.close() }
            var written = 0
            try generator.write(chart: chart) { (chunk: [UInt8]) throws(CommandFailure) in
                do {
                    try handle.write(contentsOf: chunk)
                } catch {
                    throw CommandFailure("Cannot write \(output): \(error.localizedDescription)")
                }
                written += chunk.count
            }
            let source = fromDatabase ? "the accounts of \(path)" : "the built-in chart"
            let codes = ManualEntryGenerator.accountCodes(of: chart).joined(separator: ", ")
            Console.out("Wrote \(entries) entries (\(written) bytes) to \(output) on \(source) (\(codes)).")
        }
    }
}
