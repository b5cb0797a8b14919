public import FabrikCore

/// The result of one MRP run: planned orders, netted receipts, on-hand, their
/// pegs, the exception messages and the run's counts. Self-contained: it
/// carries the code tables it points into, so it renders, persists and loads
/// back without the snapshot.
///
/// Layout (struct-of-arrays, Int32 indices, no classes):
/// - `plannedOrders` rows are in OUTPUT order: every `MO-n` by n, then `PO-n`,
///   then `TO-n`; row of `MO-n` is `n - 1`, of `PO-n` `productionCount + n - 1`
///   (see `plannedOrderRow(of:)`).
/// - `receipts` rows are sorted by order id (UTF-8 bytes).
/// - `onHand` rows are nodes with stock > 0, by (item, plant).
/// - each table's `pegs` is a CSR list in pegging order, `stock` last.
/// - `messages` are sorted per planning.md "Output order".
/// Items, plants and suppliers are indices into `itemCodes`, `plantCodes`,
/// `supplierCodes` (sorted by bytes, as in the snapshot); references are
/// `PlanReference`s resolved through `dealLineIds` and `openOrderIds`.
public struct MaterialPlan: Sendable {
    public var asOf: Day
    public var horizonDays: Int32
    public var itemCodes: [String]
    public var plantCodes: [String]
    public var supplierCodes: [String]
    /// `DEAL/LINE` of every won deal line, sorted by (deal_id bytes, line_no).
    public var dealLineIds: [String]
    /// Every open order id of the snapshot, sorted by bytes.
    public var openOrderIds: [String]
    public var plannedOrders: PlannedOrderTable
    public var receipts: ReceiptTable
    public var onHand: OnHandTable
    public var messages: [PlanMessage]
    public var statistics: PlanStatistics

    public init(asOf: Day, horizonDays: Int32, itemCodes: [String], plantCodes: [String], supplierCodes: [String],
                dealLineIds: [String], openOrderIds: [String], plannedOrders: PlannedOrderTable,
                receipts: ReceiptTable, onHand: OnHandTable, messages: [PlanMessage], statistics: PlanStatistics) {
        self.asOf = asOf
        self.horizonDays = horizonDays
        self.itemCodes = itemCodes
        self.plantCodes = plantCodes
        self.supplierCodes = supplierCodes
        self.dealLineIds = dealLineIds
        self.openOrderIds = openOrderIds
        self.plannedOrders = plannedOrders
        self.receipts = receipts
        self.onHand = onHand
        self.messages = messages
        self.statistics = statistics
    }

    /// The `plannedOrders` row of a planned-order reference, or nil.
    public func plannedOrderRow(of reference: PlanReference) -> Int? {
        let n = Int(reference.value)
        let counts = plannedOrders.countsByType
        switch reference.kind {
        case .productionOrder: return n >= 1 && n <= counts.production ? n - 1 : nil
        case .purchaseOrder: return n >= 1 && n <= counts.purchase ? counts.production + n - 1 : nil
        case .transferOrder:
            return n >= 1 && n <= counts.transfer ? counts.production + counts.purchase + n - 1 : nil
        default: return nil
        }
    }

    /// The text of a reference as the JSON writes it: `DEAL/1`, `OO-4`, `MO-3`,
    /// `safety-stock`, `stock`; nil for `.none` or an out-of-range value.
    public func text(of reference: PlanReference) -> String? {
        let v = Int(reference.value)
        switch reference.kind {
        case .none: return nil
        case .safetyStock: return "safety-stock"
        case .stock: return "stock"
        case .dealLine: return dealLineIds.indices.contains(v) ? dealLineIds[v] : nil
        case .openOrder: return openOrderIds.indices.contains(v) ? openOrderIds[v] : nil
        case .productionOrder: return "MO-\(v)"
        case .purchaseOrder: return "PO-\(v)"
        case .transferOrder: return "TO-\(v)"
        }
    }
}

/// Run counts of a plan. `seconds` is measured by the caller, not here.
public struct PlanStatistics: Sendable, Hashable {
    /// item_plants rows.
    public var nodes: Int
    public var plannedOrders: Int
    /// Won deal lines dated after the horizon, node or not.
    public var requirementsBeyondHorizon: Int

    public init(nodes: Int, plannedOrders: Int, requirementsBeyondHorizon: Int) {
        self.nodes = nodes
        self.plannedOrders = plannedOrders
        self.requirementsBeyondHorizon = requirementsBeyondHorizon
    }
}
