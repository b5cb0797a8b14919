import FabrikCore

/// `lfl`: order exactly the net requirement.
enum LotForLot {
    @inline(__always) static func quantity(need: Quantity) -> Quantity { need }
}
