/// One line of a journal entry: an account, an amount on one side, and the
/// dimensions that let valuation reconcile per plant and WIP per order.
///
/// A plain value that may be built freely; it becomes trustworthy only inside
/// a `JournalEntry`, whose constructor guarantees: exactly one of `debit` and
/// `credit` is non-zero and that one is positive and at most
/// `Cents.lineAmountMax`; the account exists in the chart; an inventory line
/// carries `itemId` and `plantId`; a WIP line carries `orderId`.
///
/// Dimensions: `itemId`/`plantId` on inventory lines (and optionally on
/// others, e.g. cogs); `orderId` on WIP lines (the production order) and on
/// GRNI lines (the purchase order, so the cents credited at receipt can be
/// found again for the invoice), on in-transit inventory lines (the
/// transfer) and on receivables lines (the deal); `partyId` on payables
/// lines (the supplier). The store keeps them as nullable columns.
public struct JournalLine: Hashable, Sendable {
    public var accountCode: String
    public var debit: Cents
    public var credit: Cents
    public var itemId: String?
    public var plantId: String?
    public var orderId: String?
    public var partyId: String?

    public init(accountCode: String, debit: Cents, credit: Cents,
                itemId: String? = nil, plantId: String? = nil, orderId: String? = nil, partyId: String? = nil) {
        self.accountCode = accountCode
        self.debit = debit
        self.credit = credit
        self.itemId = itemId
        self.plantId = plantId
        self.orderId = orderId
        self.partyId = partyId
    }

    /// A debit line.
    public static func debit(_ accountCode: String, _ amount: Cents, itemId: String? = nil, plantId: String? = nil,
                             orderId: String? = nil, partyId: String? = nil) -> JournalLine {
        JournalLine(accountCode: accountCode, debit: amount, credit: .zero, itemId: itemId, plantId: plantId,
                    orderId: orderId, partyId: partyId)
    }

    /// A credit line.
    public static func credit(_ accountCode: String, _ amount: Cents, itemId: String? = nil, plantId: String? = nil,
                              orderId: String? = nil, partyId: String? = nil) -> JournalLine {
        JournalLine(accountCode: accountCode, debit: .zero, credit: amount, itemId: itemId, plantId: plantId,
                    orderId: orderId, partyId: partyId)
    }

    /// `debit - credit`: positive for a debit line, negative for a credit line.
    public var signedAmount: Cents { debit - credit }

    /// The same line on the other side (for reversing entries).
    public var mirrored: JournalLine {
        JournalLine(accountCode: accountCode, debit: credit, credit: debit, itemId: itemId, plantId: plantId,
                    orderId: orderId, partyId: partyId)
    }
}
