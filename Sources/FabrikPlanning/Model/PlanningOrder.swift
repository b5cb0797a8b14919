import FabrikCore

/// The node graph (planning.md: make/phantom node -> components that are
/// nodes at its plant, every applicable line whatever its dates; transfer
/// node -> same item at its source plant), its cycle check, low-level codes
/// and the planning order (code, then node index = (item, plant)).
///
/// Invariant: `order` is a permutation of the nodes; `levelStart` has
/// levels + 1 entries; a node's parents all have smaller codes.
struct PlanningOrder: Sendable {
    let order: [Int32]
    let levelStart: [Int32]
    let levelOfNode: [Int32]

    init(snapshot: PlanningSnapshot, nodes: NodeTable, bom: BomTable, columns: NodeColumns) throws(PlanningError) {
        var edges: [(parent: Int32, child: Int32)] = []
        edges.reserveCapacity(bom.component.count + nodes.count / 4)
        for (i, row) in nodes.rows.enumerated() {
            switch row.procurement {
            case .make, .phantom:
                for line in Int(columns.bomLow[i])..<Int(columns.bomHigh[i]) {
                    let child = nodes.node(item: bom.component[line], plant: row.plant)
                    if child >= 0 { edges.append((Int32(i), child)) }
                }
            case .transfer:
                if columns.sourceNode[i] >= 0 { edges.append((Int32(i), columns.sourceNode[i])) }
            case .buy:
                break
            }
        }
        let graph = NodeGraph(nodeCount: nodes.count, edges: edges)
        guard let codes = graph.lowLevelCodes() else {
            let cycle = graph.firstCycle() ?? []
            let path = cycle.map { n in
                let row = nodes.rows[Int(n)]
                return "\(snapshot.itemCodes[Int(row.item)])@\(snapshot.plantCodes[Int(row.plant)])"
            }
            throw .cycle(path: path.joined(separator: " -> "))
        }
        let levels = Int(codes.max() ?? -1) + 1
        var start = [Int32](repeating: 0, count: levels + 1)
        for code in codes { start[Int(code) + 1] += 1 }
        for l in 0..<levels { start[l + 1] += start[l] }
        var fill = start
        var order = [Int32](repeating: 0, count: nodes.count)
        for (n, code) in codes.enumerated() {
            order[Int(fill[Int(code)])] = Int32(n)
            fill[Int(code)] += 1
        }
        self.order = order
        levelStart = start
        levelOfNode = codes
    }
}
