import FabrikCore
import FabrikLedger
import FabrikStore

/// How a recorded transaction is shown: its sentence, whether it was a
/// retry, and the entries it posted (one table of lines per entry), or one
/// JSON document.
enum EventReport {
    static func print(_ outcome: EventOutcome, json: Bool) {
        if json {
            Console.out(JSONValue.object([
                ("key", .string(outcome.key)),
                ("already_recorded", .bool(outcome.alreadyRecorded)),
                ("summary", .string(outcome.summary)),
                ("created_order", .optionalString(outcome.createdOrderId)),
                ("entries", .array(outcome.entries.map(entryJSON))),
            ]).rendered())
            return
        }
        if outcome.alreadyRecorded {
            Console.out("Already recorded under key \(outcome.key); nothing was changed or posted. (\(outcome.summary))")
            return
        }
        Console.out(outcome.summary)
        if outcome.entries.isEmpty, outcome.createdOrderId == nil {
            Console.out("Nothing to post: the event is worth 0.00 (key \(outcome.key)).")
        }
        for entry in outcome.entries { Console.out(entryTable(entry)) }
    }

    static func entryTable(_ entry: JournalEntry) -> String {
        var table = TextTable(["account", "debit", "credit", "item", "plant", "order", "party"],
                              alignments: [.left, .right, .right, .left, .left, .left, .left])
        for line in entry.lines {
            table.append([line.accountCode, line.debit.isZero ? "" : line.debit.fixedTwoDecimals,
                          line.credit.isZero ? "" : line.credit.fixedTwoDecimals,
                          line.itemId ?? "", line.plantId ?? "", line.orderId ?? "", line.partyId ?? ""])
        }
        let reverses = entry.reversesKey.map { " (reverses \($0))" } ?? ""
        return "Posted \(entry.key) on \(entry.date.iso8601)\(reverses): \(entry.memo)\n" + table.render()
    }

    static func entryJSON(_ entry: JournalEntry) -> JSONValue {
        .object([
            ("key", .string(entry.key)),
            ("date", .string(entry.date.iso8601)),
            ("memo", .string(entry.memo)),
            ("source", .string(entry.source.name)),
            ("reverses", .optionalString(entry.reversesKey)),
            ("lines", .array(entry.lines.map { line in
                .object([
                    ("account_code", .string(line.accountCode)),
                    ("debit", .number(line.debit.description)),
                    ("credit", .number(line.credit.description)),
                    ("item", .optionalString(line.itemId)),
                    ("plant", .optionalString(line.plantId)),
                    ("order", .optionalString(line.orderId)),
                    ("party", .optionalString(line.partyId)),
                ])
            })),
        ])
    }
}

/// Runs one transaction command: opens the store, records the event and
/// prints the outcome.
enum TransactionRunner {
    static func run(_ event: StockEvent, options: TransactionOptions, store: StoreOptions, output: OutputOptions) throws {
        try reportingFailures {
            let database = try SQLiteStore(path: store.databasePath)
            let outcome = try database.record(event, date: options.day, key: options.key)
            EventReport.print(outcome, json: output.json)
        }
    }
}
