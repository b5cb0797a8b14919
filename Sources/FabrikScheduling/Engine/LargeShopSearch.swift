import FabrikCore

/// Improves the schedule of a large shop (hundreds of thousands of nodes)
/// by first-improvement descent on the critical chains of its late, heavily
/// weighted orders, timing each trial move incrementally (`IncrementalTimer`)
/// instead of re-timing the whole shop.
///
/// Behavior, per iteration:
/// - a target order is drawn by the seeded generator from the late orders
///   with the most weighted tardiness (`targetCount` of them, refreshed every
///   `targetRefreshIterations`), biased to the front; without late orders the
///   target is the last node of the plant with the latest end;
/// - its critical chain (walked back through `critical`, at most
///   `chainLengthMax` nodes) gives the moves: swapping a node with the machine
///   predecessor it waited for, and moving such a node to a sibling machine
///   of its work center at its start-time position;
/// - up to `probesPerIteration` of them are tried in a seeded order; each is
///   checked for a cycle on the current graph, made, re-timed incrementally
///   and kept only when the objective strictly improves (else undone).
/// So the current schedule is always the best one found, never worse than
/// the constructive one, and deterministic for a seed and an iteration count.
struct LargeShopSearch {
    let model: ShopModel
    let parameters: SchedulingParameters
    var sequences: MachineSequences
    var timer: IncrementalTimer
    var random: SplitMix64
    var iteration = 0
    var probes = 0
    var accepted = 0
    var targets: [Int32] = []
    var cycles = CycleProbe()
    /// Candidate moves of the iteration: (node, -1) swaps the node with its
    /// machine predecessor, (node, m) moves it to machine m (position found
    /// only when tried).
    var moves: [(node: Int32, machine: Int32)] = []
    /// Iterations between two refreshes of `targets`: a scan of every order,
    /// so spread to about 64 order visits per iteration on large shops.
    let targetRefreshIterations: Int

    static let targetCount = 256
    static let chainLengthMax = 1_024
    static let probesPerIteration = 8
    /// Nodes one probe may re-time before it is given up (rolled back and
    /// refused). In an overloaded shop a delay can run down whole machine
    /// queues; on the generated 100k-item shop uncapped probes re-timed so
    /// much that 20,000 iterations took over 10 minutes (at a cap of 20,000:
    /// 14 ms per iteration). Deterministic: the
    /// pop count does not depend on the clock.
    static let probePopMax = 4_096
    static let insertionScanMax = 4_096

    init(model: ShopModel, start: MachineSequences, timed: Evaluator, cost: ScheduleCost, parameters: SchedulingParameters) {
        self.model = model
        self.parameters = parameters
        sequences = start
        timer = IncrementalTimer(model: model, timed: timed, cost: cost)
        random = SplitMix64(seed: parameters.seed)
        cycles = CycleProbe(nodeCount: model.nodeCount)
        targetRefreshIterations = max(64, model.orderCount / 64)
    }

    var cost: ScheduleCost { timer.cost }

    /// Runs `parameters.iterations` iterations or until `shouldStop()`; returns the count run.
    mutating func run(shouldStop: () -> Bool) -> Int {
        guard model.nodeCount > 0, sequences.next.contains(where: { $0 >= 0 }) else { return 0 }
        while iteration < parameters.iterations && !shouldStop() {
            if iteration % targetRefreshIterations == 0 { refreshTargets() }
            iteration += 1
            step()
        }
        return iteration
    }

    /// The late orders with the most weighted tardiness, most first (ties:
    /// order index): one scan keeping the best `targetCount` in a sorted
    /// array, so O(orders) when few qualify.
    mutating func refreshTargets() {
        var best: [(cost: Int128, order: Int32)] = []
        best.reserveCapacity(Self.targetCount + 1)
        func precedes(_ a: (cost: Int128, order: Int32), _ b: (cost: Int128, order: Int32)) -> Bool {
            a.cost != b.cost ? a.cost > b.cost : a.order < b.order
        }
        for o in 0..<model.orderCount {
            let lateness = timer.end[Int(model.orderNodeStart[o + 1]) - 1] - model.orderDueEnd[o]
            guard lateness > 0 else { continue }
            let entry = (cost: Int128(model.orderWeight[o]) * Int128(lateness), order: Int32(o))
            if best.count == Self.targetCount, let last = best.last, !precedes(entry, last) { continue }
            var low = 0, high = best.count
            while low < high {
                let mid = (low + high) / 2
                if precedes(best[mid], entry) { low = mid + 1 } else { high = mid }
            }
            best.insert(entry, at: low)
            if best.count > Self.targetCount { best.removeLast() }
        }
        targets = best.map(\.order)
    }

    mutating func step() {
        let target = chooseTarget()
        collectMoves(endingAt: target)
        var tried = 0
        while tried < Self.probesPerIteration && !moves.isEmpty {
            let pick = random.below(moves.count)
            moves.swapAt(pick, moves.count - 1)
            let candidate = moves.removeLast()
            let move: LargeShopMove
            if candidate.machine < 0 {
                move = .swap(first: sequences.previous[Int(candidate.node)])
            } else if let before = insertionPoint(of: candidate.node, machine: candidate.machine) {
                move = .reassign(node: candidate.node, machine: candidate.machine, before: before)
            } else {
                continue
            }
            tried += 1
            if tryMove(move) { return }
        }
    }

    /// The last node of a target order, or of the latest plant's latest machine.
    mutating func chooseTarget() -> Int {
        if !targets.isEmpty {
            let k = min(random.below(targets.count), random.below(targets.count))
            return Int(model.orderNodeStart[Int(targets[k]) + 1]) - 1
        }
        var bestNode = 0
        var bestEnd: Int64 = -1
        for m in 0..<model.machineCount {
            let last = sequences.machineLast[m]
            if last >= 0 && timer.end[Int(last)] > bestEnd { bestEnd = timer.end[Int(last)]; bestNode = Int(last) }
        }
        return bestNode
    }

    /// Fills `moves` from the critical chain ending at `target`: every node
    /// that waited for its machine predecessor gives a swap and one move per
    /// sibling machine.
    mutating func collectMoves(endingAt target: Int) {
        moves.removeAll(keepingCapacity: true)
        var node = Int32(target)
        var walked = 0
        while node >= 0 && walked < Self.chainLengthMax {
            walked += 1
            let cause = timer.critical[Int(node)]
            if cause >= 0 && sequences.previous[Int(node)] == cause && sequences.nodeMachine[Int(node)] >= 0 {
                moves.append((node, -1))
                let w = Int(model.nodeWorkCenter[Int(node)])
                let own = sequences.nodeMachine[Int(node)]
                for m in model.workCenterMachineStart[w]..<model.workCenterMachineStart[w + 1] where m != own {
                    moves.append((node, m))
                }
            }
            node = cause
        }
    }

    /// The first node on `machine` starting after `node` starts (-1: none);
    /// nil when the backward scan passes `insertionScanMax` nodes.
    func insertionPoint(of node: Int32, machine: Int32) -> Int32? {
        let t = timer.start[Int(node)]
        var candidate: Int32 = -1
        var cursor = sequences.machineLast[Int(machine)]
        var scanned = 0
        while cursor >= 0 && timer.start[Int(cursor)] > t {
            scanned += 1
            if scanned > Self.insertionScanMax { return nil }
            candidate = cursor
            cursor = sequences.previous[Int(cursor)]
        }
        return candidate
    }

    /// Makes `move` when it keeps the graph acyclic and strictly improves the
    /// objective; true when kept.
    mutating func tryMove(_ move: LargeShopMove) -> Bool {
        guard !cycles.wouldCloseCycle(move, model, sequences, timer) else { return false }
        probes += 1
        let before = timer.cost
        let (undo, seeds) = apply(move)
        let timed = timer.retime(model, sequences, seeds: seeds, popLimit: min(Self.probePopMax, 4 * model.nodeCount + 64))
        if timed && timer.cost < before {
            timer.commit()
            accepted += 1
            return true
        }
        timer.rollback()
        revert(undo)
        return false
    }
}
