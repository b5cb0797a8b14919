public import FabrikCore

/// Who an entry comes from: a stock or order event (posting rules), or a
/// person (`ledger post`). Manual entries may not touch controlled accounts.
public enum EntrySource: UInt8, Hashable, Sendable, CaseIterable {
    case event = 0
    case manual = 1

    public var name: String { self == .event ? "event" : "manual" }
}

/// A validated, balanced journal entry: what the ledger stores, immutable.
///
/// Invariants (the only way in is `make`, which checks every
/// `PostingRejection` rule; `checkInvariants()` re-checks them): `key` is
/// non-empty and is the entry's idempotency key; 2...`linesMax` lines; each
/// line has exactly one positive side of at most `Cents.lineAmountMax`;
/// debits equal credits; every account was in the chart it was made with,
/// inventory lines carry item and plant, WIP lines their order; a manual
/// entry touches no controlled account; `reversesKey`, if set, is not `key`.
/// Lines keep the order given (an account may appear on several).
/// Cost: validation is one pass over the lines with one chart lookup each.
public struct JournalEntry: Hashable, Sendable {
    /// The idempotency key: the source event, a `--key`, or the manual entry_id.
    public let key: String
    public let date: Day
    public let memo: String
    public let source: EntrySource
    /// The key of the entry this one reverses, for corrections.
    public let reversesKey: String?
    public let lines: [JournalLine]

    /// The most lines one entry may have. With `Cents.lineAmountMax` per
    /// line, an entry's debit total stays below Int64.max.
    public static let linesMax = 65_536

    private init(key: String, date: Day, memo: String, source: EntrySource, reversesKey: String?, lines: [JournalLine]) {
        self.key = key
        self.date = date
        self.memo = memo
        self.source = source
        self.reversesKey = reversesKey
        self.lines = lines
    }

    /// Builds an entry, or says which rule it breaks first (in
    /// `PostingRejection` precedence).
    public static func make(key: String, date: Day, memo: String = "", source: EntrySource = .event,
                            reversesKey: String? = nil, lines: [JournalLine],
                            chart: ChartOfAccounts) -> Result<JournalEntry, PostingRejection> {
        var first: PostingRejection?
        scan(key: key, source: source, reversesKey: reversesKey, lines: lines, chart: chart) { problem in
            if first.map({ problem.rejection.rawValue < $0.rawValue }) ?? true { first = problem.rejection }
        }
        if let first { return .failure(first) }
        let entry = JournalEntry(key: key, date: date, memo: memo, source: source, reversesKey: reversesKey, lines: lines)
        entry.checkInvariants(chart: chart)
        return .success(entry)
    }

    /// Every rule a candidate breaks, entry-wide problems first, then line
    /// problems in line order, then the balance: for reporting all of them
    /// (the manual entry file).
    public static func problems(key: String, source: EntrySource, reversesKey: String? = nil,
                                lines: [JournalLine], chart: ChartOfAccounts) -> [EntryProblem] {
        var found: [EntryProblem] = []
        scan(key: key, source: source, reversesKey: reversesKey, lines: lines, chart: chart) { found.append($0) }
        return found
    }

    /// The total of the debit side (equal to the credit side).
    public var total: Cents {
        var sum = Cents.zero
        for line in lines { sum += line.debit }
        return sum
    }

    /// An entry that undoes this one: the same lines mirrored, naming this
    /// entry in `reversesKey`, with the same source.
    public func reversal(key reversalKey: String, date reversalDate: Day, memo reversalMemo: String,
                         chart: ChartOfAccounts) -> Result<JournalEntry, PostingRejection> {
        JournalEntry.make(key: reversalKey, date: reversalDate, memo: reversalMemo, source: source,
                          reversesKey: key, lines: lines.map(\.mirrored), chart: chart)
    }

    /// Re-checks the structural invariants (and the chart ones when given);
    /// free in release builds. The store calls it on entries read back.
    public func checkInvariants(chart: ChartOfAccounts? = nil) {
        assert(!key.isEmpty, "an entry has a key")
        assert(lines.count >= 2, "an entry has at least two lines")
        assert(lines.count <= JournalEntry.linesMax, "an entry has at most linesMax lines")
        var debit: Int64 = 0
        var credit: Int64 = 0
        for line in lines {
            assert(line.debit.isZero != line.credit.isZero, "a line has exactly one side")
            assert(!line.debit.isNegative, "debits are non-negative")
            assert(!line.credit.isNegative, "credits are non-negative")
            debit += line.debit.rawCents
            credit += line.credit.rawCents
            if let chart { assert(chart.account(code: line.accountCode) != nil, "lines name chart accounts") }
        }
        assert(debit == credit, "an entry balances")
    }
}

extension JournalEntry {
    /// The one pass behind `make` and `problems`.
    private static func scan(key: String, source: EntrySource, reversesKey: String?, lines: [JournalLine],
                             chart: ChartOfAccounts, report: (EntryProblem) -> Void) {
        if key.isEmpty { report(EntryProblem(.entryNeedsKey)) }
        if lines.count < 2 { report(EntryProblem(.entryNeedsTwoLines)) }
        if lines.count > linesMax { report(EntryProblem(.entryHasTooManyLines)) }
        if let reversesKey, utf8Equal(reversesKey, key) { report(EntryProblem(.entryCannotReverseItself)) }
        // Sums in 128 bits: oversized amounts are reported, not trapped on.
        var debit: Int128 = 0
        var credit: Int128 = 0
        for (index, line) in lines.enumerated() {
            debit += Int128(line.debit.rawCents)
            credit += Int128(line.credit.rawCents)
            if let rejection = lineRejection(line, source: source, chart: chart) {
                report(EntryProblem(rejection, lineIndex: index))
            }
        }
        if debit != credit { report(EntryProblem(.debitsMustEqualCredits)) }
    }

    /// The first rule one line breaks, in precedence order, or nil.
    private static func lineRejection(_ line: JournalLine, source: EntrySource, chart: ChartOfAccounts) -> PostingRejection? {
        guard line.debit.isZero != line.credit.isZero else { return .lineNeedsOneSide }
        let amount = line.debit.isZero ? line.credit : line.debit
        if amount.isNegative { return .amountMustBePositive }
        if amount > Cents.lineAmountMax { return .amountTooLarge }
        guard let account = chart.account(code: line.accountCode) else { return .unknownAccount }
        if source == .manual && account.isControlled { return .manualEntryTouchesControlledAccount }
        switch account.role {
        case .inventory?:
            if (line.itemId ?? "").isEmpty || (line.plantId ?? "").isEmpty { return .inventoryLineNeedsItemAndPlant }
        case .wip?:
            if (line.orderId ?? "").isEmpty { return .wipLineNeedsOrder }
        default:
            break
        }
        return nil
    }
}
