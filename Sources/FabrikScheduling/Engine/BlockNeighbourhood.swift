/// A move of the makespan search: take `node` off its machine and put it
/// back on `machine` right before `before` (-1: last). Inside a critical
/// block, `low ... high` are the path positions the move rearranges
/// (`forward`: the node at `low` goes after the one at `high`; otherwise the
/// node at `high` goes before the one at `low`); a reassignment has `low` -1.
struct BlockMove: Sendable {
    var node: Int32
    var machine: Int32
    var before: Int32
    var low: Int32
    var high: Int32
    var forward: Bool
    /// Estimated makespan of the target plant after the move (heads/tails, no re-timing).
    var estimate: Int64
    var tabu: Bool
}

/// The neighbourhood of one critical path, after Nowicki-Smutnicki and
/// Zhang et al. (N7): the path is cut into blocks (runs of operations
/// back to back on one machine); within a block, an operation moves to the
/// block's front or back, or the front or back operation moves inside. Only
/// moves that change a block's first or last operation can shorten the
/// path, and none at the front of a first block that starts at minute 0 nor
/// at the back of the last block. Operations of a work center with several
/// machines may also move to a sibling machine at their start-time position.
///
/// Each move is estimated from heads (current starts/ends) and tails
/// (`PlantTails`) of the rearranged segment only (Balas-Vazacopoulos style),
/// O(segment) per move. Scratch buffers are kept between calls.
struct BlockNeighbourhood: Sendable {
    var tails: PlantTails
    /// The path, earliest first, and where each block begins in it (plus its count).
    var path: [Int32] = []
    var blockStarts: [Int32] = []
    var moves: [BlockMove] = []
    private var heads: [Int64] = []

    init(nodeCount: Int) {
        tails = PlantTails(nodeCount: nodeCount)
    }

    /// Collects the moves on the critical path ending at `target` of plant `plant`.
    /// `order` is a topological order of `s` (`FastTiming.order` of the timing in `timed`).
    mutating func build(_ model: ShopModel, _ s: MachineSequences, _ timed: Evaluator, order: [Int32], plant: Int,
                        target: Int, tabu: ArcTabu, iteration: Int) {
        tails.compute(model, s, timed, plant: plant, order: order)
        path.removeAll(keepingCapacity: true)
        var node = Int32(target)
        while node >= 0 && path.count <= model.nodeCount {
            path.append(node)
            node = timed.critical[Int(node)]
        }
        path.reverse()
        blockStarts.removeAll(keepingCapacity: true)
        for k in 0..<path.count where k == 0 || s.previous[Int(path[k])] != path[k - 1] {
            blockStarts.append(Int32(k))
        }
        blockStarts.append(Int32(path.count))
        moves.removeAll(keepingCapacity: true)
        let blockCount = blockStarts.count - 1
        for b in 0..<blockCount {
            let first = Int(blockStarts[b]), count = Int(blockStarts[b + 1]) - first
            if count >= 2 {
                let frontFixed = b == 0 && timed.start[Int(path[first])] == 0
                let backFixed = b == blockCount - 1
                addBlockMoves(model, s, timed, first: first, count: count, frontFixed: frontFixed, backFixed: backFixed,
                              tabu: tabu, iteration: iteration)
            }
        }
        for k in 0..<path.count { addReassignments(model, s, timed, node: path[k], tabu: tabu, iteration: iteration) }
    }

    private mutating func addBlockMoves(_ model: ShopModel, _ s: MachineSequences, _ timed: Evaluator, first: Int,
                                        count: Int, frontFixed: Bool, backFixed: Bool, tabu: ArcTabu, iteration: Int) {
        let last = count - 1
        if !frontFixed {
            // Changes the block's first operation: one moves to the front, or the first moves inside.
            for j in 1...last { add(model, s, timed, first: first, low: 0, high: j, forward: false, tabu: tabu, iteration: iteration) }
            // (the first after the second is the same swap as the second to the front)
            if last >= 3 {
                for j in 2..<last { add(model, s, timed, first: first, low: 0, high: j, forward: true, tabu: tabu, iteration: iteration) }
            }
        }
        if !backFixed {
            // Changes the block's last operation: one moves to the back, or the last moves inside.
            for i in 0..<last where !(i == 0 && !frontFixed && last == 1) {
                add(model, s, timed, first: first, low: i, high: last, forward: true, tabu: tabu, iteration: iteration)
            }
            if last >= 3 {
                for i in 1..<(last - 1) { add(model, s, timed, first: first, low: i, high: last, forward: false, tabu: tabu, iteration: iteration) }
            }
        }
    }

    /// The node at position `p` of the block segment `low ... high` after the move.
    @inline(__always) private func moved(_ first: Int, _ low: Int, _ high: Int, _ forward: Bool, _ p: Int) -> Int32 {
        if forward { return p == high - low ? path[first + low] : path[first + low + 1 + p] }
        return p == 0 ? path[first + high] : path[first + low + p - 1]
    }

    private mutating func add(_ model: ShopModel, _ s: MachineSequences, _ timed: Evaluator, first: Int, low: Int,
                              high: Int, forward: Bool, tabu: ArcTabu, iteration: Int) {
        let length = high - low
        let lowNode = path[first + low], highNode = path[first + high]
        let mover = forward ? lowNode : highNode
        var isTabu = false
        for k in (low + 1)...high where forward && tabu.forbids(path[first + k], before: mover, at: iteration) { isTabu = true; break }
        if !forward {
            for k in low..<high where tabu.forbids(mover, before: path[first + k], at: iteration) { isTabu = true; break }
        }
        if heads.count <= length { heads = [Int64](repeating: 0, count: 2 * length + 2) }
        let machineBefore = s.previous[Int(lowNode)]
        var previousEnd: Int64 = machineBefore >= 0 ? timed.end[Int(machineBefore)] : 0
        for p in 0...length {
            let x = Int(moved(first, low, high, forward, p))
            let head = max(timed.jobHead(model, x), previousEnd)
            heads[p] = head
            previousEnd = head + timed.end[x] - timed.start[x]
        }
        let machineAfter = s.next[Int(highNode)]
        var nextTail = machineAfter >= 0 ? tails.tail[Int(machineAfter)] : PlantTails.unreached
        var estimate: Int64 = 0
        for p in stride(from: length, through: 0, by: -1) {
            let x = Int(moved(first, low, high, forward, p))
            let after = max(tails.jobTail[x], nextTail)
            if after >= 0 {
                nextTail = timed.end[x] - timed.start[x] + after
                estimate = max(estimate, heads[p] + nextTail)
            } else {
                nextTail = PlantTails.unreached
            }
        }
        let before = forward ? s.next[Int(highNode)] : lowNode
        moves.append(BlockMove(node: mover, machine: s.nodeMachine[Int(mover)], before: before, low: Int32(first + low),
                               high: Int32(first + high), forward: forward, estimate: estimate, tabu: isTabu))
    }

    private mutating func addReassignments(_ model: ShopModel, _ s: MachineSequences, _ timed: Evaluator, node: Int32,
                                           tabu: ArcTabu, iteration: Int) {
        let w = Int(model.nodeWorkCenter[Int(node)])
        guard w >= 0, model.workCenterMachineStart[w + 1] - model.workCenterMachineStart[w] > 1 else { return }
        let own = s.nodeMachine[Int(node)]
        let x = Int(node)
        let span = timed.end[x] - timed.start[x]
        for m in model.workCenterMachineStart[w]..<model.workCenterMachineStart[w + 1] where m != own {
            guard let before = timed.insertionPoint(of: node, machine: m, s, scanMax: 4_096) else { continue }
            let machineBefore = before >= 0 ? s.previous[Int(before)] : s.machineLast[Int(m)]
            let head = max(timed.jobHead(model, x), machineBefore >= 0 ? timed.end[Int(machineBefore)] : 0)
            let after = max(tails.jobTail[x], before >= 0 ? tails.tail[Int(before)] : PlantTails.unreached)
            let estimate = after >= 0 ? head + span + after : head + span
            moves.append(BlockMove(node: node, machine: m, before: before, low: -1, high: -1, forward: false,
                                   estimate: estimate, tabu: tabu.forbids(node, onMachine: m, at: iteration)))
        }
    }
}
