import FabrikCore

extension DatasetImport {
    /// planning.md's node graph must be acyclic: nodes are item_plants rows in
    /// (item_id, plant_id) byte order; a make or phantom node points to each
    /// component of its BOM lines at its plant (plant-specific lines replace the
    /// blank-plant ones; all dates) that is a node at that plant; a transfer
    /// node points to its item at the source plant. The first cycle found is
    /// reported against bom.csv, or item_plants.csv when it has no BOM link.
    /// O(nodes log nodes + BOM lines); one small hash per node for its plant.
    func checkNodeGraph() {
        let records = dataset.itemPlants
        let order = records.indices.sorted { a, b in
            let x = records[a], y = records[b]
            if utf8Equal(x.itemId, y.itemId) { return utf8Precedes(x.plantId, y.plantId) }
            return utf8Precedes(x.itemId, y.itemId)
        }
        // Nodes and BOM lines are located through item ordinals (recorded while
        // reading) and plant ordinals, in flat Int32 arrays. This replaced a
        // [NodeKey: Int32] node index and a [ByteKey: Int] BOM-head table: at 1M
        // items (1.8M nodes, 3.1M BOM lines) their probes were DRAM misses and
        // made this check ~17 % of the read, growing faster than the data.
        let itemOrdinals = itemPlantItemOrdinals
        let itemCount = items.entries.count
        let plantOrdinal = plantOrdinals()
        func plantCode(_ id: String) -> Int32 { plantOrdinal[ByteKey(id)] ?? -1 }
        // Position (in `order`) of each item's first node; its nodes follow contiguously.
        var firstNode = [Int32](repeating: -1, count: itemCount)
        var itemAt = [Int32](repeating: 0, count: order.count)
        var plantAt = [Int32](repeating: 0, count: order.count)
        for (index, recordIndex) in order.enumerated() {
            let item = itemOrdinals[recordIndex]
            itemAt[index] = item
            plantAt[index] = plantCode(records[recordIndex].plantId)
            if firstNode[Int(item)] < 0 { firstNode[Int(item)] = Int32(index) }
        }
        func nodePosition(item: Int32, plant: Int32) -> Int32? {
            var p = Int(firstNode[Int(item)])
            guard p >= 0, plant >= 0 else { return nil }
            while p < itemAt.count, itemAt[p] == item {
                if plantAt[p] == plant { return Int32(p) }
                p += 1
            }
            return nil
        }
        // BOM lines of each parent as a chain (first line per parent, next line of
        // each line): no array per parent.
        let bom = dataset.bomLines
        let parents = bomParentOrdinals, components = bomComponentOrdinals
        var headOfParent = [Int](repeating: -1, count: itemCount)
        var nextLine = [Int](repeating: -1, count: bom.count)
        for index in bom.indices.reversed() {
            let parent = Int(parents[index])
            nextLine[index] = headOfParent[parent]
            headOfParent[parent] = index
        }
        var edges: [(parent: Int32, child: Int32)] = []
        edges.reserveCapacity(bom.count + order.count)
        for (index, recordIndex) in order.enumerated() {
            let node = records[recordIndex]
            switch node.procurement {
            case .make, .phantom:
                let head = headOfParent[Int(itemAt[index])]
                let plant = plantAt[index]
                var hasPlantLine = false
                var line = head
                while line >= 0, !hasPlantLine {
                    hasPlantLine = bom[line].plantId.map { utf8Equal($0, node.plantId) } ?? false
                    line = nextLine[line]
                }
                line = head
                while line >= 0 {
                    let applies = hasPlantLine ? (bom[line].plantId.map { utf8Equal($0, node.plantId) } ?? false) : bom[line].plantId == nil
                    if applies, let child = nodePosition(item: components[line], plant: plant) {
                        edges.append((Int32(index), child))
                    }
                    line = nextLine[line]
                }
            case .transfer:
                if let source = node.sourcePlantId, let child = nodePosition(item: itemAt[index], plant: plantCode(source)) {
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

    /// A dense number for every declared plant id (also one whose row was
    /// refused): node and BOM plants are always declared ones.
    func plantOrdinals() -> [ByteKey: Int32] {
        var ordinal: [ByteKey: Int32] = [:]
        ordinal.reserveCapacity(plants.entries.count)
        for key in plants.entries.keys { ordinal[key] = Int32(ordinal.count) }
        return ordinal
    }
}
