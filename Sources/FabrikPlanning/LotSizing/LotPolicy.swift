import FabrikCore

/// How a node turns a need into an order quantity (planning.md "Lot sizing,
/// in this order"): 1. the rule (`lfl`, `fixed`, `poq`), 2. raise to
/// min_qty, then the primary supplier's min_order_qty, 3. round up to
/// multiple, then the supplier's order_multiple, 4. round up to the item's
/// decimals. Supplier fields are zero for nodes that are not `buy`.
///
/// Invariant: `poqDays >= 1` when the rule is poq. Pure value, O(1) apply.
struct LotPolicy: Sendable {
    var rule: LotRule
    var lotSize: Quantity
    var poqDays: Int32
    var minimum: Quantity
    var supplierMinimum: Quantity
    var multiple: Quantity
    var supplierMultiple: Quantity
    var decimals: Int

    init(node: NodeRow, supplierMinimum: Quantity, supplierMultiple: Quantity, decimals: UInt8) {
        rule = node.lotRule
        lotSize = node.lotSize
        let days = node.lotSize.rawMicros / Quantity.scale
        poqDays = Int32(clamping: Swift.max(1, days))
        minimum = node.minQuantity
        self.supplierMinimum = supplierMinimum
        multiple = node.multiple
        self.supplierMultiple = supplierMultiple
        self.decimals = Int(decimals)
    }

    /// The order quantity for `need` (> 0): for lfl and poq the need itself
    /// (poq's need is already the largest shortage over its period, see
    /// `PeriodOrderQuantity`), for fixed the smallest multiple of lot_size
    /// covering it; then minimums, multiples and decimals.
    func orderQuantity(need: Quantity) -> Quantity {
        var q: Quantity
        switch rule {
        case .lotForLot: q = LotForLot.quantity(need: need)
        case .fixedOrderQuantity: q = FixedOrderQuantity.quantity(need: need, lotSize: lotSize)
        case .periodOrderQuantity: q = need
        }
        q = Quantity.max(q, minimum)
        q = Quantity.max(q, supplierMinimum)
        q = q.roundedUp(toMultipleOf: multiple)
        q = q.roundedUp(toMultipleOf: supplierMultiple)
        return q.roundedUp(toDecimals: decimals)
    }
}
