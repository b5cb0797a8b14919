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
        var linesOfParent: [IdKey: [Int]] = [:]
        for (index, line) in dataset.bomLines.enumerated() {
            linesOfParent[IdKey(line.parentItemId), default: []].append(index)
        }
        var edges: [(parent: Int32, child: Int32)] = []
        for (index, recordIndex) in order.enumerated() {
            let node = records[recordIndex]
            switch node.procurement {
            case .make, .phantom:
                let lines = linesOfParent[IdKey(node.itemId)] ?? []
                let atPlant = lines.filter { i in dataset.bomLines[i].plantId.map { utf8Equal($0, node.plantId) } ?? false }
                let applying = atPlant.isEmpty ? lines.filter { dataset.bomLines[$0].plantId == nil } : atPlant
                for i in applying {
                    if let child = nodeIndex[NodeKey(dataset.bomLines[i].componentItemId, node.plantId)] {
                        edges.append((Int32(index), child))
                    }
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
