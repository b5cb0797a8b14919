import FabrikCore

/// Reads a manual entry file's records, as UTF-8 byte views, into a
/// `ManualEntryBatch`: the fast path of `ManualEntryFile.batch`.
///
/// It accepts exactly the files `ManualEntryFileBuilder` accepts (the same
/// header, cell, entry and `JournalEntry.make` rules, checked on bytes) but
/// renders no problem: at the first one it stops (`add` returns false,
/// `finish` nil) and the caller asks the reference builder for every
/// problem in the file's wording. Memory: a few words per line and per entry.
///
/// Invariant: `lineEntries[k]` is the entry of `lines[k]`, in file order;
/// `contiguous` is true while every row continued the latest entry or
/// started a new one, so lines need regrouping only when it is false.
struct ManualEntryBatchBuilder {
    private let chart: ChartOfAccounts
    private var accounts: ByteKeyTable
    private var accountAllowed: [Bool]
    /// Field position of each column (`ManualEntryFile.columns` order), -1 when absent.
    private var fieldOfColumn: [Int] = []
    private var headerCount = 0
    private var sawHeader = false
    private var failed = false

    private var keys: ByteKeyTable
    private var dates: [Day] = []
    private var memos: [String] = []
    private var lineCounts: [Int] = []
    private var balances: [Int64] = []
    private var lines: [ManualEntryBatch.Line] = []
    private var lineEntries: [Int32] = []
    private var contiguous = true
    private var lastEntry = -1
    private var lastDatePacked: UInt128 = 0
    private var lastDate = Day(daysSinceEpoch: 0)

    init(chart: ChartOfAccounts, expectedLines: Int) {
        var accountTable = ByteKeyTable(capacity: chart.accounts.count, hashing: .fast)
        for account in chart.accounts {
            var code = account.code
            _ = code.withUTF8 { accountTable.insert($0) }
        }
        self.init(chart: chart, accounts: accountTable, accountAllowed: chart.accounts.map { !$0.isControlled },
                  expectedLines: expectedLines)
    }

    private init(chart: ChartOfAccounts, accounts: ByteKeyTable, accountAllowed: [Bool], expectedLines: Int) {
        self.chart = chart
        self.accounts = accounts
        self.accountAllowed = accountAllowed
        keys = ByteKeyTable(capacity: max(16, expectedLines / 2))
        lines.reserveCapacity(expectedLines)
        lineEntries.reserveCapacity(expectedLines)
    }

    /// False once a record was refused (the caller falls back to the reference builder).
    var isIntact: Bool { !failed }

    /// An empty builder for rows that come after this one's header, in
    /// another part of the file: the same chart and column positions.
    func continuation(expectedLines: Int) -> ManualEntryBatchBuilder {
        var next = ManualEntryBatchBuilder(chart: chart, accounts: accounts, accountAllowed: accountAllowed,
                                           expectedLines: expectedLines)
        next.fieldOfColumn = fieldOfColumn
        next.headerCount = headerCount
        next.sawHeader = sawHeader
        next.failed = failed
        return next
    }

    /// Appends the entries and lines of `later`, whose rows followed this
    /// builder's rows in the file, as if one builder had read them all: an
    /// entry id seen here continues its entry (its date must match, the first
    /// non-empty memo stays), a new one is appended in first-seen order.
    /// False when `later` or the merge hit a problem.
    mutating func absorb(_ later: ManualEntryBatchBuilder) -> Bool {
        guard !failed, !later.failed else { return false }
        // An entry cut in two at the parts' border continues the last one: still contiguous.
        let lastLineEntry = lineEntries.last.map(Int.init) ?? -1
        var entryOfLater = [Int32](repeating: 0, count: later.lineCounts.count)
        for (old, found) in keys.insertAll(of: later.keys).enumerated() {
            entryOfLater[old] = Int32(truncatingIfNeeded: found.index)
            if found.inserted {
                dates.append(later.dates[old])
                memos.append(later.memos[old])
                lineCounts.append(later.lineCounts[old])
                balances.append(later.balances[old])
                continue
            }
            if old != 0 || found.index != lastLineEntry { contiguous = false }
            let entry = found.index
            let (balance, overflow) = balances[entry].addingReportingOverflow(later.balances[old])
            guard dates[entry] == later.dates[old], !overflow else {
                failed = true
                return false
            }
            balances[entry] = balance
            lineCounts[entry] += later.lineCounts[old]
            if memos[entry].isEmpty { memos[entry] = later.memos[old] }
        }
        if !later.contiguous { contiguous = false }
        lines.append(contentsOf: later.lines)
        lineEntries.reserveCapacity(lineEntries.count + later.lineEntries.count)
        for entry in later.lineEntries { lineEntries.append(entryOfLater[Int(entry)]) }
        lastEntry = -1
        return true
    }

    /// Adds the header (the first record) or one row; false at the first problem.
    mutating func add(_ record: CSVRecord) -> Bool {
        guard !failed else { return false }
        if sawHeader {
            failed = !readRow(record)
        } else {
            sawHeader = true
            failed = !readHeader(record)
        }
        return !failed
    }

    /// The batch, or nil when anything is wrong (or the file has no header).
    mutating func finish() -> ManualEntryBatch? {
        guard sawHeader, !failed else { return nil }
        var starts = [Int](repeating: 0, count: lineCounts.count + 1)
        for entry in lineCounts.indices {
            let count = lineCounts[entry]
            guard count >= 2, count <= JournalEntry.linesMax, balances[entry] == 0 else { return nil }
            starts[entry + 1] = starts[entry] + count
        }
        if !contiguous { regroup(starts) }
        return ManualEntryBatch(chart: chart, keyTable: keys, dates: dates, memos: memos, lines: lines, lineStarts: starts)
    }

    /// Stable counting sort of the lines by entry (rows of an entry may be apart).
    private mutating func regroup(_ starts: [Int]) {
        var next = starts
        var grouped = lines
        for (line, entry) in zip(lines, lineEntries) {
            grouped[next[Int(entry)]] = line
            next[Int(entry)] += 1
        }
        lines = grouped
    }

    private mutating func readHeader(_ record: CSVRecord) -> Bool {
        headerCount = record.count
        fieldOfColumn = [Int](repeating: -1, count: ManualEntryFile.columns.count)
        let names = ManualEntryFile.columns.map { Array($0.utf8) }
        for position in 0..<record.count {
            let field = record[position]
            guard let column = names.firstIndex(where: { $0.elementsEqual(field) }), fieldOfColumn[column] < 0 else {
                return false
            }
            fieldOfColumn[column] = position
        }
        for name in ManualEntryFile.requiredColumns {
            guard let column = ManualEntryFile.columns.firstIndex(of: name), fieldOfColumn[column] >= 0 else { return false }
        }
        return true
    }

    private mutating func readRow(_ record: CSVRecord) -> Bool {
        guard record.count == headerCount else { return false }
        let entryId = record[fieldOfColumn[0]], dateText = record[fieldOfColumn[1]]
        let accountCode = record[fieldOfColumn[2]], debitText = record[fieldOfColumn[3]], creditText = record[fieldOfColumn[4]]
        guard !entryId.isEmpty, let date = day(dateText), let account = accounts.index(of: accountCode),
              accountAllowed[account], debitText.isEmpty != creditText.isEmpty,
              case .success(let amount) = Cents.parse(utf8: debitText.isEmpty ? creditText : debitText),
              amount.isPositive else { return false }

        let entry: Int
        if lastEntry >= 0, keys.keyEquals(lastEntry, entryId) {
            entry = lastEntry
        } else {
            let found = keys.insert(entryId)
            entry = found.index
            if found.inserted {
                dates.append(date)
                memos.append("")
                lineCounts.append(0)
                balances.append(0)
            } else {
                contiguous = false
            }
            lastEntry = entry
        }
        guard dates[entry] == date else { return false }
        if memos[entry].isEmpty, fieldOfColumn[5] >= 0 {
            let memo = record[fieldOfColumn[5]]
            if !memo.isEmpty { memos[entry] = String(decoding: memo, as: UTF8.self) }
        }
        let signed = debitText.isEmpty ? -amount.rawCents : amount.rawCents
        let (balance, overflow) = balances[entry].addingReportingOverflow(signed)
        // Only past `linesMax` lines can a balance overflow, and such an entry is refused anyway.
        guard !overflow else { return false }
        balances[entry] = balance
        lineCounts[entry] += 1
        lines.append(ManualEntryBatch.Line(accountPosition: Int32(account), signedCents: signed))
        lineEntries.append(Int32(truncatingIfNeeded: entry))
        return true
    }

    /// `YYYY-MM-DD` of an existing date, as `Day(iso8601:)` reads it; the
    /// last date is remembered, as consecutive rows mostly share it.
    private mutating func day(_ text: UnsafeBufferPointer<UInt8>) -> Day? {
        guard text.count == 10, text[4] == UInt8(ascii: "-"), text[7] == UInt8(ascii: "-") else { return nil }
        var packed: UInt128 = 0
        for byte in text { packed = packed << 8 | UInt128(byte) }
        if packed == lastDatePacked { return lastDate }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = text[index]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let dayOfMonth = number(8..<10),
              let day = Day(year: year, month: month, day: dayOfMonth) else { return nil }
        lastDatePacked = packed
        lastDate = day
        return day
    }
}
