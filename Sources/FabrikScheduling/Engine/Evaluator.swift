/// The objective of a schedule, compared lexicographically: total weighted
/// tardiness (weight in ten-thousandths of a currency unit times minutes,
/// 128 bits so no weight overflows), then the sum over plants of each
/// plant's makespan in minutes.
struct ScheduleCost: Sendable, Hashable, Comparable {
    var weightedTardiness: Int128
    var makespanSum: Int64

    static func < (a: ScheduleCost, b: ScheduleCost) -> Bool {
        a.weightedTardiness != b.weightedTardiness ? a.weightedTardiness < b.weightedTardiness : a.makespanSum < b.makespanSum
    }
}

/// Times every node of a solution as early as the constraints allow
/// (semi-active): a topological pass (Kahn) over the arcs order chain,
/// machine sequence and order precedence (+ lag), each node starting at the
/// first working minute on or after its latest predecessor's end.
///
/// Behavior:
/// - returns nil when the machine sequences close a cycle (the move that
///   produced them is then rejected);
/// - leaves `start`/`end` per node, `orderEnd` per order and, per node, the
///   predecessor that set its ready time (`critical`, -1 for its release),
///   which the local search walks back as the critical chain.
/// Scratch buffers are reused across calls: O(nodes + arcs) time, no
/// allocation after the first call.
struct Evaluator: Sendable {
    var start: [Int64] = []
    var end: [Int64] = []
    var ready: [Int64] = []
    var critical: [Int32] = []
    var orderEnd: [Int64] = []
    var plantEnd: [Int64] = []
    private var indegree: [Int32] = []
    private var stack: [Int32] = []

    init(model: ShopModel) {
        start = [Int64](repeating: 0, count: model.nodeCount)
        end = start
        ready = start
        critical = [Int32](repeating: -1, count: model.nodeCount)
        indegree = critical
        orderEnd = [Int64](repeating: 0, count: model.orderCount)
        plantEnd = [Int64](repeating: 0, count: model.plantCount)
        stack.reserveCapacity(model.nodeCount)
    }

    mutating func evaluate(_ model: ShopModel, _ s: MachineSequences) -> ScheduleCost? {
        guard timeNodes(model, s) else { return nil }
        return cost(model)
    }

    /// Fills `start`, `end`, `critical`; false on a cycle.
    mutating func timeNodes(_ model: ShopModel, _ s: MachineSequences) -> Bool {
        let n = model.nodeCount
        stack.removeAll(keepingCapacity: true)
        for i in 0..<n {
            let o = Int(model.nodeOrder[i])
            var degree: Int32 = s.previous[i] >= 0 ? 1 : 0
            if model.isFirstNode(i) {
                degree += model.predecessorStart[o + 1] - model.predecessorStart[o]
                ready[i] = model.orderReady[o]
            } else {
                degree += 1
                ready[i] = 0
            }
            critical[i] = -1
            indegree[i] = degree
            if degree == 0 { stack.append(Int32(i)) }
        }
        var timed = 0
        while let top = stack.popLast() {
            let i = Int(top)
            timed += 1
            let begin = model.earliestStart(node: i, ready[i])
            let finish = model.end(node: i, start: begin)
            start[i] = begin
            end[i] = finish
            let machineNext = s.next[i]
            if machineNext >= 0 { release(Int(machineNext), at: finish, from: top, machineArc: true) }
            if !model.isLastNode(i) {
                release(i + 1, at: finish, from: top, machineArc: false)
            } else {
                let o = Int(model.nodeOrder[i])
                orderEnd[o] = finish
                for k in Int(model.successorStart[o])..<Int(model.successorStart[o + 1]) {
                    let first = Int(model.orderNodeStart[Int(model.successorOrder[k])])
                    release(first, at: finish + model.successorLag[k], from: top, machineArc: false)
                }
            }
        }
        return timed == n
    }

    @inline(__always) private mutating func release(_ node: Int, at time: Int64, from source: Int32, machineArc: Bool) {
        if time > ready[node] || (time == ready[node] && machineArc) {
            ready[node] = time
            critical[node] = source
        }
        indegree[node] -= 1
        if indegree[node] == 0 { stack.append(Int32(node)) }
    }

    /// The cost of the last timed solution.
    mutating func cost(_ model: ShopModel) -> ScheduleCost {
        var weighted: Int128 = 0
        for o in 0..<model.orderCount {
            let late = orderEnd[o] - model.orderDueEnd[o]
            if late > 0 { weighted += Int128(model.orderWeight[o]) * Int128(late) }
        }
        for p in 0..<plantEnd.count { plantEnd[p] = 0 }
        for i in 0..<model.nodeCount {
            let w = Int(model.nodeWorkCenter[i])
            if w >= 0 {
                let p = Int(model.workCenterPlant[w])
                if end[i] > plantEnd[p] { plantEnd[p] = end[i] }
            }
        }
        var makespan: Int64 = 0
        for e in plantEnd { makespan += e }
        return ScheduleCost(weightedTardiness: weighted, makespanSum: makespan)
    }
}
