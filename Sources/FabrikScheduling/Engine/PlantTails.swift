/// Tails of a timed schedule toward one plant's makespan: for every node the
/// longest wall-clock path from its start to the end of the plant's last
/// operation, the node's own span included, over order-chain, machine and
/// precedence (+ lag) arcs. Spans are the timed `end - start`, so calendars
/// enter only through the current timing; a move's estimate built on these
/// tails is a guess that the chosen move's exact re-timing then settles.
///
/// Invariant after `compute`: `tail[i] >= 0` exactly when some path from i
/// reaches an operation of the plant (-1 otherwise); `jobTail[i]` is the same
/// without the machine arc out of i, measured from i's end (0 when i itself is
/// at the plant, -1 when nothing but the machine arc could reach it).
/// O(nodes + arcs) per call, no allocation after the first.
struct PlantTails: Sendable {
    static let unreached: Int64 = -1
    var tail: [Int64]
    var jobTail: [Int64]
    private var pending: [Int32]
    private var stack: [Int32]

    init(nodeCount: Int) {
        tail = [Int64](repeating: PlantTails.unreached, count: nodeCount)
        jobTail = tail
        pending = [Int32](repeating: 0, count: nodeCount)
        stack = pending
    }

    /// Fills `tail` and `jobTail` for `plant` from the timing in `timed`
    /// (which must belong to `s`, acyclic). Written on raw buffers: this pass
    /// runs once per makespan iteration and dominates it with the re-timing.
    mutating func compute(_ model: ShopModel, _ s: MachineSequences, _ timed: Evaluator, plant: Int) {
        let n = model.nodeCount
        if stack.count < n { stack = [Int32](repeating: 0, count: n) }
        tail.withUnsafeMutableBufferPointer { tail in
            jobTail.withUnsafeMutableBufferPointer { jobTail in
                pending.withUnsafeMutableBufferPointer { pending in
                    stack.withUnsafeMutableBufferPointer { stack in
                        PlantTails.fill(model, s, timed, plant, tail, jobTail, pending, stack)
                    }
                }
            }
        }
    }

    private static func fill(_ model: ShopModel, _ s: MachineSequences, _ timed: Evaluator, _ plant: Int,
                             _ tail: UnsafeMutableBufferPointer<Int64>, _ jobTail: UnsafeMutableBufferPointer<Int64>,
                             _ pending: UnsafeMutableBufferPointer<Int32>, _ stack: UnsafeMutableBufferPointer<Int32>) {
        let n = model.nodeCount
        var top = 0
        for i in 0..<n {
            var out: Int32 = s.next[i] >= 0 ? 1 : 0
            if model.isLastNode(i) {
                let o = Int(model.nodeOrder[i])
                out += model.successorStart[o + 1] - model.successorStart[o]
            } else {
                out += 1
            }
            pending[i] = out
            if out == 0 { stack[top] = Int32(i); top += 1 }
        }
        while top > 0 {
            top -= 1
            let i = Int(stack[top])
            let w = Int(model.nodeWorkCenter[i])
            var job: Int64 = w >= 0 && Int(model.workCenterPlant[w]) == plant ? 0 : PlantTails.unreached
            let last = model.isLastNode(i)
            let o = Int(model.nodeOrder[i])
            if !last {
                job = max(job, tail[i + 1])
            } else {
                for k in Int(model.successorStart[o])..<Int(model.successorStart[o + 1]) {
                    let t = tail[Int(model.orderNodeStart[Int(model.successorOrder[k])])]
                    if t >= 0 { job = max(job, t + model.successorLag[k]) }
                }
            }
            jobTail[i] = job
            let machineNext = s.next[i]
            let after = max(job, machineNext >= 0 ? tail[Int(machineNext)] : PlantTails.unreached)
            tail[i] = after >= 0 ? timed.end[i] - timed.start[i] + after : PlantTails.unreached
            let machinePrevious = Int(s.previous[i])
            if machinePrevious >= 0 {
                pending[machinePrevious] -= 1
                if pending[machinePrevious] == 0 { stack[top] = Int32(machinePrevious); top += 1 }
            }
            if Int32(i) != model.orderNodeStart[o] {
                pending[i - 1] -= 1
                if pending[i - 1] == 0 { stack[top] = Int32(i - 1); top += 1 }
            } else {
                for k in Int(model.predecessorStart[o])..<Int(model.predecessorStart[o + 1]) {
                    let p = Int(model.orderNodeStart[Int(model.predecessorOrder[k]) + 1]) - 1
                    pending[p] -= 1
                    if pending[p] == 0 { stack[top] = Int32(p); top += 1 }
                }
            }
        }
    }
}

extension Evaluator {
    /// The earliest a node could start if it had no machine predecessor:
    /// its order predecessor's end, or for an order's first node its release
    /// and every predecessor order's end plus lag (as timed last).
    @inline(__always) func jobHead(_ model: ShopModel, _ node: Int) -> Int64 {
        if !model.isFirstNode(node) { return end[node - 1] }
        let o = Int(model.nodeOrder[node])
        var head = model.orderReady[o]
        for k in Int(model.predecessorStart[o])..<Int(model.predecessorStart[o + 1]) {
            head = max(head, orderEnd[Int(model.predecessorOrder[k])] + model.predecessorLag[k])
        }
        return head
    }
}
