public import FabrikCore

/// The header every posting rule needs: the idempotency key (the source
/// event or a `--key`), the entry date, and an optional memo (empty means
/// the rule writes one, e.g. `purchase receipt PUR-3`).
public struct EntryHeader: Hashable, Sendable {
    public var key: String
    public var date: Day
    public var memo: String

    public init(key: String, date: Day, memo: String = "") {
        self.key = key
        self.date = date
        self.memo = memo
    }
}

/// A quantity of an item at a plant with the item's standard cost: the input
/// of every stock posting. `value` is the quantity at standard, rounded once
/// to cents half away from zero.
public struct StockLine: Hashable, Sendable {
    public var itemId: String
    public var plantId: String
    public var quantity: Quantity
    public var standardCost: Money

    public init(itemId: String, plantId: String, quantity: Quantity, standardCost: Money) {
        self.itemId = itemId
        self.plantId = plantId
        self.quantity = quantity
        self.standardCost = standardCost
    }

    public var value: Cents { Cents.value(of: quantity, at: standardCost) }
}

/// A quantity sold at a deal line's unit price: the input of a customer
/// invoice. `amount` is price x quantity rounded once to cents.
public struct InvoiceLine: Hashable, Sendable {
    public var itemId: String
    public var quantity: Quantity
    public var unitPrice: Money

    public init(itemId: String, quantity: Quantity, unitPrice: Money) {
        self.itemId = itemId
        self.quantity = quantity
        self.unitPrice = unitPrice
    }

    public var amount: Cents { Cents.value(of: quantity, at: unitPrice) }
}

/// What a purchase order has received and not yet invoiced: the quantity,
/// and exactly the cents its receipts credited to GRNI. The invoice debits
/// GRNI by `grni`, so GRNI per purchase order returns to zero to the cent.
///
/// Invariant: `quantity` and `grni` grow only through `record`. The store
/// rebuilds it from the purchase order's receipts since its last invoice, or
/// from the GRNI lines carrying the order (`LedgerBalances.balance`).
public struct ReceivedNotInvoiced: Hashable, Sendable {
    public var quantity: Quantity
    public var grni: Cents

    public init(quantity: Quantity = .zero, grni: Cents = .zero) {
        self.quantity = quantity
        self.grni = grni
    }

    /// Adds one receipt: its quantity and the GRNI credit of its entry.
    public mutating func record(quantity received: Quantity, receipt: JournalEntry, chart: ChartOfAccounts) {
        let grniCode = chart.code(role: .grni)
        quantity += received
        for line in receipt.lines where utf8Equal(line.accountCode, grniCode) {
            grni += line.credit - line.debit
        }
    }
}

/// The outcome of a posting rule that did not break a rule: an entry to
/// post, or nothing because the event is worth zero cents (a zero-cost item,
/// a quantity too small to reach half a cent, a production order closing with
/// no WIP left). The event itself still happens (stock moves); only the
/// ledger has nothing to record, so the store keys the event, not the entry.
public enum Posting: Hashable, Sendable {
    case entry(JournalEntry)
    case nothingToPost

    /// The entry, or nil for `nothingToPost`.
    public var entry: JournalEntry? {
        if case .entry(let entry) = self { return entry }
        return nil
    }
}
