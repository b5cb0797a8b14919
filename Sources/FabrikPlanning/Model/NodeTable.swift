import FabrikCore

/// The planning nodes (item_plants rows) in (item, plant) order, so a node's
/// dense index compares like its (item_id, plant_id).
///
/// Invariant: `rows` sorted by (item, plant) without duplicates;
/// `itemStart` (items + 1 entries) gives each item's nodes, whose plants
/// ascend. `node(item:plant:)` is O(plants of the item).
struct NodeTable: Sendable {
    let rows: [NodeRow]
    let itemStart: [Int32]

    init(rows unsorted: [NodeRow], itemCount: Int) throws(PlanningError) {
        var sorted = unsorted
        sorted.sort { ($0.item, $0.plant) < ($1.item, $1.plant) }
        for (a, b) in zip(sorted, sorted.dropFirst()) where a.item == b.item && a.plant == b.plant {
            throw .invalidSnapshot(reason: "two item_plants rows for one item and plant")
        }
        var start = [Int32](repeating: 0, count: itemCount + 1)
        for row in sorted { start[Int(row.item) + 1] += 1 }
        for i in 0..<itemCount { start[i + 1] += start[i] }
        rows = sorted
        itemStart = start
    }

    var count: Int { rows.count }

    /// The node of (item, plant), or -1 when there is no item_plants row.
    @inline(__always) func node(item: Int32, plant: Int32) -> Int32 {
        var n = Int(itemStart[Int(item)])
        let end = Int(itemStart[Int(item) + 1])
        while n < end {
            if rows[n].plant == plant { return Int32(n) }
            n += 1
        }
        return -1
    }
}
