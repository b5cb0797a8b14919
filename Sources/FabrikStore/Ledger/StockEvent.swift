public import FabrikCore
public import FabrikLedger

/// A business event that changes stock, orders or money and posts to the
/// ledger (interfaces.md, posting rules). Orders are named by their
/// `open_orders.order_id` (`PUR-3`, `MFG-1`, or an imported id); a nil
/// quantity means "all that is left".
public enum StockEvent: Hashable, Sendable {
    case release(plannedOrderId: String)
    case receive(orderId: String, quantity: Quantity?)
    case purchaseInvoice(orderId: String, unitPrice: Money)
    case issue(orderId: String, allowNegative: Bool)
    case complete(orderId: String, quantity: Quantity?)
    case close(orderId: String)
    case transferComplete(orderId: String)
    case move(itemId: String, fromPlantId: String, toPlantId: String, quantity: Quantity)
    case ship(dealId: String, lineNumber: Int32?, quantity: Quantity?)
    case dealInvoice(dealId: String)
    case paymentReceived(dealId: String, amount: Cents)
    case paymentMade(supplierId: String, amount: Cents)

    /// The event's kind, the first part of its natural key.
    public var kind: String {
        switch self {
        case .release: return "release"
        case .receive: return "receive"
        case .purchaseInvoice: return "purchase-invoice"
        case .issue: return "issue"
        case .complete: return "complete"
        case .close: return "close"
        case .transferComplete: return "transfer"
        case .move: return "move"
        case .ship: return "ship"
        case .dealInvoice: return "deal-invoice"
        case .paymentReceived: return "payment-received"
        case .paymentMade: return "payment-made"
        }
    }

    /// What the event is about: an order, a deal, an item or a supplier.
    public var subject: String {
        switch self {
        case .release(let id): return id
        case .receive(let id, _), .purchaseInvoice(let id, _), .issue(let id, _), .complete(let id, _),
             .close(let id), .transferComplete(let id):
            return id
        case .move(let item, _, _, _): return item
        case .ship(let deal, _, _), .dealInvoice(let deal), .paymentReceived(let deal, _): return deal
        case .paymentMade(let supplier, _): return supplier
        }
    }

    /// True for events an order or deal can have only once (their natural
    /// key is `kind/subject`); the others number their occurrences.
    var happensOnce: Bool {
        switch self {
        case .release, .issue, .close, .transferComplete: return true
        default: return false
        }
    }

    /// The arguments that make the event what it is, compared when a key is
    /// reused. The date is not part of it: a retry on a later day without
    /// `--date` is the same event (docs/ledger.md, Idempotency).
    var content: String {
        func quantity(_ q: Quantity?) -> String { q.map(\.description) ?? "rest" }
        switch self {
        case .release(let id): return "release \(id)"
        case .receive(let id, let q): return "receive \(id) qty=\(quantity(q))"
        case .purchaseInvoice(let id, let price): return "purchase-invoice \(id) price=\(price)"
        case .issue(let id, let allow): return "issue \(id) allow-negative=\(allow)"
        case .complete(let id, let q): return "complete \(id) qty=\(quantity(q))"
        case .close(let id): return "close \(id)"
        case .transferComplete(let id): return "transfer \(id)"
        case .move(let item, let from, let to, let q): return "move \(item) from=\(from) to=\(to) qty=\(q)"
        case .ship(let deal, let line, let q):
            return "ship \(deal) line=\(line.map { String($0) } ?? "all") qty=\(quantity(q))"
        case .dealInvoice(let deal): return "deal-invoice \(deal)"
        case .paymentReceived(let deal, let amount): return "payment-received \(deal) amount=\(amount)"
        case .paymentMade(let supplier, let amount): return "payment-made \(supplier) amount=\(amount)"
        }
    }
}

/// What recording a `StockEvent` did: the key it was recorded under, the
/// entries it posted (none when worth zero cents), a sentence for people,
/// and whether it had been recorded before (then nothing changed and
/// `entries` are the ones posted the first time).
public struct EventOutcome: Hashable, Sendable {
    public var key: String
    public var alreadyRecorded: Bool
    public var entries: [JournalEntry]
    public var summary: String
    /// The order an event created (`release`), if any.
    public var createdOrderId: String?
}

/// What `ledger post` did with a manual entry file: keys posted now and keys
/// found already posted with the same content.
public struct ManualPostingOutcome: Hashable, Sendable {
    public var postedKeys: [String]
    public var alreadyPostedKeys: [String]
    public var lineCount: Int
}

/// A made item's standard cost rolled up from its components.
public struct RolledUpCost: Hashable, Sendable {
    public var itemId: String
    public var plantId: String
    public var current: Money
    public var rolledUp: Money
}
