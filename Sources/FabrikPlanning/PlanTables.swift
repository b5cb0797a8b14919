public import FabrikCore

/// Pegs of the rows of one table in compressed form: the pegs of row `r` are
/// `demand[start[r] ..< start[r + 1]]` with `quantity` alongside.
/// Invariant: `start.count == rows + 1`, non-decreasing, starts at 0, ends at
/// `demand.count == quantity.count`; within a row, pegging order, `stock` last.
public struct PegList: Sendable, Hashable {
    public var start: [Int32]
    public var demand: [PlanReference]
    public var quantity: [Quantity]

    public init(start: [Int32] = [0], demand: [PlanReference] = [], quantity: [Quantity] = []) {
        self.start = start
        self.demand = demand
        self.quantity = quantity
    }

    /// Peg positions of row `row`.
    @inlinable public func range(ofRow row: Int) -> Range<Int> { Int(start[row])..<Int(start[row + 1]) }

    /// Appends one peg to the row being built (call `closeRow()` after each row).
    @inlinable public mutating func append(_ reference: PlanReference, _ qty: Quantity) {
        demand.append(reference)
        quantity.append(qty)
    }

    /// Ends the current row.
    @inlinable public mutating func closeRow() { start.append(Int32(demand.count)) }

    mutating func reserve(rows: Int, pegs: Int) {
        start.reserveCapacity(rows + 1)
        demand.reserveCapacity(pegs)
        quantity.reserveCapacity(pegs)
    }
}

/// Planned orders as columns, in output order (MO by number, PO, TO).
/// Invariant: all columns have `count` rows; `supplier`/`sourcePlant` are -1
/// when absent; numbers of each type run 1...n in row order.
public struct PlannedOrderTable: Sendable, Hashable {
    public var type: [OrderType] = []
    public var number: [Int32] = []
    public var item: [Int32] = []
    public var plant: [Int32] = []
    public var quantity: [Quantity] = []
    public var releaseDate: [Day] = []
    public var dueDate: [Day] = []
    public var supplier: [Int32] = []
    public var sourcePlant: [Int32] = []
    public var pegs = PegList()

    public init() {}

    public var count: Int { type.count }

    /// Rows of each type (they are contiguous, in the order MO, PO, TO).
    /// Two binary searches, O(log n): `MaterialPlan.plannedOrderRow(of:)`
    /// asks for every reference it resolves, so a linear count made peg
    /// walks over large plans quadratic.
    public var countsByType: (production: Int, purchase: Int, transfer: Int) {
        let production = firstRow { $0 != .production }
        let purchaseEnd = firstRow { $0 == .transfer }
        return (production, purchaseEnd - production, type.count - purchaseEnd)
    }

    /// The first row whose type satisfies `isPast` (which must hold for a
    /// suffix of the rows), or `count`.
    private func firstRow(where isPast: (OrderType) -> Bool) -> Int {
        var low = 0, high = type.count
        while low < high {
            let middle = (low + high) / 2
            if isPast(type[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// The reference naming row `row` (`MO-n`...).
    public func reference(ofRow row: Int) -> PlanReference {
        PlanReference(kind: PlannedOrderTable.referenceKind(of: type[row]), value: number[row])
    }

    static func referenceKind(of type: OrderType) -> PlanReference.Kind {
        switch type {
        case .production: return .productionOrder
        case .purchase: return .purchaseOrder
        case .transfer: return .transferOrder
        }
    }
}

/// Netted scheduled receipts, sorted by order id. `openOrder` is the row's
/// index into `MaterialPlan.openOrderIds`; `dueDate` is the written due date,
/// `effectiveDate` the day it counts on. Invariant: equal column lengths.
public struct ReceiptTable: Sendable, Hashable {
    public var openOrder: [Int32] = []
    public var type: [OrderType] = []
    public var item: [Int32] = []
    public var plant: [Int32] = []
    public var quantity: [Quantity] = []
    public var dueDate: [Day] = []
    public var effectiveDate: [Day] = []
    public var pegs = PegList()

    public init() {}

    public var count: Int { openOrder.count }
}

/// Nodes with stock on hand (> 0) by (item, plant), with the stock's pegs.
public struct OnHandTable: Sendable, Hashable {
    public var item: [Int32] = []
    public var plant: [Int32] = []
    public var quantity: [Quantity] = []
    public var pegs = PegList()

    public init() {}

    public var count: Int { item.count }
}
