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
