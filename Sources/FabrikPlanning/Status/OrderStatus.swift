public import FabrikCore

/// The state of one supply feeding a deal line, in the order it advances.
/// Names are the JSON values (`planned`, `in-production`...).
public enum SupplyState: UInt8, Sendable, CaseIterable {
    /// Stock on hand reserved by the plan.
    case inStock
    /// A planned order not yet approved or released.
    case planned
    /// An open order (imported, approved `PUR-n`, released `MFG-n`/`TRF-n`) not started.
    case approved
    /// An open production order whose components are issued.
    case inProduction
    /// An open transfer shipped from its source plant.
    case inTransit
    /// A purchase or transfer received in full (or closed).
    case received
    /// A production order completed in full (or closed).
    case complete

    public var name: String {
        ["in-stock", "planned", "approved", "in-production", "in-transit", "received", "complete"][Int(rawValue)]
    }
}

/// The answer of `fabrik order status`: the deal, each line with the supply
/// chain the plan pegs to it and its projected completion, and the ledger.
public struct OrderStatus: Sendable {
    public var deal: DealFacts
    /// The plan's as_of, nil without a stored plan.
    public var asOf: Day?
    public var runId: Int?
    public var storedAt: String?
    public var lines: [LineStatus]
    public var ledger: DealLedgerFacts?
    /// The last stored schedule (its `orders` left out), nil when none is
    /// stored; its dates were used exactly when `isCurrent`.
    public var schedule: StatusSchedule?
    /// The deal's amount: sum over lines of qty x unit price.
    public var value: Money

    /// The latest projected completion of any line, nil when a line has none.
    public var projectedCompletion: Day? {
        var latest: Day?
        for line in lines where line.openQuantity.isPositive {
            guard let day = line.projectedCompletion else { return nil }
            latest = latest.map { max($0, day) } ?? day
        }
        return latest
    }

    /// True when any line is late.
    public var isLate: Bool { lines.contains { $0.isLate } }
}

/// Where a deal line stands.
public enum LineState: UInt8, Sendable {
    /// Everything shipped.
    case shipped
    /// The plan pegs supply to it (possibly not all of it).
    case planned
    /// The stored plan has no pegs for it: won after the run, beyond the
    /// horizon, or without planning data.
    case notPlanned

    public var name: String { ["shipped", "planned", "not-planned"][Int(rawValue)] }
}

/// One deal line's status. `supplies` is the pegging tree below the line in
/// pre-order (depth 1 = pegged to the line itself).
public struct LineStatus: Sendable {
    public var line: DealLineFacts
    public var state: LineState
    public var openQuantity: Quantity
    /// Open quantity not covered by any peg.
    public var uncoveredQuantity: Quantity
    public var reservedStock: Quantity
    public var supplies: [SupplyStatus]
    public var projectedCompletion: Day?
    /// Calendar days after the due date (0 when on time or unknown).
    public var daysLate: Int32
    /// The supply whose lateness makes the line late (`MO-3`, `PUR-1`), nil
    /// when on time or when the line is late only because its due date is past.
    public var lateBecause: String?
    /// Where `projectedCompletion` comes from (that of the supply deciding
    /// it); nil without a completion date.
    public var dateSource: DateSource?

    public var isLate: Bool { daysLate > 0 }
}

/// One supply in a line's pegging tree, with the forward pass's dates.
public struct SupplyStatus: Sendable, Hashable {
    /// The three sources of supply in a plan.
    public enum Kind: UInt8, Sendable {
        case plannedOrder, openOrder, stock
        public var name: String { ["planned-order", "open-order", "stock"][Int(rawValue)] }
    }
    public var depth: Int
    public var kind: Kind
    /// `MO-3`, `PUR-1`, or `stock`.
    public var id: String
    public var type: OrderType?
    public var itemId: String
    public var plantId: String
    /// What the parent (the line or an order) takes from it.
    public var peggedQuantity: Quantity
    /// The whole order's (or lot's) quantity.
    public var quantity: Quantity
    /// What feeds on it: the deal line `DEAL/LINE` or the parent order.
    public var feeds: String
    public var state: SupplyState
    /// The open order a planned order became (approved or released), if any.
    public var convertedTo: String?
    public var receivedQuantity: Quantity?
    public var releaseDate: Day?
    public var dueDate: Day?
    public var projectedStart: Day?
    public var projectedFinish: Day
    public var supplier: String?
    public var sourcePlant: String?
    /// Where `projectedStart`/`projectedFinish` come from: `schedule` for a
    /// production order of the current schedule (or a supply its scheduled
    /// end pushes), else `plan`.
    public var dateSource: DateSource = .plan

    /// True when the forward pass finishes it after its due date.
    public var isLate: Bool { dueDate.map { $0 < projectedFinish } ?? false }
}
