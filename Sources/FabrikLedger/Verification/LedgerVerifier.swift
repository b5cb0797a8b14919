import FabrikCore

/// Recomputes every ledger invariant from the entries alone (`fabrik ledger
/// verify`, and the property tests): each entry valid against the chart
/// (balanced, >= 2 lines, one side per line, known accounts, dimensions,
/// manual entries off controlled accounts), keys unique, reversals naming an
/// earlier entry at most once, the whole ledger balanced, closed orders
/// without WIP, and the stored daily movements equal to the lines'.
/// Entries are given in posting order. Cost O(lines log days); `verify`
/// holds every entry, `LedgerVerificationPass` only one at a time.
public enum LedgerVerifier {
    public static func verify(_ entries: [JournalEntryDraft], chart: ChartOfAccounts,
                              closedOrderIds: [String] = [], storedMovements: [DailyMovement]? = nil) -> [LedgerProblem] {
        var pass = LedgerVerificationPass(chart: chart)
        for draft in entries { pass.add(draft) }
        return pass.finish(closedOrderIds: closedOrderIds, storedMovements: storedMovements).problems
    }

    /// Per account and day, what the lines moved: sorted by (account code
    /// bytes, date); only days with lines.
    public static func dailyMovements(_ entries: [JournalEntryDraft]) -> [DailyMovement] {
        var movements = DailyMovementSums()
        for draft in entries { movements.add(draft) }
        return movements.sorted
    }

    static func movementPrecedes(_ a: DailyMovement, _ b: DailyMovement) -> Bool {
        if !utf8Equal(a.accountCode, b.accountCode) { return utf8Precedes(a.accountCode, b.accountCode) }
        return a.date < b.date
    }

    /// Merge-compares two movement lists after sorting both (`recomputed`
    /// is sorted already).
    static func compare(_ stored: [DailyMovement], _ recomputed: [DailyMovement]) -> [LedgerProblem] {
        let stored = stored.filter { !($0.debit.isZero && $0.credit.isZero) }.sorted(by: movementPrecedes)
        var problems: [LedgerProblem] = []
        var i = 0, j = 0
        while i < stored.count || j < recomputed.count {
            let s = i < stored.count ? stored[i] : nil
            let r = j < recomputed.count ? recomputed[j] : nil
            if let s, let r, utf8Equal(s.accountCode, r.accountCode), s.date == r.date {
                if s.debit != r.debit || s.credit != r.credit {
                    problems.append(.storedBalanceDiffers(accountCode: s.accountCode, date: s.date, stored: s, recomputed: r))
                }
                i += 1; j += 1
            } else if let s, r.map({ movementPrecedes(s, $0) }) ?? true {
                problems.append(.storedBalanceDiffers(accountCode: s.accountCode, date: s.date, stored: s, recomputed: nil))
                i += 1
            } else if let r {
                problems.append(.storedBalanceDiffers(accountCode: r.accountCode, date: r.date, stored: nil, recomputed: r))
                j += 1
            }
        }
        return problems
    }
}

/// What a verification found, with what it looked at (for the report line).
public struct LedgerVerification: Hashable, Sendable {
    /// Every broken invariant, in the order `LedgerVerifier` documents; empty
    /// when the ledger is sound.
    public var problems: [LedgerProblem]
    public var entryCount: Int
    public var lineCount: Int
}

/// `LedgerVerifier` one entry at a time, so a store can stream millions of
/// entries through it without holding them: memory is one key per entry and
/// one sum per (account, day), not the lines. Feed entries in posting order
/// with `add`, then `finish`.
public struct LedgerVerificationPass: Sendable {
    private let chart: ChartOfAccounts
    private let wipCode: String
    private var problems: [LedgerProblem] = []
    private var seen: Set<IdKey> = []
    private var reversed: Set<IdKey> = []
    private var debit = Cents.zero, credit = Cents.zero
    private var wipByOrder: [IdKey: Cents] = [:]
    private var movements = DailyMovementSums()
    private var entryCount = 0, lineCount = 0

    public init(chart: ChartOfAccounts) {
        self.chart = chart
        self.wipCode = chart.code(role: .wip)
    }

    public mutating func add(_ draft: JournalEntryDraft) {
        entryCount += 1
        lineCount += draft.lines.count
        if case .failure(let rejection) = draft.validated(chart: chart) {
            problems.append(.entryRejected(key: draft.key, rejection))
        }
        if !seen.insert(IdKey(draft.key)).inserted { problems.append(.duplicateKey(draft.key)) }
        if let reversesKey = draft.reversesKey {
            if !seen.contains(IdKey(reversesKey)) || utf8Equal(reversesKey, draft.key) {
                problems.append(.reversesUnknownEntry(key: draft.key, reversesKey: reversesKey))
            }
            if !reversed.insert(IdKey(reversesKey)).inserted { problems.append(.reversedTwice(reversesKey: reversesKey)) }
        }
        for line in draft.lines {
            debit += line.debit
            credit += line.credit
            if utf8Equal(line.accountCode, wipCode) { wipByOrder[IdKey(line.orderId ?? ""), default: .zero] += line.signedAmount }
        }
        movements.add(draft)
    }

    /// The problems of every entry added, then the whole-ledger checks:
    /// balance, WIP of `closedOrderIds`, and `storedMovements` (when given)
    /// against the recomputed per-day movements.
    public func finish(closedOrderIds: [String] = [], storedMovements: [DailyMovement]? = nil) -> LedgerVerification {
        var problems = self.problems
        if debit != credit { problems.append(.ledgerUnbalanced(debit: debit, credit: credit)) }
        for orderId in closedOrderIds {
            if let wip = wipByOrder[IdKey(orderId)], !wip.isZero { problems.append(.closedOrderHasWIP(orderId: orderId, wip: wip)) }
        }
        if let storedMovements { problems += LedgerVerifier.compare(storedMovements, movements.sorted) }
        return LedgerVerification(problems: problems, entryCount: entryCount, lineCount: lineCount)
    }
}

/// Per (account, day) sums of the lines added so far.
struct DailyMovementSums: Sendable {
    private struct Key: Hashable, Sendable { var code: IdKey; var date: Day }
    private var byKey: [Key: DailyMovement] = [:]

    mutating func add(_ draft: JournalEntryDraft) {
        for line in draft.lines {
            let key = Key(code: IdKey(line.accountCode), date: draft.date)
            var movement = byKey[key] ?? DailyMovement(accountCode: line.accountCode, date: draft.date, debit: .zero, credit: .zero)
            movement.debit += line.debit
            movement.credit += line.credit
            byKey[key] = movement
        }
    }

    var sorted: [DailyMovement] { byKey.values.sorted(by: LedgerVerifier.movementPrecedes) }
}
