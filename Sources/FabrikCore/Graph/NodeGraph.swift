/// A directed graph over dense node indices in compressed adjacency (CSR)
/// form: the children of node `n` are
/// `childIndex[childStart[n] ..< childStart[n + 1]]`.
///
/// Invariants: `childStart.count == nodeCount + 1`, non-decreasing,
/// `childStart.last == childIndex.count`, every child in `0..<nodeCount`.
/// The planning contract needs nodes numbered in (item_id, plant_id) order and
/// each node's children ascending; callers build it that way, so
/// `firstCycle()` finds the contract's cycle. Both algorithms are iterative
/// (no recursion), O(nodes + edges).
public struct NodeGraph: Sendable {
    public let childStart: [Int32]
    public let childIndex: [Int32]

    public init(childStart: [Int32], childIndex: [Int32]) {
        precondition(!childStart.isEmpty && childStart.last.map(Int.init) == childIndex.count, "CSR start must end at the child count")
        self.childStart = childStart
        self.childIndex = childIndex
    }

    /// Builds the CSR from (parent, child) pairs; children of each node come out
    /// ascending and deduplicated.
    public init(nodeCount: Int, edges: [(parent: Int32, child: Int32)]) {
        var sorted = edges
        sorted.sort { ($0.parent, $0.child) < ($1.parent, $1.child) }
        var start = [Int32](repeating: 0, count: nodeCount + 1)
        var children: [Int32] = []
        children.reserveCapacity(sorted.count)
        var previous: (Int32, Int32)? = nil
        for edge in sorted {
            if let previous, previous == (edge.parent, edge.child) { continue }
            previous = (edge.parent, edge.child)
            children.append(edge.child)
            start[Int(edge.parent) + 1] += 1
        }
        for n in 0..<nodeCount { start[n + 1] += start[n] }
        self.init(childStart: start, childIndex: children)
    }

    public var nodeCount: Int { childStart.count - 1 }

    /// The first cycle met by a depth-first search that starts from nodes in
    /// index order and visits children in stored order, rotated to begin at its
    /// smallest node and closed by repeating it: `[a, b, a]`. Nil when acyclic.
    public func firstCycle() -> [Int32]? {
        // 0 = unvisited, 1 = on the current path, 2 = done.
        var state = [UInt8](repeating: 0, count: nodeCount)
        var path: [Int32] = []
        var cursor: [Int32] = []
        for root in 0..<nodeCount where state[root] == 0 {
            path.append(Int32(root)); cursor.append(childStart[root]); state[root] = 1
            while let node = path.last {
                let n = Int(node)
                let next = cursor[cursor.count - 1]
                if next < childStart[n + 1] {
                    cursor[cursor.count - 1] = next + 1
                    let child = childIndex[Int(next)]
                    switch state[Int(child)] {
                    case 0:
                        state[Int(child)] = 1
                        path.append(child); cursor.append(childStart[Int(child)])
                    case 1:
                        guard let from = path.lastIndex(of: child) else { continue }
                        var cycle = Array(path[from...])
                        if let smallest = cycle.indices.min(by: { cycle[$0] < cycle[$1] }) {
                            cycle = Array(cycle[smallest...] + cycle[..<smallest])
                        }
                        cycle.append(cycle[0])
                        return cycle
                    default:
                        continue
                    }
                } else {
                    state[n] = 2
                    path.removeLast(); cursor.removeLast()
                }
            }
        }
        return nil
    }

    /// Low-level code of each node: the length of the longest path reaching it
    /// from a node with no parents (roots have 0). Nil when the graph has a cycle.
    public func lowLevelCodes() -> [Int32]? {
        var indegree = [Int32](repeating: 0, count: nodeCount)
        for child in childIndex { indegree[Int(child)] += 1 }
        var code = [Int32](repeating: 0, count: nodeCount)
        var queue: [Int32] = []
        queue.reserveCapacity(nodeCount)
        for n in 0..<nodeCount where indegree[n] == 0 { queue.append(Int32(n)) }
        var head = 0
        while head < queue.count {
            let n = Int(queue[head]); head += 1
            for e in Int(childStart[n])..<Int(childStart[n + 1]) {
                let c = Int(childIndex[e])
                if code[c] < code[n] + 1 { code[c] = code[n] + 1 }
                indegree[c] -= 1
                if indegree[c] == 0 { queue.append(Int32(c)) }
            }
        }
        return queue.count == nodeCount ? code : nil
    }
}
