public import FabrikCore

/// The `fabrik ledger post FILE` format: CSV with the header
/// `entry_id,date,account_code,debit,credit,memo` (any column order; `memo`
/// optional; unknown or repeated columns refused). Rows sharing an entry_id
/// form one entry (rows need not be contiguous; entries keep first-seen
/// order); entry_id is the entry's idempotency key; each row fills exactly one
/// of debit and credit with a positive amount of at most 2 decimals; all rows
/// of an entry carry the same ISO date; the entry's memo is its first
/// non-empty row memo. Entries are `EntrySource.manual`, so they may not use
/// the inventory, WIP or GRNI accounts.
///
/// Validated as a whole: every problem of every row and entry is collected,
/// rendered `entries.csv:4: credit: reason` (line numbers count physical
/// lines, the header is line 1), ordered by line; if there is any, no entry
/// is returned. Cost: one pass over the text plus one validation per entry.
public enum ManualEntryFile {
    /// The columns of the format, in their documented order.
    public static let columns = ["entry_id", "date", "account_code", "debit", "credit", "memo"]
    /// The columns a file must have.
    public static let requiredColumns = ["entry_id", "date", "account_code", "debit", "credit"]

    /// Parses and validates a whole file. `fileName` prefixes every message.
    public static func parse(_ text: String, fileName: String,
                             chart: ChartOfAccounts) -> Result<[JournalEntry], ManualEntryRejection> {
        var builder = ManualEntryFileBuilder(fileName: fileName, chart: chart)
        let syntaxError = CSVSplitter.forEachRecord(in: text) { line, fields in builder.add(fields, line: line) }
        if let syntaxError {
            builder.addProblem(LocatedProblem(SourceLocation(file: fileName, line: syntaxError.line), syntaxError.reason))
        }
        return builder.finish()
    }

    /// `parse` for posting: the same verdict and the same problems, but the
    /// entries held column-wise (`ManualEntryBatch`). A byte-level pass
    /// (`ManualEntryBatchBuilder`, on up to `threadCount` threads:
    /// `ManualEntryChunkedRead`) accepts a good file without a String or a
    /// `JournalEntry` per line; at its first problem the whole file is read
    /// again by `parse`, which names every problem in the file's wording.
    /// The batch is the same for any thread count.
    public static func batch(_ text: String, fileName: String, chart: ChartOfAccounts,
                             threadCount: Int = 1) -> Result<ManualEntryBatch, ManualEntryRejection> {
        var text = text
        let fast: ManualEntryBatch? = text.withUTF8 { bytes in
            ManualEntryChunkedRead.batch(bytes, chart: chart, threadCount: threadCount)
        }
        if let fast { return .success(fast) }
        return parse(text, fileName: fileName, chart: chart).map { ManualEntryBatch(entries: $0, chart: chart) }
    }
}

/// Every problem that kept a manual entry file from posting, ordered by line
/// (a problem of the whole file, with no line, comes first). Never empty.
public struct ManualEntryRejection: Error, Hashable, Sendable, CustomStringConvertible {
    public var problems: [LocatedProblem]

    public init(problems: [LocatedProblem]) {
        precondition(!problems.isEmpty, "a rejection names at least one problem")
        self.problems = problems
    }

    /// One problem per line, for stderr.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
