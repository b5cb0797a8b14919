public import FabrikCore

/// A supply in a plan: a planned order, a netted receipt or a node's stock
/// on hand, by its row in the plan's table.
public enum PlanSupply: Hashable, Sendable {
    case plannedOrder(row: Int)
    case receipt(row: Int)
    case onHand(row: Int)
}

/// One peg seen from its demand: `supply` covers `quantity` of the demand.
public struct DemandCover: Hashable, Sendable {
    public var supply: PlanSupply
    public var quantity: Quantity
}

/// The plan's pegs indexed both ways, so pegging can be walked up (from an
/// order to the deal lines it serves) and down (from a deal line to every
/// order, receipt and stock lot feeding it).
///
/// Invariant: `covers[r]` lists every peg whose demand is reference `r`, in
/// table order (planned orders, receipts, on hand) then peg order; building
/// is one pass over all pegs, O(pegs) memory.
public struct PegIndex: Sendable {
    public let plan: MaterialPlan
    private let covers: [PlanReference: [DemandCover]]
    private let receiptRowByOpenOrder: [Int32: Int]

    public init(plan: MaterialPlan) {
        self.plan = plan
        var covers: [PlanReference: [DemandCover]] = [:]
        func index(_ pegs: PegList, rows: Int, supply: (Int) -> PlanSupply) {
            for row in 0..<rows {
                for p in pegs.range(ofRow: row) {
                    covers[pegs.demand[p], default: []].append(DemandCover(supply: supply(row), quantity: pegs.quantity[p]))
                }
            }
        }
        index(plan.plannedOrders.pegs, rows: plan.plannedOrders.count) { .plannedOrder(row: $0) }
        index(plan.receipts.pegs, rows: plan.receipts.count) { .receipt(row: $0) }
        index(plan.onHand.pegs, rows: plan.onHand.count) { .onHand(row: $0) }
        self.covers = covers
        var byOpenOrder: [Int32: Int] = [:]
        for row in 0..<plan.receipts.count { byOpenOrder[plan.receipts.openOrder[row]] = row }
        receiptRowByOpenOrder = byOpenOrder
    }

    /// The supplies pegged to `demand`.
    public func covers(of demand: PlanReference) -> [DemandCover] { covers[demand] ?? [] }

    /// The reference naming a supply as a demand further down (its own
    /// component or source requirements), nil for stock on hand.
    public func reference(of supply: PlanSupply) -> PlanReference? {
        switch supply {
        case .plannedOrder(let row): return plan.plannedOrders.reference(ofRow: row)
        case .receipt(let row): return PlanReference(kind: .openOrder, value: plan.receipts.openOrder[row])
        case .onHand: return nil
        }
    }

    /// The supply an order reference names, if it is in the plan.
    public func supply(of reference: PlanReference) -> PlanSupply? {
        switch reference.kind {
        case .productionOrder, .purchaseOrder, .transferOrder:
            return plan.plannedOrderRow(of: reference).map { .plannedOrder(row: $0) }
        case .openOrder:
            return receiptRowByOpenOrder[reference.value].map { .receipt(row: $0) }
        default:
            return nil
        }
    }

    /// The pegs of a supply: what it serves.
    public func pegs(of supply: PlanSupply) -> [(demand: PlanReference, quantity: Quantity)] {
        let (list, row): (PegList, Int)
        switch supply {
        case .plannedOrder(let r): (list, row) = (plan.plannedOrders.pegs, r)
        case .receipt(let r): (list, row) = (plan.receipts.pegs, r)
        case .onHand(let r): (list, row) = (plan.onHand.pegs, r)
        }
        return list.range(ofRow: row).map { (list.demand[$0], list.quantity[$0]) }
    }

    /// The reference whose text is `text` (`DEAL/LINE`, an open order id,
    /// `MO-n`/`PO-n`/`TO-n`), or nil.
    public func reference(named text: String) -> PlanReference? {
        for prefix in [("MO-", PlanReference.Kind.productionOrder), ("PO-", .purchaseOrder), ("TO-", .transferOrder)] {
            if text.hasPrefix(prefix.0), let n = Int32(text.dropFirst(3)), n > 0, String(n) == String(text.dropFirst(3)) {
                return PlanReference(kind: prefix.1, value: n)
            }
        }
        // One linear scan per query: simpler than a search over two sort orders.
        if let i = plan.dealLineIds.firstIndex(where: { utf8Equal($0, text) }) { return PlanReference(kind: .dealLine, value: Int32(i)) }
        if let i = plan.openOrderIds.firstIndex(where: { utf8Equal($0, text) }) { return PlanReference(kind: .openOrder, value: Int32(i)) }
        return nil
    }
}
