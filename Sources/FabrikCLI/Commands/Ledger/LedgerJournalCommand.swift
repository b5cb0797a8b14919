import ArgumentParser
import FabrikCore
import FabrikLedger
import FabrikStore

/// `fabrik ledger journal [--account A] [--json]`: every entry with its
/// lines, or one account's lines with a running balance.
struct LedgerJournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "journal", abstract: "The journal, or one account's lines with a running balance.")

    @Option(help: "Only this account, with a running balance.") var account: String?
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try reportingFailures {
            let database = try SQLiteStore(path: store.databasePath)
            guard let account else {
                let entries = try database.journalEntries()
                if output.json {
                    Console.out(JSONValue.array(entries.map(EventReport.entryJSON)).rendered())
                } else {
                    for entry in entries { Console.out(EventReport.entryTable(entry)) }
                    Console.out("\(entries.count) entries.")
                }
                return
            }
            guard try database.chartOfAccounts().account(code: account) != nil else {
                throw CommandFailure("There is no account \(account) in the chart of accounts.")
            }
            let journal = try database.accountJournal(accountCode: account)
            if output.json {
                Console.out(JSONValue.object([
                    ("account_code", .string(account)),
                    ("lines", .array(journal.rows.map { row in
                        .object([("date", .string(row.date.iso8601)), ("key", .string(row.key)), ("memo", .string(row.memo)),
                                 ("debit", .number(row.line.debit.description)), ("credit", .number(row.line.credit.description)),
                                 ("balance", .number(row.balance.description))])
                    })),
                    ("total_debit", .number(journal.totalDebit.description)),
                    ("total_credit", .number(journal.totalCredit.description)),
                ]).rendered())
                return
            }
            var table = TextTable(["date", "key", "memo", "debit", "credit", "balance"],
                                  alignments: [.left, .left, .left, .right, .right, .right])
            for row in journal.rows {
                table.append([row.date.iso8601, row.key, row.memo, row.line.debit.isZero ? "" : row.line.debit.fixedTwoDecimals,
                              row.line.credit.isZero ? "" : row.line.credit.fixedTwoDecimals, row.balance.fixedTwoDecimals])
            }
            Console.out(table.render())
        }
    }
}
