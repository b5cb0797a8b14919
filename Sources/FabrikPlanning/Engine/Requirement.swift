import FabrikCore

/// One gross requirement of a node, 24 bytes. `date` is the day it counts
/// on; `originalDue` is a deal line's written due date (0 otherwise), used
/// only to sort deal lines. `reference` is what it serves (the peg's demand).
///
/// `<` is planning.md's pegging order within a node: (counting date, class,
/// key) with classes safety-stock, deal lines (original due, deal_id,
/// line_no), open orders (id), planned orders (prefix, number) — the
/// `PlanReference.Kind` order.
struct Requirement: Sendable, Comparable {
    var date: Int32
    var originalDue: Int32
    var reference: PlanReference
    var quantity: Quantity

    static func < (a: Requirement, b: Requirement) -> Bool {
        if a.date != b.date { return a.date < b.date }
        if a.reference.kind != b.reference.kind { return a.reference.kind < b.reference.kind }
        if a.originalDue != b.originalDue { return a.originalDue < b.originalDue }
        return a.reference.value < b.reference.value
    }

    static func == (a: Requirement, b: Requirement) -> Bool {
        a.date == b.date && a.reference == b.reference && a.originalDue == b.originalDue && a.quantity == b.quantity
    }
}

/// A requirement produced for another node (component, transfer source, or
/// phantom pass-through). `node` is the target, -1 when (item, plant) has no
/// node. When `fromLocalOrder` is set, `requirement.reference.value` is the
/// producing chunk's local order index, replaced by the order number once
/// the level is numbered. `date` is not yet moved to a working day.
struct ChildRequirement: Sendable {
    var node: Int32
    var item: Int32
    var plant: Int32
    var fromLocalOrder: Bool
    var requirement: Requirement
}
