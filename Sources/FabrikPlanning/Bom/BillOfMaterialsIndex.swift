public import FabrikCore

/// The BOM lines of a snapshot grouped by parent item in compressed
/// adjacency form, for queries (explode, where-used, cost roll-up).
///
/// Invariant: lines of parent item `p` are
/// `lineIndex[parentStart[p] ..< parentStart[p + 1]]` (indices into
/// `snapshot.bomLines`), ordered by component id then plant; `usedStart` /
/// `usedLine` do the same per component item. Build O(lines log lines).
public struct BillOfMaterialsIndex: Sendable {
    public let parentStart: [Int32]
    public let lineIndex: [Int32]
    public let usedStart: [Int32]
    public let usedLine: [Int32]
    public let lines: [BomLineRow]

    public init(itemCount: Int, lines: [BomLineRow]) {
        self.lines = lines
        func csr(key: (BomLineRow) -> Int32, order: (BomLineRow, BomLineRow) -> Bool) -> ([Int32], [Int32]) {
            var start = [Int32](repeating: 0, count: itemCount + 1)
            for line in lines { start[Int(key(line)) + 1] += 1 }
            for i in 0..<itemCount { start[i + 1] += start[i] }
            var fill = start
            var index = [Int32](repeating: 0, count: lines.count)
            for (i, line) in lines.enumerated() {
                let k = Int(key(line))
                index[Int(fill[k])] = Int32(i)
                fill[k] += 1
            }
            for p in 0..<itemCount {
                let range = Int(start[p])..<Int(start[p + 1])
                index[range].sort { order(lines[Int($0)], lines[Int($1)]) }
            }
            return (start, index)
        }
        (parentStart, lineIndex) = csr(key: \.parentItem) {
            ($0.componentItem, $0.plant, $0.validFrom?.daysSinceEpoch ?? Int32.min) < ($1.componentItem, $1.plant, $1.validFrom?.daysSinceEpoch ?? Int32.min)
        }
        (usedStart, usedLine) = csr(key: \.componentItem) {
            ($0.parentItem, $0.plant, $0.validFrom?.daysSinceEpoch ?? Int32.min) < ($1.parentItem, $1.plant, $1.validFrom?.daysSinceEpoch ?? Int32.min)
        }
    }

    /// The lines of `parent` that apply at `plant`: the plant's own lines if the
    /// parent has any for it, else its blank-plant lines (planning.md).
    public func lines(ofParent parent: Int32, atPlant plant: Int32) -> [Int32] {
        let range = Int(parentStart[Int(parent)])..<Int(parentStart[Int(parent) + 1])
        let own = lineIndex[range].filter { lines[Int($0)].plant == plant }
        if !own.isEmpty { return Array(own) }
        return lineIndex[range].filter { lines[Int($0)].plant == -1 }
    }

    /// Every line in which `component` appears, any plant.
    public func lines(usingComponent component: Int32) -> ArraySlice<Int32> {
        usedLine[Int(usedStart[Int(component)])..<Int(usedStart[Int(component) + 1])]
    }
}
