/// The node times of one solution kept up to date under small changes of
/// its machine sequences, for shops too large to re-time in full per move.
///
/// After a move the caller names the nodes whose predecessors changed
/// (`retime(seeds:)`); only they and whatever their new times push
/// downstream are recomputed: a worklist ordered by tentative start (a
/// binary heap), each popped node re-derived from its current predecessors
/// exactly as `Evaluator` does (latest predecessor end or release, then the
/// first working minute), and its successors queued only when its times
/// changed. On an acyclic graph this reaches the unique semi-active timing,
/// so it equals a full `Evaluator` pass; a node popped before a predecessor
/// settled is simply recomputed when that predecessor changes.
///
/// Invariants between moves: `start`/`end` are the semi-active times of
/// `sequences`, `cost` their objective (weighted tardiness maintained by
/// order deltas, plant makespans as the latest machine-last end), and
/// `critical[i]` the predecessor that set node i's ready time (-1: release).
/// `rollback()` restores the times of before the last `retime` from an undo
/// log (each node saved once per move), `commit()` forgets the log.
/// Memory O(nodes); a move costs O(changed cone log cone).
struct IncrementalTimer: Sendable {
    var start: [Int64]
    var end: [Int64]
    var critical: [Int32]
    var cost: ScheduleCost
    var plantEnd: [Int64]
    private var queued: [Bool]
    private var savedStamp: [Int32]
    private var stamp: Int32 = 0
    private var undo: [(node: Int32, start: Int64, end: Int64, critical: Int32)] = []
    private var heap = BinaryHeap()
    private var savedCost: ScheduleCost
    private var savedPlantEnd: [Int64]
    /// Pops of the last `retime` (for statistics and the cycle guard).
    private(set) var lastPops = 0

    /// Takes the times of a full evaluation of the same sequences.
    init(model: ShopModel, timed: Evaluator, cost: ScheduleCost) {
        start = timed.start
        end = timed.end
        critical = timed.critical
        self.cost = cost
        plantEnd = timed.plantEnd
        savedCost = cost
        savedPlantEnd = plantEnd
        queued = [Bool](repeating: false, count: model.nodeCount)
        savedStamp = [Int32](repeating: 0, count: model.nodeCount)
    }

    /// Re-times everything downstream of `seeds` on `sequences`. Returns
    /// false when more than `popLimit` nodes were popped, which only a cycle
    /// (or a cone far larger than expected) causes; the caller then rolls back.
    mutating func retime(_ model: ShopModel, _ s: MachineSequences, seeds: [Int32], popLimit: Int) -> Bool {
        stamp &+= 1
        if stamp == 0 {
            for i in savedStamp.indices { savedStamp[i] = 0 }
            stamp = 1
        }
        undo.removeAll(keepingCapacity: true)
        savedCost = cost
        for p in plantEnd.indices { savedPlantEnd[p] = plantEnd[p] }
        for node in seeds { enqueue(model, s, Int(node)) }
        var pops = 0
        while let top = heap.pop() {
            let i = Int(top.tie)
            queued[i] = false
            pops += 1
            if pops > popLimit {
                while let rest = heap.pop() { queued[Int(rest.tie)] = false }
                lastPops = pops
                return false
            }
            let (ready, cause) = readyTime(model, s, i)
            let begin = model.earliestStart(node: i, ready)
            let finish = model.end(node: i, start: begin)
            if begin == start[i] && finish == end[i] {
                if critical[i] != cause { save(i); critical[i] = cause }
                continue
            }
            save(i)
            if model.isLastNode(i) { orderEndChanged(model, node: i, from: end[i], to: finish) }
            start[i] = begin
            end[i] = finish
            critical[i] = cause
            let machineNext = s.next[i]
            if machineNext >= 0 { enqueue(model, s, Int(machineNext)) }
            if !model.isLastNode(i) {
                enqueue(model, s, i + 1)
            } else {
                let o = Int(model.nodeOrder[i])
                for k in Int(model.successorStart[o])..<Int(model.successorStart[o + 1]) {
                    enqueue(model, s, Int(model.orderNodeStart[Int(model.successorOrder[k])]))
                }
            }
        }
        lastPops = pops
        recomputePlantEnds(model, s)
        return true
    }

    /// Undoes the last `retime` (times, criticals, cost).
    mutating func rollback() {
        for entry in undo.reversed() {
            let i = Int(entry.node)
            start[i] = entry.start
            end[i] = entry.end
            critical[i] = entry.critical
        }
        undo.removeAll(keepingCapacity: true)
        cost = savedCost
        for p in plantEnd.indices { plantEnd[p] = savedPlantEnd[p] }
    }

    /// Keeps the last `retime`.
    mutating func commit() { undo.removeAll(keepingCapacity: true) }

    /// Nodes whose times the last `retime` changed (or whose critical arc it moved).
    var changedCount: Int { undo.count }

    /// The latest predecessor end of node i (or its release) and the node
    /// that set it, preferring a machine predecessor on ties as `Evaluator` does.
    @inline(__always) func readyTime(_ model: ShopModel, _ s: MachineSequences, _ i: Int) -> (Int64, Int32) {
        var ready: Int64
        var cause: Int32 = -1
        if model.isFirstNode(i) {
            let o = Int(model.nodeOrder[i])
            ready = model.orderReady[o]
            for k in Int(model.predecessorStart[o])..<Int(model.predecessorStart[o + 1]) {
                let last = Int(model.orderNodeStart[Int(model.predecessorOrder[k]) + 1]) - 1
                let t = end[last] + model.predecessorLag[k]
                if t > ready { ready = t; cause = Int32(last) }
            }
        } else {
            ready = end[i - 1]
            cause = Int32(i - 1)
        }
        let previous = s.previous[i]
        if previous >= 0 && end[Int(previous)] >= ready {
            ready = end[Int(previous)]
            cause = previous
        }
        return (ready, cause)
    }

    @inline(__always) private mutating func enqueue(_ model: ShopModel, _ s: MachineSequences, _ node: Int) {
        if queued[node] { return }
        queued[node] = true
        heap.push(key: readyTime(model, s, node).0, tie: Int64(node))
    }

    @inline(__always) private mutating func save(_ i: Int) {
        if savedStamp[i] == stamp { return }
        savedStamp[i] = stamp
        undo.append((Int32(i), start[i], end[i], critical[i]))
    }

    private mutating func orderEndChanged(_ model: ShopModel, node i: Int, from old: Int64, to new: Int64) {
        let o = Int(model.nodeOrder[i])
        let due = model.orderDueEnd[o]
        let weight = Int128(model.orderWeight[o])
        cost.weightedTardiness += weight * Int128(max(0, new - due)) - weight * Int128(max(0, old - due))
    }

    /// Plant makespan = the latest end of a machine's last node (a machine's
    /// nodes run one after another, so its last one ends latest). O(machines)
    /// per move, which also covers a move that changes a machine's last node
    /// without changing any time.
    private mutating func recomputePlantEnds(_ model: ShopModel, _ s: MachineSequences) {
        for p in plantEnd.indices { plantEnd[p] = 0 }
        for m in 0..<model.machineCount {
            let last = s.machineLast[m]
            guard last >= 0 else { continue }
            let p = Int(model.workCenterPlant[Int(model.machineWorkCenter[m])])
            if end[Int(last)] > plantEnd[p] { plantEnd[p] = end[Int(last)] }
        }
        var sum: Int64 = 0
        for e in plantEnd { sum += e }
        cost.makespanSum = sum
    }
}
