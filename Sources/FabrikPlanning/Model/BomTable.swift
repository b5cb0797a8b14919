import FabrikCore

/// Every BOM line as columns, grouped per parent item (CSR):
/// lines of parent `i` are `itemStart[i] ..< itemStart[i + 1]`, sorted by
/// (plant with blank = -1 first, component, valid_from).
///
/// Invariant: `itemStart.count == items + 1`, non-decreasing, ends at the
/// line count; `validFrom`/`validTo` are day numbers with `Int32.min`/`max`
/// for open ends. Lookup of a (parent, plant) group is O(lines of parent).
struct BomTable: Sendable {
    let itemStart: [Int32]
    let component: [Int32]
    let plant: [Int32]
    let quantityPer: [Quantity]
    let scrapBasisPoints: [Int32]
    let validFrom: [Int32]
    let validTo: [Int32]

    init(lines: [BomLineRow], itemCount: Int) {
        var order = Array(lines.indices)
        order.sort { a, b in
            let x = lines[a], y = lines[b]
            if x.parentItem != y.parentItem { return x.parentItem < y.parentItem }
            if x.plant != y.plant { return x.plant < y.plant }
            if x.componentItem != y.componentItem { return x.componentItem < y.componentItem }
            return (x.validFrom?.daysSinceEpoch ?? Int32.min) < (y.validFrom?.daysSinceEpoch ?? Int32.min)
        }
        var start = [Int32](repeating: 0, count: itemCount + 1)
        for line in lines { start[Int(line.parentItem) + 1] += 1 }
        for i in 0..<itemCount { start[i + 1] += start[i] }
        itemStart = start
        component = order.map { lines[$0].componentItem }
        plant = order.map { lines[$0].plant }
        quantityPer = order.map { lines[$0].quantityPer }
        scrapBasisPoints = order.map { lines[$0].scrapBasisPoints }
        validFrom = order.map { lines[$0].validFrom?.daysSinceEpoch ?? Int32.min }
        validTo = order.map { lines[$0].validTo?.daysSinceEpoch ?? Int32.max }
    }

    /// The lines that apply to `parent` at `plantIndex`: its lines for that
    /// plant if it has any (plant-specific replacement), else its blank-plant lines.
    func lines(parent: Int32, plant plantIndex: Int32) -> Range<Int> {
        let low = Int(itemStart[Int(parent)]), high = Int(itemStart[Int(parent) + 1])
        var blankEnd = low
        while blankEnd < high && plant[blankEnd] == -1 { blankEnd += 1 }
        var first = blankEnd
        while first < high && plant[first] < plantIndex { first += 1 }
        var last = first
        while last < high && plant[last] == plantIndex { last += 1 }
        return first < last ? first..<last : low..<blankEnd
    }

    @inline(__always) func isEffective(_ line: Int, on day: Int32) -> Bool {
        validFrom[line] <= day && day <= validTo[line]
    }
}
