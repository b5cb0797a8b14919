public import FabrikCore

/// One invariant the ledger breaks, with what it concerns.
public enum LedgerProblem: Hashable, Sendable, CustomStringConvertible {
    /// An entry breaks a posting rule (re-validated against the chart).
    case entryRejected(key: String, PostingRejection)
    /// Two entries share an idempotency key.
    case duplicateKey(String)
    /// A reversing entry names a key no earlier entry has.
    case reversesUnknownEntry(key: String, reversesKey: String)
    /// An entry is reversed more than once.
    case reversedTwice(reversesKey: String)
    /// All debits do not equal all credits.
    case ledgerUnbalanced(debit: Cents, credit: Cents)
    /// A closed production order still carries WIP.
    case closedOrderHasWIP(orderId: String, wip: Cents)
    /// A stored per-account, per-day movement differs from the lines.
    case storedBalanceDiffers(accountCode: String, date: Day, stored: DailyMovement?, recomputed: DailyMovement?)

    public var description: String {
        switch self {
        case .entryRejected(let key, let rejection): return "entry \(key): \(rejection.sentence)"
        case .duplicateKey(let key): return "key \(key) is used by more than one entry"
        case .reversesUnknownEntry(let key, let reversesKey): return "entry \(key) reverses \(reversesKey), which is not an earlier entry"
        case .reversedTwice(let reversesKey): return "entry \(reversesKey) is reversed more than once"
        case .ledgerUnbalanced(let debit, let credit):
            return "the ledger does not balance: debits \(debit.fixedTwoDecimals), credits \(credit.fixedTwoDecimals)"
        case .closedOrderHasWIP(let orderId, let wip): return "closed production order \(orderId) still has WIP \(wip.fixedTwoDecimals)"
        case .storedBalanceDiffers(let code, let date, let stored, let recomputed):
            func text(_ movement: DailyMovement?) -> String {
                movement.map { "debit \($0.debit.fixedTwoDecimals), credit \($0.credit.fixedTwoDecimals)" } ?? "nothing"
            }
            return "account \(code) on \(date.iso8601): stored \(text(stored)), lines give \(text(recomputed))"
        }
    }
}

/// What one account moved on one day: the row the store keeps current in the
/// same transaction as each posting, so a trial balance as of any day is a
/// sum over these rows instead of over every line.
public struct DailyMovement: Hashable, Sendable {
    public var accountCode: String
    public var date: Day
    public var debit: Cents
    public var credit: Cents

    public init(accountCode: String, date: Day, debit: Cents, credit: Cents) {
        self.accountCode = accountCode
        self.date = date
        self.debit = debit
        self.credit = credit
    }
}

/// Recomputes every ledger invariant from the entries alone (`fabrik ledger
/// verify`, and the property tests): each entry valid against the chart
/// (balanced, >= 2 lines, one side per line, known accounts, dimensions,
/// manual entries off controlled accounts), keys unique, reversals naming an
/// earlier entry at most once, the whole ledger balanced, closed orders
/// without WIP, and the stored daily movements equal to the lines'.
/// Entries are given in posting order. Cost O(lines log days).
public enum LedgerVerifier {
    public static func verify(_ entries: [JournalEntryDraft], chart: ChartOfAccounts,
                              closedOrderIds: [String] = [], storedMovements: [DailyMovement]? = nil) -> [LedgerProblem] {
        var problems: [LedgerProblem] = []
        var seen: Set<IdKey> = []
        var reversed: Set<IdKey> = []
        var debit = Cents.zero, credit = Cents.zero
        let wipCode = chart.code(role: .wip)
        var wipByOrder: [IdKey: Cents] = [:]
        for draft in entries {
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
        }
        if debit != credit { problems.append(.ledgerUnbalanced(debit: debit, credit: credit)) }
        for orderId in closedOrderIds {
            if let wip = wipByOrder[IdKey(orderId)], !wip.isZero { problems.append(.closedOrderHasWIP(orderId: orderId, wip: wip)) }
        }
        if let storedMovements { problems += compare(storedMovements, dailyMovements(entries)) }
        return problems
    }

    /// Per account and day, what the lines moved: sorted by (account code
    /// bytes, date); only days with lines.
    public static func dailyMovements(_ entries: [JournalEntryDraft]) -> [DailyMovement] {
        struct Key: Hashable { var code: IdKey; var date: Day }
        var byKey: [Key: DailyMovement] = [:]
        for draft in entries {
            for line in draft.lines {
                let key = Key(code: IdKey(line.accountCode), date: draft.date)
                var movement = byKey[key] ?? DailyMovement(accountCode: line.accountCode, date: draft.date, debit: .zero, credit: .zero)
                movement.debit += line.debit
                movement.credit += line.credit
                byKey[key] = movement
            }
        }
        return byKey.values.sorted(by: movementPrecedes)
    }

    private static func movementPrecedes(_ a: DailyMovement, _ b: DailyMovement) -> Bool {
        if !utf8Equal(a.accountCode, b.accountCode) { return utf8Precedes(a.accountCode, b.accountCode) }
        return a.date < b.date
    }

    /// Merge-compares two movement lists after sorting both.
    private static func compare(_ stored: [DailyMovement], _ recomputed: [DailyMovement]) -> [LedgerProblem] {
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
