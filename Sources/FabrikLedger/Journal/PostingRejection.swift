/// Why an entry cannot be posted. Cases are declared in order of precedence:
/// when an entry breaks several rules, the one reported is the first declared
/// (lowest raw value). Raw values are stable (stored, and pinned by tests);
/// new rules get new numbers, old numbers are never reused.
///
/// Every case reads as a sentence about the entry; `sentence` is its text for
/// people.
public enum PostingRejection: UInt8, Error, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// The idempotency key is empty.
    case entryNeedsKey = 1
    /// Fewer than two lines.
    case entryNeedsTwoLines = 2
    /// More than `JournalEntry.linesMax` lines.
    case entryHasTooManyLines = 3
    /// The entry names itself as the entry it reverses.
    case entryCannotReverseItself = 4
    /// A line has both debit and credit non-zero, or both zero.
    case lineNeedsOneSide = 5
    /// A line's amount is negative.
    case amountMustBePositive = 6
    /// A line's amount exceeds `Cents.lineAmountMax`.
    case amountTooLarge = 7
    /// A line names an account the chart does not have.
    case unknownAccount = 8
    /// A manual entry posts to an account with role inventory, wip or grni.
    case manualEntryTouchesControlledAccount = 9
    /// An inventory line lacks its item or plant.
    case inventoryLineNeedsItemAndPlant = 10
    /// A WIP line lacks its production order.
    case wipLineNeedsOrder = 11
    /// The debits do not add up to the credits.
    case debitsMustEqualCredits = 12
    /// The key already names a posted entry with different content (decided
    /// against the store by `Idempotency.decide`).
    case keyReusedWithDifferentContent = 13

    /// The rule as a sentence for people.
    public var sentence: String {
        switch self {
        case .entryNeedsKey: return "an entry needs an idempotency key"
        case .entryNeedsTwoLines: return "an entry needs at least two lines"
        case .entryHasTooManyLines: return "an entry may have at most \(JournalEntry.linesMax) lines"
        case .entryCannotReverseItself: return "an entry cannot reverse itself"
        case .lineNeedsOneSide: return "a line needs exactly one of debit and credit"
        case .amountMustBePositive: return "an amount must be positive"
        case .amountTooLarge: return "an amount may be at most \(Cents.lineAmountMax.fixedTwoDecimals)"
        case .unknownAccount: return "the account is not in the chart of accounts"
        case .manualEntryTouchesControlledAccount:
            return "manual entries may not post to the inventory, WIP or GRNI accounts; only stock events move them"
        case .inventoryLineNeedsItemAndPlant: return "an inventory line needs an item and a plant"
        case .wipLineNeedsOrder: return "a WIP line needs its production order"
        case .debitsMustEqualCredits: return "debits must equal credits"
        case .keyReusedWithDifferentContent: return "the key was already used for an entry with different content"
        }
    }

    public var description: String { sentence }
}

/// One broken rule of a candidate entry, with the line it concerns
/// (`lineIndex`, 0-based into the candidate's lines) or nil for the entry as
/// a whole.
public struct EntryProblem: Hashable, Sendable {
    public var rejection: PostingRejection
    public var lineIndex: Int?

    public init(_ rejection: PostingRejection, lineIndex: Int? = nil) {
        self.rejection = rejection
        self.lineIndex = lineIndex
    }
}
