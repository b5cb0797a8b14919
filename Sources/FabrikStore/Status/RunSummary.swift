public import FabrikCore
public import FabrikPlanning

/// What `GET /status` shows: the last MRP run and, when the schedule tables
/// exist and hold a run, the last schedule run.
public struct RunSummary: Sendable, Hashable {
    public var mrp: MRPRunSummary?
    public var schedule: ScheduleRunSummary?
}

/// The last `mrp_runs` row with the current plan's counts by type, read in
/// the same transaction (so they belong to that run).
public struct MRPRunSummary: Sendable, Hashable {
    public var runId: Int
    public var asOf: Day
    public var horizonDays: Int
    public var storedAt: String
    public var seconds: Double
    public var nodes: Int
    public var plannedOrders: Int
    /// Planned orders by type name (`production`, `purchase`, `transfer`), every type present.
    public var ordersByType: [TypeCount]
    public var receipts: Int
    public var onHand: Int
    public var pegs: Int
    public var messages: Int
    /// Messages by type name, only types with messages, by name.
    public var messagesByType: [TypeCount]
    public var requirementsBeyondHorizon: Int
}

/// A count of rows of one type (`production`, `late-release`...).
public struct TypeCount: Sendable, Hashable {
    public var type: String
    public var count: Int
}

/// The last `schedule_runs` row.
public struct ScheduleRunSummary: Sendable, Hashable {
    public var runId: Int
    public var asOf: Day
    public var storedAt: String
    public var seconds: Double
    public var operations: Int
    public var orders: Int
    public var messages: Int
    public var makespanMinutes: Int
    /// The `mrp_runs` id of the plan it was computed from, nil when not recorded.
    public var planRunId: Int? = nil
    /// True when it is current for the stored plan (`ScheduleStaleness.of`),
    /// so `order status` uses its dates; `staleBecause` says why not otherwise.
    public var isCurrent = false
    public var staleBecause: String? = nil
}

/// What `GET /items/{item_id}` shows: the item, and per plant its node,
/// stock, open supply and planned supply.
public struct ItemInfo: Sendable {
    public var itemId: String
    public var name: String
    public var unitOfMeasure: String
    public var standardCost: Money
    /// The stored plan's as_of and run, nil without a plan.
    public var planAsOf: Day?
    public var planRunId: Int?
    public var plants: [ItemPlantInfo]
}

/// One plant of an item: node data (nil procurement when the item has stock
/// or supply there without a node), stock and supply.
public struct ItemPlantInfo: Sendable {
    public var plantId: String
    public var procurement: Procurement?
    public var leadTimeDays: Int32?
    public var safetyStock: Quantity?
    public var onHand: Quantity
    public var openSupply: [ItemOpenSupply]
    public var plannedSupply: [ItemPlannedSupply]
}

/// An open order of the item, with its state now.
public struct ItemOpenSupply: Sendable {
    public var orderId: String
    public var type: OrderType
    public var quantity: Quantity
    public var receivedQuantity: Quantity
    public var dueDate: Day
    public var state: SupplyState
}

/// A planned order of the item in the stored plan.
public struct ItemPlannedSupply: Sendable {
    public var orderId: String
    public var type: OrderType
    public var quantity: Quantity
    public var releaseDate: Day
    public var dueDate: Day
    public var convertedTo: String?
}
