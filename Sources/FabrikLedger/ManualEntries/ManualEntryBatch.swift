public import FabrikCore

/// A validated manual entry file held column-wise: what `ManualEntryFile.batch`
/// returns and the store's bulk posting path reads, with no `JournalEntry`
/// or String per line (a 1M-entry file is ~3M lines).
///
/// Invariants: every entry `i` passed `JournalEntry.make` with source
/// `.manual` against `chart` (key non-empty, 2...linesMax lines, each line
/// one positive side of at most `Cents.lineAmountMax` on a known,
/// uncontrolled account, balanced); `entry(i)` rebuilds it exactly as
/// `ManualEntryFile.parse` returns it. Entry ids are distinct byte for byte;
/// entries keep first-seen order; the lines of entry `i` are
/// `lines[lineStart(i) ..< lineStart(i + 1)]`, in file order.
public struct ManualEntryBatch: Sendable {
    /// One line: the account by position in `chart.accounts` and the signed
    /// amount (positive a debit, negative a credit; never zero).
    public struct Line: Hashable, Sendable {
        public let accountPosition: Int32
        public let signedCents: Int64

        public var debit: Cents { Cents(rawCents: signedCents > 0 ? signedCents : 0) }
        public var credit: Cents { Cents(rawCents: signedCents < 0 ? -signedCents : 0) }
    }

    /// The chart the entries were validated against.
    public let chart: ChartOfAccounts
    /// Entry ids (idempotency keys) in entry order.
    public let keys: [String]
    public let dates: [Day]
    public let memos: [String]
    public let lines: [Line]
    /// `lineStarts[i]` is the first line of entry i; one more element than entries.
    private let lineStarts: [Int]
    private let keyTable: ByteKeyTable

    init(chart: ChartOfAccounts, keyTable: ByteKeyTable, dates: [Day], memos: [String],
         lines: [Line], lineStarts: [Int]) {
        precondition(dates.count == keyTable.count && memos.count == keyTable.count
                     && lineStarts.count == keyTable.count + 1, "one date, memo and line range per entry")
        self.chart = chart
        self.keyTable = keyTable
        self.keys = (0..<keyTable.count).map { keyTable.key($0) }
        self.dates = dates
        self.memos = memos
        self.lines = lines
        self.lineStarts = lineStarts
    }

    /// The batch of entries already validated one by one (the reference
    /// parser's result); keys must be distinct, as a parsed file's are.
    init(entries: [JournalEntry], chart: ChartOfAccounts) {
        var table = ByteKeyTable(capacity: entries.count)
        var lines: [Line] = []
        var starts = [0]
        for entry in entries {
            var key = entry.key
            let inserted = key.withUTF8 { table.insert($0).inserted }
            precondition(inserted, "a parsed file's entry ids are distinct")
            for line in entry.lines {
                let position = chart.position(code: line.accountCode) ?? -1
                precondition(position >= 0, "validated lines name chart accounts")
                lines.append(Line(accountPosition: Int32(position),
                                  signedCents: line.debit.rawCents - line.credit.rawCents))
            }
            starts.append(lines.count)
        }
        self.init(chart: chart, keyTable: table, dates: entries.map(\.date), memos: entries.map(\.memo),
                  lines: lines, lineStarts: starts)
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// The range of entry `index`'s lines in `lines`.
    public func lineRange(_ index: Int) -> Range<Int> { lineStarts[index]..<lineStarts[index + 1] }

    /// The entry whose id is these UTF-8 bytes, or nil.
    public func index(ofKey key: UnsafeBufferPointer<UInt8>) -> Int? { keyTable.index(of: key) }

    /// Entry `index` as a `JournalEntry` (what `ManualEntryFile.parse` gives).
    public func entry(_ index: Int) -> JournalEntry {
        let journalLines = lineRange(index).map { at in
            JournalLine(accountCode: chart.accounts[Int(lines[at].accountPosition)].code,
                        debit: lines[at].debit, credit: lines[at].credit)
        }
        switch JournalEntry.make(key: keys[index], date: dates[index], memo: memos[index], source: .manual,
                                 lines: journalLines, chart: chart) {
        case .success(let entry): return entry
        case .failure(let rejection): preconditionFailure("a batch entry was validated: \(rejection)")
        }
    }
}
