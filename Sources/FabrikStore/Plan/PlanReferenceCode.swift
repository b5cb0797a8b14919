internal import FabrikCore
internal import FabrikPlanning

/// The INTEGER form of a `PlanReference` in the plan tables:
/// `kind.rawValue << 32 | value` (value >= 0). Integer order equals
/// reference order, and planned orders sort MO, PO, TO, then number: the
/// output order, so `ORDER BY code` needs no sort key of its own. Kind 8
/// (`onHandKind`) names a row of `plan_on_hand` as a peg's supply.
enum PlanReferenceCode {
    static let onHandKind: Int64 = 8

    static func encode(_ reference: PlanReference) -> Int64 {
        Int64(reference.kind.rawValue) << 32 | Int64(UInt32(bitPattern: reference.value))
    }

    static func onHand(row: Int) -> Int64 { onHandKind << 32 | Int64(row) }

    /// The reference of a code, or nil for an unknown kind (a hand-edited row).
    static func decode(_ code: Int64) -> PlanReference? {
        guard let kind = PlanReference.Kind(rawValue: UInt8(truncatingIfNeeded: code >> 32)), code >> 32 < 8, code >= 0 else {
            return nil
        }
        return PlanReference(kind: kind, value: Int32(bitPattern: UInt32(truncatingIfNeeded: code)))
    }

    static func kind(of type: OrderType) -> PlanReference.Kind {
        switch type {
        case .production: return .productionOrder
        case .purchase: return .purchaseOrder
        case .transfer: return .transferOrder
        }
    }

    /// Parses a planned order id `MO-n`, `PO-n` or `TO-n` (n in 1...Int32.max,
    /// digits only, no leading zero).
    static func plannedOrder(_ id: String) -> (type: OrderType, number: Int32)? {
        let bytes = Array(id.utf8)
        guard bytes.count >= 4, bytes[2] == UInt8(ascii: "-"), bytes[1] == UInt8(ascii: "O") else { return nil }
        let type: OrderType
        switch bytes[0] {
        case UInt8(ascii: "M"): type = .production
        case UInt8(ascii: "P"): type = .purchase
        case UInt8(ascii: "T"): type = .transfer
        default: return nil
        }
        let digits = bytes[3...]
        guard digits.count <= 10, digits.first != UInt8(ascii: "0"),
              digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        let number = digits.reduce(Int64(0)) { $0 * 10 + Int64($1 - UInt8(ascii: "0")) }
        guard number >= 1, number <= Int64(Int32.max) else { return nil }
        return (type, Int32(number))
    }
}
