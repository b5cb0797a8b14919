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
/// O(nodes + arcs) per call, no allocation.
struct PlantTails: Sendable {
    static let unreached: Int64 = -1
    var tail: [Int64]
    var jobTail: [Int64]

    init(nodeCount: Int) {
        tail = [Int64](repeating: PlantTails.unreached, count: nodeCount)
        jobTail = tail
    }

    /// Fills `tail` and `jobTail` for `plant` from the timing in `timed`
    /// (which must belong to `s`), walking `order`, a topological order of
    /// `s` (`FastTiming.order`), backwards. Written on raw buffers: this pass
    /// runs once per makespan iteration, beside the re-timing.
    mutating func compute(_ model: ShopModel, _ s: MachineSequences, _ timed: Evaluator, plant: Int, order: [Int32]) {
        tail.withUnsafeMutableBufferPointer { tail in
            jobTail.withUnsafeMutableBufferPointer { jobTail in
                order.withUnsafeBufferPointer { order in
                    PlantTails.fill(model, s, timed, plant, tail, jobTail, order)
                }
            }
        }
    }

    private static func fill(_ model: ShopModel, _ s: MachineSequences, _ timed: Evaluator, _ plant: Int,
                             _ tail: UnsafeMutableBufferPointer<Int64>, _ jobTail: UnsafeMutableBufferPointer<Int64>,
                             _ order: UnsafeBufferPointer<Int32>) {
        for position in stride(from: model.nodeCount - 1, through: 0, by: -1) {
            let i = Int(order[position])
            let w = Int(model.nodeWorkCenter[i])
            var job: Int64 = w >= 0 && Int(model.workCenterPlant[w]) == plant ? 0 : PlantTails.unreached
            let o = Int(model.nodeOrder[i])
            if Int32(i + 1) != model.orderNodeStart[o + 1] {
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
