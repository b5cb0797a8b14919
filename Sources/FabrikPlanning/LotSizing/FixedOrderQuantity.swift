import FabrikCore

/// `fixed`: one order of the smallest multiple of lot_size that covers the
/// need (not Orlicky's max(lot, net), nor several orders of exactly lot_size).
/// A lot_size of zero (import forbids it) degrades to lot-for-lot.
enum FixedOrderQuantity {
    @inline(__always) static func quantity(need: Quantity, lotSize: Quantity) -> Quantity {
        need.roundedUp(toMultipleOf: lotSize)
    }
}
