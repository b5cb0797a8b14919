import FabrikCore

extension DatasetImport {
    /// planning.md's node graph must be acyclic: nodes are item_plants rows in
    /// (item_id, plant_id) byte order; a make or phantom node points to each
    /// component of its BOM lines at its plant (plant-specific lines replace the
    /// blank-plant ones; all dates) that is a node at that plant; a transfer
    /// node points to its item at the source plant. The first cycle found is
    /// reported against bom.csv, or item_plants.csv when it has no BOM link.
    /// O(nodes log nodes + BOM lines).
    func checkNodeGraph() {
        let records = dataset.itemPlants
        let order = records.indices.sorted { a, b in
            let x = records[a], y = records[b]
            if utf8Equal(x.itemId, y.itemId) { return utf8Precedes(x.plantId, y.plantId) }
            return utf8Precedes(x.itemId, y.itemId)
        }
        var nodeIndex: [NodeKey: Int32] = [:]
        nodeIndex.reserveCapacity(order.count)
        for (index, recordIndex) in order.enumerated() {
            nodeIndex[NodeKey(records[recordIndex].itemId, records[recordIndex].plantId)] = Int32(index)
        }
        // BOM lines of each parent as a chain (first line per parent, next line of
        // each line): no array per parent.
        let bom = dataset.bomLines
        var headOfParent: [ByteKey: Int] = [:]
        headOfParent.reserveCapacity(bom.count)
        var nextLine = [Int](repeating: -1, count: bom.count)
        for index in bom.indices.reversed() {
            if let head = headOfParent.updateValue(index, forKey: ByteKey(bom[index].parentItemId)) { nextLine[index] = head }
        }
        var edges: [(parent: Int32, child: Int32)] = []
        edges.reserveCapacity(bom.count + order.count)
        for (index, recordIndex) in order.enumerated() {
            let node = records[recordIndex]
            switch node.procurement {
            case .make, .phantom:
                let head = headOfParent[ByteKey(node.itemId)] ?? -1
                var hasPlantLine = false
                var line = head
                while line >= 0, !hasPlantLine {
                    hasPlantLine = bom[line].plantId.map { utf8Equal($0, node.plantId) } ?? false
                    line = nextLine[line]
                }
                line = head
                while line >= 0 {
                    let applies = hasPlantLine ? (bom[line].plantId.map { utf8Equal($0, node.plantId) } ?? false) : bom[line].plantId == nil
                    if applies, let child = nodeIndex[NodeKey(bom[line].componentItemId, node.plantId)] {
                        edges.append((Int32(index), child))
                    }
                    line = nextLine[line]
                }
            case .transfer:
                if let source = node.sourcePlantId, let child = nodeIndex[NodeKey(node.itemId, source)] {
                    edges.append((Int32(index), child))
                }
            case .buy:
                break
            }
        }
        guard let cycle = NodeGraph(nodeCount: order.count, edges: edges).firstCycle() else { return }
        let cycleNodes = cycle.map { records[order[Int($0)]] }
        let text = cycleNodes.map { "\($0.itemId)@\($0.plantId)" }.joined(separator: " -> ")
        let hasBomLink = cycleNodes.dropLast().contains { $0.procurement == .make || $0.procurement == .phantom }
        log.report(file: hasBomLink ? BomColumn.file : ItemPlantColumn.file, "cycle \(text)")
    }
}
