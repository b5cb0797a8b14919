import FabrikCore

/// Per-node columns derived from the snapshot rows: applicable BOM range
/// (after plant-specific replacement), transfer source node, primary supplier
/// with its minimum, multiple and lead time, and stock on hand.
///
/// Primary supplier: lowest priority, then lowest supplier index (= id bytes).
/// Only `buy` nodes get one. The effective lead time is the supplier's when
/// set, else the node's.
struct NodeColumns: Sendable {
    var bomLow: [Int32]
    var bomHigh: [Int32]
    var sourceNode: [Int32]
    var supplier: [Int32]
    var supplierMinimum: [Quantity]
    var supplierMultiple: [Quantity]
    var leadTimeDays: [Int32]
    var onHand: [Quantity]

    init(snapshot: PlanningSnapshot, nodes: NodeTable, bom: BomTable) {
        let n = nodes.count
        bomLow = [Int32](repeating: 0, count: n)
        bomHigh = [Int32](repeating: 0, count: n)
        sourceNode = [Int32](repeating: -1, count: n)
        supplier = [Int32](repeating: -1, count: n)
        supplierMinimum = [Quantity](repeating: .zero, count: n)
        supplierMultiple = [Quantity](repeating: .zero, count: n)
        leadTimeDays = nodes.rows.map(\.leadTimeDays)
        onHand = [Quantity](repeating: .zero, count: n)
        for (i, row) in nodes.rows.enumerated() {
            switch row.procurement {
            case .make, .phantom:
                let range = bom.lines(parent: row.item, plant: row.plant)
                bomLow[i] = Int32(range.lowerBound)
                bomHigh[i] = Int32(range.upperBound)
            case .transfer:
                if row.sourcePlant >= 0 { sourceNode[i] = nodes.node(item: row.item, plant: row.sourcePlant) }
            case .buy:
                break
            }
        }
        choosePrimarySuppliers(snapshot.supplierItems, nodes)
        for row in snapshot.onHand {
            let node = nodes.node(item: row.item, plant: row.plant)
            if node >= 0 { onHand[Int(node)] += row.quantity }
        }
    }

    private mutating func choosePrimarySuppliers(_ rows: [SupplierItemRow], _ nodes: NodeTable) {
        var chosen = [Int32](repeating: -1, count: nodes.count)
        for (r, row) in rows.enumerated() {
            let node = nodes.node(item: row.item, plant: row.plant)
            guard node >= 0, nodes.rows[Int(node)].procurement == .buy else { continue }
            let current = chosen[Int(node)]
            if current < 0 || (row.priority, row.supplier) < (rows[Int(current)].priority, rows[Int(current)].supplier) {
                chosen[Int(node)] = Int32(r)
            }
        }
        for (node, r) in chosen.enumerated() where r >= 0 {
            let row = rows[Int(r)]
            supplier[node] = row.supplier
            supplierMinimum[node] = row.minOrderQuantity
            supplierMultiple[node] = row.orderMultiple
            if let days = row.leadTimeDays { leadTimeDays[node] = days }
        }
    }
}
