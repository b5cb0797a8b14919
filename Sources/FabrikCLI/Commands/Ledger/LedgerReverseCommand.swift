import ArgumentParser
import FabrikCore
import FabrikLedger
import FabrikStore

/// `fabrik ledger reverse ENTRY [--date D] [--key K] [--memo M] [--json]`:
/// posts the correction of a manual entry, every line's debit and credit
/// swapped, naming the entry it reverses. Idempotent by key (default
/// `reverse/ENTRY`); stock-event entries, reversals and entries already
/// reversed are refused (docs/ledger.md, Reversing entries).
struct LedgerReverseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reverse", abstract: "Reverse a manual journal entry with a new entry that names it.")

    @Argument(help: "The key of the entry to reverse (a manual entry's entry_id).") var entry: String
    @Option(name: .long, help: "Date of the reversal (YYYY-MM-DD, default today; not before the entry's date).")
    var date: String?
    @Option(name: .long, help: "Idempotency key of the reversal (default reverse/ENTRY).") var key: String?
    @Option(name: .long, help: "Memo of the reversal (default \"reversal of ENTRY: its memo\").") var memo: String?
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if entry.isEmpty { throw ValidationError("ENTRY must not be empty.") }
        if let date, Day(iso8601: date) == nil {
            throw ValidationError("--date \"\(date)\" is not a date of the form YYYY-MM-DD.")
        }
        if let key, key.isEmpty { throw ValidationError("--key must not be empty.") }
    }

    func run() throws {
        try reportingFailures {
            let outcome = try SQLiteStore(path: store.databasePath).reverseEntry(
                entry, date: date.flatMap { Day(iso8601: $0) }, today: Today.day, reversalKey: key, memo: memo)
            if output.json {
                Console.out(JSONValue.object([
                    ("key", .string(outcome.reversal.key)),
                    ("reverses", .string(outcome.reversed.key)),
                    ("already_posted", .bool(outcome.alreadyPosted)),
                    ("entry", EventReport.entryJSON(outcome.reversal)),
                ]).rendered())
                return
            }
            if outcome.alreadyPosted {
                Console.out("Entry \(outcome.reversed.key) was already reversed by \(outcome.reversal.key) "
                    + "on \(outcome.reversal.date.iso8601); nothing was posted.")
                return
            }
            Console.out("Reversed entry \(outcome.reversed.key) of \(outcome.reversed.date.iso8601) "
                + "with \(outcome.reversal.key) (\(outcome.reversal.total.fixedTwoDecimals)).")
            Console.out(EventReport.entryTable(outcome.reversal))
        }
    }
}
