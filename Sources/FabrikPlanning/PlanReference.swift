/// What a peg or a message points at: a demand or an order, in 8 bytes.
///
/// `value` depends on `kind`: `dealLine` indexes `MaterialPlan.dealLineIds`,
/// `openOrder` indexes `MaterialPlan.openOrderIds`, the three planned kinds
/// carry the order's number n (`MO-n`, `PO-n`, `TO-n`), the others carry 0.
/// Both tables are sorted in reference order, so the synthesized-looking
/// `<` (kind, then value) IS planning.md's reference order: null,
/// `safety-stock`, deal lines (deal_id, line_no), open order ids, planned
/// orders (MO, PO, TO, then number), `stock`.
public struct PlanReference: Hashable, Comparable, Sendable {
    /// The kinds, declared in reference order.
    public enum Kind: UInt8, Sendable, Comparable {
        case none, safetyStock, dealLine, openOrder, productionOrder, purchaseOrder, transferOrder, stock
        public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }

    public var kind: Kind
    public var value: Int32

    public init(kind: Kind, value: Int32 = 0) {
        self.kind = kind
        self.value = value
    }

    public static let none = PlanReference(kind: .none)
    public static let safetyStock = PlanReference(kind: .safetyStock)
    public static let stock = PlanReference(kind: .stock)

    public static func < (a: PlanReference, b: PlanReference) -> Bool {
        a.kind != b.kind ? a.kind < b.kind : a.value < b.value
    }

    /// True for `MO-n`, `PO-n` and `TO-n`.
    public var isPlannedOrder: Bool { kind == .productionOrder || kind == .purchaseOrder || kind == .transferOrder }
}
