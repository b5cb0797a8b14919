public import FabrikCore

/// Everything `OrderStatusBuilder` reads for one deal, loaded by the store in
/// one read transaction so that plan, order states and deal agree.
///
/// `pegIndex` is nil when no plan is stored. `openOrders` and `conversions`
/// need only cover the orders pegged below the deal's lines (the store reads
/// exactly those); a missing entry renders as state `approved`.
/// `calendars` and `leadTimeDays` are keyed by plant / (item, plant) ids.
public struct OrderStatusInput: Sendable {
    public var deal: DealFacts
    public var lines: [DealLineFacts]
    public var pegIndex: PegIndex?
    /// The stored run the plan came from (`mrp_runs.id`), with when it was stored.
    public var runId: Int?
    public var storedAt: String?
    public var openOrders: [IdKey: OpenOrderFacts]
    /// Planned order (`MO-n`...) -> the open order it was approved or released as.
    public var conversions: [PlanReference: String]
    public var calendars: [IdKey: WorkCalendar]
    public var leadTimeDays: [NodeKey: Int32]
    /// Shipped, invoiced and paid amounts from the ledger; nil when the
    /// ledger tables are absent.
    public var ledger: DealLedgerFacts?
    /// The last stored schedule, nil when none is stored; its days replace
    /// the plan's for production orders only when it is current.
    public var schedule: StatusSchedule?

    public init(deal: DealFacts, lines: [DealLineFacts], pegIndex: PegIndex?, runId: Int? = nil, storedAt: String? = nil,
                openOrders: [IdKey: OpenOrderFacts] = [:], conversions: [PlanReference: String] = [:],
                calendars: [IdKey: WorkCalendar] = [:], leadTimeDays: [NodeKey: Int32] = [:], ledger: DealLedgerFacts? = nil,
                schedule: StatusSchedule? = nil) {
        self.deal = deal
        self.lines = lines
        self.pegIndex = pegIndex
        self.runId = runId
        self.storedAt = storedAt
        self.openOrders = openOrders
        self.conversions = conversions
        self.calendars = calendars
        self.leadTimeDays = leadTimeDays
        self.ledger = ledger
        self.schedule = schedule
    }
}

/// An (item, plant) pair by ids, compared by bytes.
public struct NodeKey: Hashable, Sendable {
    public var item: IdKey
    public var plant: IdKey
    public init(item: String, plant: String) {
        self.item = IdKey(item)
        self.plant = IdKey(plant)
    }
}

/// A deal's header as sales see it.
public struct DealFacts: Hashable, Sendable {
    public var dealId: String
    public var title: String
    public var stage: DealStage
    public var customerId: String
    public var customerName: String

    public init(dealId: String, title: String, stage: DealStage, customerId: String, customerName: String) {
        self.dealId = dealId
        self.title = title
        self.stage = stage
        self.customerId = customerId
        self.customerName = customerName
    }
}

/// One deal line as stored: ordered and shipped quantities, due date, price.
public struct DealLineFacts: Hashable, Sendable {
    public var lineNumber: Int32
    public var itemId: String
    public var plantId: String
    public var quantity: Quantity
    public var shippedQuantity: Quantity
    public var dueDate: Day
    public var unitPrice: Money

    public init(lineNumber: Int32, itemId: String, plantId: String, quantity: Quantity, shippedQuantity: Quantity = .zero,
                dueDate: Day, unitPrice: Money = .zero) {
        self.lineNumber = lineNumber
        self.itemId = itemId
        self.plantId = plantId
        self.quantity = quantity
        self.shippedQuantity = shippedQuantity
        self.dueDate = dueDate
        self.unitPrice = unitPrice
    }

    /// `DEAL/LINE`, the plan's name of this line as a demand.
    public func demandId(dealId: String) -> String { "\(dealId)/\(lineNumber)" }
}

/// The current state columns of one open order (`open_orders`).
public struct OpenOrderFacts: Hashable, Sendable {
    public var orderId: String
    public var type: OrderType
    public var quantity: Quantity
    /// Received (purchase, transfer) or completed (production) quantity.
    public var receivedQuantity: Quantity
    /// Production: components issued. Transfer: shipped from the source.
    public var issued: Bool
    public var closed: Bool
    public var dueDate: Day

    public init(orderId: String, type: OrderType, quantity: Quantity, receivedQuantity: Quantity = .zero,
                issued: Bool = false, closed: Bool = false, dueDate: Day) {
        self.orderId = orderId
        self.type = type
        self.quantity = quantity
        self.receivedQuantity = receivedQuantity
        self.issued = issued
        self.closed = closed
        self.dueDate = dueDate
    }

    /// The state the order is in now (see `SupplyState`).
    public var state: SupplyState {
        let done = closed || quantity <= receivedQuantity
        switch type {
        case .purchase: return done ? .received : .approved
        case .production: return done ? .complete : (issued ? .inProduction : .approved)
        case .transfer: return done ? .received : (issued ? .inTransit : .approved)
        }
    }
}

/// What the ledger knows about a deal, in cents. `shippedValue` is the cost
/// of goods shipped (COGS at standard), `invoiced` the receivables debited,
/// `paid` the receivables credited.
public struct DealLedgerFacts: Hashable, Sendable {
    public var shippedValueCents: Int64
    public var invoicedCents: Int64
    public var paidCents: Int64

    public init(shippedValueCents: Int64, invoicedCents: Int64, paidCents: Int64) {
        self.shippedValueCents = shippedValueCents
        self.invoicedCents = invoicedCents
        self.paidCents = paidCents
    }
}

extension DealFacts {
    /// The answer for a deal that is not won: one sentence naming its stage.
    public var notWonSentence: String {
        stage == .lost
            ? "Deal \(dealId) is lost: it is not an order, so it has no order status."
            : "Deal \(dealId) is not won yet (stage \(stage.name)): it is not an order, so it has no order status; win it with `fabrik deal win \(dealId)`."
    }
}
