/// Everything MRP reads, loaded once from the store as plain arrays, immutable
/// while the engine runs.
///
/// Identity: items, plants and suppliers are dense indices into `itemCodes`,
/// `plantCodes` and `supplierCodes`. Invariants (checked by
/// `checkInvariants()`, which loaders and tests call):
/// - each code table is sorted ascending by UTF-8 bytes without duplicates,
///   so comparing two indices compares their ids;
/// - every index in every row is in range; `-1` means "none" where a field
///   says so;
/// - row arrays carry no order guarantee beyond what is documented per field:
///   the engine sorts what it needs.
/// Nothing here is a class; rows are small PODs (Int32 indices, Int64 fixed point).
public struct PlanningSnapshot: Sendable {
    public var itemCodes: [String]
    /// Fractional digits of each item's quantities (0-6).
    public var itemDecimals: [UInt8]
    public var plantCodes: [String]
    /// Working calendar of each plant, by plant index.
    public var plantCalendars: [WorkCalendar]
    public var supplierCodes: [String]
    /// item_plants rows: the planning nodes.
    public var nodes: [NodeRow]
    /// Every BOM line, whatever its plant or dates.
    public var bomLines: [BomLineRow]
    public var supplierItems: [SupplierItemRow]
    /// Stock on hand per (item, plant), positive or zero; at most one row per pair.
    public var onHand: [OnHandRow]
    /// Open orders not closed, with their quantity still open (> 0).
    public var openOrders: [OpenOrderRow]
    /// Lines of won deals, quantity not yet shipped (> 0).
    public var demandLines: [DemandLineRow]

    public init(
        itemCodes: [String], itemDecimals: [UInt8], plantCodes: [String], plantCalendars: [WorkCalendar],
        supplierCodes: [String], nodes: [NodeRow], bomLines: [BomLineRow], supplierItems: [SupplierItemRow],
        onHand: [OnHandRow], openOrders: [OpenOrderRow], demandLines: [DemandLineRow]
    ) {
        self.itemCodes = itemCodes
        self.itemDecimals = itemDecimals
        self.plantCodes = plantCodes
        self.plantCalendars = plantCalendars
        self.supplierCodes = supplierCodes
        self.nodes = nodes
        self.bomLines = bomLines
        self.supplierItems = supplierItems
        self.onHand = onHand
        self.openOrders = openOrders
        self.demandLines = demandLines
    }

    public static let empty = PlanningSnapshot(
        itemCodes: [], itemDecimals: [], plantCodes: [], plantCalendars: [], supplierCodes: [],
        nodes: [], bomLines: [], supplierItems: [], onHand: [], openOrders: [], demandLines: [])
}

/// One item_plants row. `sourcePlant` is -1 unless procurement is transfer.
/// `lotSize` is a quantity for `fixed`, a whole number of days (as
/// `Quantity.units(days)`) for `poq`, ignored for `lfl`.
public struct NodeRow: Hashable, Sendable {
    public var item: Int32
    public var plant: Int32
    public var procurement: Procurement
    public var sourcePlant: Int32
    public var leadTimeDays: Int32
    public var lotRule: LotRule
    public var lotSize: Quantity
    public var minQuantity: Quantity
    public var multiple: Quantity
    public var safetyStock: Quantity

    public init(item: Int32, plant: Int32, procurement: Procurement, sourcePlant: Int32 = -1, leadTimeDays: Int32 = 0,
                lotRule: LotRule = .lotForLot, lotSize: Quantity = .zero, minQuantity: Quantity = .zero,
                multiple: Quantity = .zero, safetyStock: Quantity = .zero) {
        self.item = item
        self.plant = plant
        self.procurement = procurement
        self.sourcePlant = sourcePlant
        self.leadTimeDays = leadTimeDays
        self.lotRule = lotRule
        self.lotSize = lotSize
        self.minQuantity = minQuantity
        self.multiple = multiple
        self.safetyStock = safetyStock
    }
}

/// One bom.csv line. `plant` -1 = every plant. Validity is inclusive;
/// `validFrom`/`validTo` nil = open.
public struct BomLineRow: Hashable, Sendable {
    public var parentItem: Int32
    public var componentItem: Int32
    public var plant: Int32
    public var quantityPer: Quantity
    /// scrap_pct * 100 (0-10,000): 2.5 % is 250.
    public var scrapBasisPoints: Int32
    public var validFrom: Day?
    public var validTo: Day?

    public init(parentItem: Int32, componentItem: Int32, plant: Int32 = -1, quantityPer: Quantity,
                scrapBasisPoints: Int32 = 0, validFrom: Day? = nil, validTo: Day? = nil) {
        self.parentItem = parentItem
        self.componentItem = componentItem
        self.plant = plant
        self.quantityPer = quantityPer
        self.scrapBasisPoints = scrapBasisPoints
        self.validFrom = validFrom
        self.validTo = validTo
    }

    /// True when the line is effective on `day`.
    @inlinable public func isEffective(on day: Day) -> Bool {
        if let validFrom, day < validFrom { return false }
        if let validTo, validTo < day { return false }
        return true
    }
}

/// One supplier_items row. `leadTimeDays` nil = blank (use the node's).
public struct SupplierItemRow: Hashable, Sendable {
    public var supplier: Int32
    public var item: Int32
    public var plant: Int32
    public var leadTimeDays: Int32?
    public var unitPrice: Money
    public var minOrderQuantity: Quantity
    public var orderMultiple: Quantity
    public var priority: Int32

    public init(supplier: Int32, item: Int32, plant: Int32, leadTimeDays: Int32? = nil, unitPrice: Money = .zero,
                minOrderQuantity: Quantity = .zero, orderMultiple: Quantity = .zero, priority: Int32 = 1) {
        self.supplier = supplier
        self.item = item
        self.plant = plant
        self.leadTimeDays = leadTimeDays
        self.unitPrice = unitPrice
        self.minOrderQuantity = minOrderQuantity
        self.orderMultiple = orderMultiple
        self.priority = priority
    }
}

/// Stock on hand of an item at a plant.
public struct OnHandRow: Hashable, Sendable {
    public var item: Int32
    public var plant: Int32
    public var quantity: Quantity
    public init(item: Int32, plant: Int32, quantity: Quantity) {
        self.item = item
        self.plant = plant
        self.quantity = quantity
    }
}

/// A scheduled receipt: an open order with `openQuantity` still to come.
/// `supplier` and `sourcePlant` are -1 when absent.
public struct OpenOrderRow: Hashable, Sendable {
    public var orderId: String
    public var type: OrderType
    public var item: Int32
    public var plant: Int32
    public var openQuantity: Quantity
    public var dueDate: Day
    public var supplier: Int32
    public var sourcePlant: Int32
    /// Production: components already issued. Transfer: already shipped.
    public var issued: Bool

    public init(orderId: String, type: OrderType, item: Int32, plant: Int32, openQuantity: Quantity, dueDate: Day,
                supplier: Int32 = -1, sourcePlant: Int32 = -1, issued: Bool = false) {
        self.orderId = orderId
        self.type = type
        self.item = item
        self.plant = plant
        self.openQuantity = openQuantity
        self.dueDate = dueDate
        self.supplier = supplier
        self.sourcePlant = sourcePlant
        self.issued = issued
    }
}

/// A line of a won deal: independent demand of `openQuantity` (not yet shipped).
/// The item/plant need not be a node (then it is `no-planning-data`).
public struct DemandLineRow: Hashable, Sendable {
    public var dealId: String
    public var lineNumber: Int32
    public var item: Int32
    public var plant: Int32
    public var openQuantity: Quantity
    public var dueDate: Day
    public var unitPrice: Money

    public init(dealId: String, lineNumber: Int32, item: Int32, plant: Int32, openQuantity: Quantity, dueDate: Day,
                unitPrice: Money = .zero) {
        self.dealId = dealId
        self.lineNumber = lineNumber
        self.item = item
        self.plant = plant
        self.openQuantity = openQuantity
        self.dueDate = dueDate
        self.unitPrice = unitPrice
    }
}
