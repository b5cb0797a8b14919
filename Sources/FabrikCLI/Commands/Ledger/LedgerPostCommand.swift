import ArgumentParser
import FabrikCore
import FabrikLedger
import FabrikStore
import Foundation

/// `fabrik ledger post FILE`: manual entries from CSV
/// (`entry_id,date,account_code,debit,credit,memo`), validated as a whole;
/// nothing posts if any entry is bad; entries already posted are skipped.
/// A progress bar of the rows written goes to stderr when it is a terminal.
struct LedgerPostCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "post", abstract: "Post manual journal entries from a CSV file, all or nothing.")

    @Argument(help: "The CSV file.") var file: String
    @Option(help: "Threads that read and check the file (the outcome is the same for any count).") var threads: Int = 2
    @Flag(help: "Print how long each step took (read, open, check, decide, write, commit) to stderr.") var timings = false
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try reportingFailures {
            guard (1...64).contains(threads) else { throw CommandFailure("--threads must be 1 to 64, not \(threads).") }
            var timer = PhaseTimer()
            // The file's bytes are dropped once decoded: only one copy of a
            // 100 MB file stays in memory while it posts.
            let text: String = try {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw CommandFailure("Cannot read \(file).")
                }
                return String(decoding: data, as: UTF8.self)
            }()
            let name = URL(fileURLWithPath: file).lastPathComponent
            timer.lap("read the file")
            let database = try SQLiteStore(path: store.databasePath)
            timer.lap("open the store")
            let outcome = try database.postManualEntries(
                text: text, fileName: name, threadCount: threads, phaseDone: { timer.lap($0.rawValue) }
            ) { progress in
                Console.progress("posting \(name)", done: progress.rowsDone, total: progress.rowsTotal)
            }
            if timings { timer.printToStderr() }
            if output.json {
                Console.out(JSONValue.object([
                    ("posted", .array(outcome.postedKeys.map(JSONValue.string))),
                    ("already_posted", .array(outcome.alreadyPostedKeys.map(JSONValue.string))),
                    ("lines", .int(outcome.lineCount)),
                ]).rendered())
            } else if outcome.postedKeys.isEmpty {
                Console.out("All \(outcome.alreadyPostedKeys.count) entries of \(name) were already posted; nothing was posted.")
            } else {
                let skipped = outcome.alreadyPostedKeys.isEmpty ? "" : "; \(outcome.alreadyPostedKeys.count) were already posted"
                Console.out("Posted \(outcome.postedKeys.count) entries (\(outcome.lineCount) lines) from \(name)\(skipped).")
            }
        }
    }
}
