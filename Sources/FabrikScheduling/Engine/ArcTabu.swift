/// The tabu memory of the makespan search: machine orders "x before y" that
/// a recent move reversed and that may not be re-created until an
/// iteration, plus machines a reassigned node may not return to.
///
/// Invariant: an entry is active while its stored iteration is greater than
/// the current one; `clear` forgets everything. Shops up to
/// `denseNodeCountMax` nodes use a dense n x n table (O(1), 4 n^2 bytes);
/// larger ones a dictionary pruned when it grows.
struct ArcTabu: Sendable {
    static let denseNodeCountMax = 1_500
    private let nodeCount: Int
    private var dense: [Int32]
    private var sparse: [Int64: Int32] = [:]
    private var machines: [Int64: Int32] = [:]

    init(nodeCount: Int) {
        self.nodeCount = nodeCount
        dense = nodeCount <= ArcTabu.denseNodeCountMax ? [Int32](repeating: 0, count: nodeCount * nodeCount) : []
    }

    /// True when "`x` right or anywhere before `y`" is forbidden at `iteration`.
    @inline(__always) func forbids(_ x: Int32, before y: Int32, at iteration: Int) -> Bool {
        if !dense.isEmpty { return Int(dense[Int(x) * nodeCount + Int(y)]) > iteration }
        return Int(sparse[Int64(x) << 32 | Int64(y)] ?? 0) > iteration
    }

    /// Forbids "`x` before `y`" until `until`; `now` lets the sparse form drop expired entries.
    mutating func forbid(_ x: Int32, before y: Int32, now: Int, until: Int) {
        let value = Int32(clamping: until)
        if !dense.isEmpty {
            dense[Int(x) * nodeCount + Int(y)] = value
            return
        }
        sparse[Int64(x) << 32 | Int64(y)] = value
        if sparse.count > 65_536 { sparse = sparse.filter { Int($0.value) > now } }
    }

    @inline(__always) func forbids(_ node: Int32, onMachine machine: Int32, at iteration: Int) -> Bool {
        Int(machines[Int64(node) << 32 | Int64(machine)] ?? 0) > iteration
    }

    mutating func forbid(_ node: Int32, onMachine machine: Int32, now: Int, until: Int) {
        machines[Int64(node) << 32 | Int64(machine)] = Int32(clamping: until)
        if machines.count > 65_536 { machines = machines.filter { Int($0.value) > now } }
    }

    mutating func clear() {
        if !dense.isEmpty {
            for k in dense.indices { dense[k] = 0 }
        }
        sparse.removeAll(keepingCapacity: true)
        machines.removeAll(keepingCapacity: true)
    }
}
