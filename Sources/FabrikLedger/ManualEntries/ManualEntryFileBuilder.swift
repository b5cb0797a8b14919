public import FabrikCore

/// Builds the entries of a manual entry file record by record, so any CSV
/// reader can drive it: the first record given is the header, every later
/// one a row (`add(fields, line:)`), then `finish()` validates every entry
/// and returns them all or every problem (see `ManualEntryFile`).
///
/// Invariant: `entries[i]` holds the rows of the i-th entry_id first seen;
/// `positionByKey` maps each entry_id (bytes) to i. Memory O(rows).
public struct ManualEntryFileBuilder {
    private struct Row {
        var line: Int
        var debitGiven: Bool
        var creditGiven: Bool
        var date: Day
    }

    private struct PendingEntry {
        var key: String
        var memo: String = ""
        var lines: [JournalLine] = []
        var rows: [Row] = []
        var hasCellProblem = false
    }

    private let fileName: String
    private let chart: ChartOfAccounts
    /// Field position of each column, indexed like `ManualEntryFile.columns`; -1 when absent.
    private var fieldOfColumn: [Int] = []
    private var headerCount = 0
    private var sawHeader = false
    private var headerIsUsable = false
    private var entries: [PendingEntry] = []
    private var positionByKey: [CodeKey: Int] = [:]
    private var problems: [LocatedProblem] = []

    public init(fileName: String, chart: ChartOfAccounts) {
        self.fileName = fileName
        self.chart = chart
    }

    /// Adds the header (the first call) or one row.
    public mutating func add(_ fields: [String], line: Int) {
        if !sawHeader {
            sawHeader = true
            readHeader(fields, line: line)
        } else if headerIsUsable {
            readRow(fields, line: line)
        }
    }

    /// Adds a problem found outside the builder (a CSV syntax error).
    public mutating func addProblem(_ problem: LocatedProblem) { problems.append(problem) }

    /// Validates every entry; all entries, or every problem ordered by line.
    public func finish() -> Result<[JournalEntry], ManualEntryRejection> {
        var all = problems
        if !sawHeader { all.append(LocatedProblem(SourceLocation(file: fileName), "the file has no header")) }
        // Valid entries are built once; only a refused one is re-checked for
        // every problem (validation is the hot path of a 1M-entry file).
        var built: [JournalEntry] = []
        built.reserveCapacity(entries.count)
        for entry in entries where !entry.hasCellProblem {
            switch JournalEntry.make(key: entry.key, date: entry.rows[0].date, memo: entry.memo, source: .manual,
                                     lines: entry.lines, chart: chart) {
            case .success(let journalEntry): built.append(journalEntry)
            case .failure: check(entry, into: &all)
            }
        }
        if !all.isEmpty {
            // Stable: a file-wide problem (no line) first, then by line in the order found.
            let ordered = all.enumerated().sorted { a, b in
                let lineA = a.element.location.line ?? 0, lineB = b.element.location.line ?? 0
                return lineA != lineB ? lineA < lineB : a.offset < b.offset
            }.map(\.element)
            return .failure(ManualEntryRejection(problems: ordered))
        }
        return .success(built)
    }
}

extension ManualEntryFileBuilder {
    private mutating func readHeader(_ fields: [String], line: Int) {
        headerCount = fields.count
        fieldOfColumn = [Int](repeating: -1, count: ManualEntryFile.columns.count)
        var usable = true
        for (position, name) in fields.enumerated() {
            guard let column = ManualEntryFile.columns.firstIndex(where: { utf8Equal($0, name) }) else {
                problem(line, name, "unknown column (the columns are \(ManualEntryFile.columns.joined(separator: ",")))")
                usable = false
                continue
            }
            if fieldOfColumn[column] >= 0 {
                problem(line, name, "column named twice")
                usable = false
            }
            fieldOfColumn[column] = position
        }
        for name in ManualEntryFile.requiredColumns {
            guard let column = ManualEntryFile.columns.firstIndex(of: name), fieldOfColumn[column] < 0 else { continue }
            problem(line, name, "required column is missing")
            usable = false
        }
        headerIsUsable = usable
    }

    private mutating func readRow(_ fields: [String], line: Int) {
        guard fields.count == headerCount else {
            problems.append(LocatedProblem(SourceLocation(file: fileName, line: line),
                                           "has \(fields.count) fields, the header has \(headerCount)"))
            return
        }
        func cell(_ column: Int) -> String { fieldOfColumn[column] >= 0 ? fields[fieldOfColumn[column]] : "" }
        let entryId = cell(0), dateText = cell(1), accountCode = cell(2), debitText = cell(3), creditText = cell(4)
        let problemCount = problems.count
        if entryId.isEmpty { problem(line, "entry_id", "required") }
        var date = Day(daysSinceEpoch: 0)
        if dateText.isEmpty {
            problem(line, "date", "required")
        } else if let parsed = Day(iso8601: dateText) {
            date = parsed
        } else {
            problem(line, "date", "\"\(dateText)\" is not a date (YYYY-MM-DD)")
        }
        if accountCode.isEmpty { problem(line, "account_code", "required") }
        let debit = amount(debitText, column: "debit", line: line)
        let credit = amount(creditText, column: "credit", line: line)
        guard !entryId.isEmpty else { return }

        if !debitText.isEmpty && !creditText.isEmpty {
            problem(line, "credit", "fill exactly one of debit and credit, not both")
        } else if debitText.isEmpty && creditText.isEmpty {
            problem(line, "debit", "fill exactly one of debit and credit")
        }
        let position = entryPosition(entryId)
        if problems.count > problemCount { entries[position].hasCellProblem = true }
        if let first = entries[position].rows.first, first.date != date, problems.count == problemCount {
            problem(line, "date", "\(date.iso8601) differs from the entry's date \(first.date.iso8601) (line \(first.line))")
            entries[position].hasCellProblem = true
        }
        let memo = cell(5)
        if entries[position].memo.isEmpty { entries[position].memo = memo }
        entries[position].rows.append(Row(line: line, debitGiven: !debitText.isEmpty, creditGiven: !creditText.isEmpty, date: date))
        entries[position].lines.append(JournalLine(accountCode: accountCode, debit: debit, credit: credit))
    }

    private mutating func entryPosition(_ entryId: String) -> Int {
        if let position = positionByKey[CodeKey(entryId)] { return position }
        positionByKey[CodeKey(entryId)] = entries.count
        entries.append(PendingEntry(key: entryId))
        return entries.count - 1
    }

    /// A blank cell is zero; a bad one is a problem (and zero).
    private mutating func amount(_ text: String, column: String, line: Int) -> Cents {
        if text.isEmpty { return .zero }
        switch Cents.parse(text) {
        case .success(let cents): return cents
        case .failure(let failure):
            problem(line, column, "\"\(text)\" \(failure)")
            return .zero
        }
    }

    private mutating func problem(_ line: Int, _ column: String, _ reason: String) {
        problems.append(LocatedProblem(SourceLocation(file: fileName, line: line, column: column), reason))
    }
}

extension ManualEntryFileBuilder {
    /// Renders the posting rules an entry breaks, in the file's wording: line
    /// rules at their row, entry rules at the entry's first row.
    private func check(_ entry: PendingEntry, into found: inout [LocatedProblem]) {
        let firstLine = entry.rows[0].line
        let entryProblems = JournalEntry.problems(key: entry.key, source: .manual, lines: entry.lines, chart: chart)
        // A one-line entry cannot balance; saying so twice is noise.
        let singleLine = entryProblems.contains { $0.rejection == .entryNeedsTwoLines }
        for entryProblem in entryProblems where !(singleLine && entryProblem.rejection == .debitsMustEqualCredits) {
            guard let index = entryProblem.lineIndex else {
                let reason: String
                switch entryProblem.rejection {
                case .entryNeedsTwoLines:
                    reason = "entry \(entry.key) has \(entry.lines.count) line; an entry needs at least two lines"
                case .debitsMustEqualCredits:
                    var debit = Cents.zero, credit = Cents.zero
                    for line in entry.lines { debit += line.debit; credit += line.credit }
                    reason = "entry \(entry.key) does not balance: debits \(debit.fixedTwoDecimals), credits \(credit.fixedTwoDecimals)"
                default:
                    reason = "entry \(entry.key): \(entryProblem.rejection.sentence)"
                }
                found.append(LocatedProblem(SourceLocation(file: fileName, line: firstLine, column: "entry_id"), reason))
                continue
            }
            let line = entry.lines[index]
            let side = line.debit.isZero && !entry.rows[index].debitGiven ? "credit" : "debit"
            let column: String, reason: String
            switch entryProblem.rejection {
            case .lineNeedsOneSide, .amountMustBePositive, .amountTooLarge:
                // Both-or-neither was caught per row, so this is a zero or negative amount.
                column = side
                reason = entryProblem.rejection == .amountTooLarge ? entryProblem.rejection.sentence : "an amount must be positive"
            case .unknownAccount:
                column = "account_code"
                reason = "\"\(line.accountCode)\" is not in the chart of accounts"
            case .manualEntryTouchesControlledAccount:
                column = "account_code"
                let role = chart.account(code: line.accountCode)?.role?.name ?? ""
                reason = "account \(line.accountCode) has role \(role); manual entries may not post to the inventory, WIP or GRNI accounts"
            default:
                column = "account_code"
                reason = entryProblem.rejection.sentence
            }
            found.append(LocatedProblem(SourceLocation(file: fileName, line: entry.rows[index].line, column: column), reason))
        }
    }
}
