import FabrikCore

/// Improves a schedule by tabu search over moves on critical chains,
/// keeping the best feasible schedule seen. Two phases share one budget:
/// while no order is late the iteration is a makespan step
/// (`makespanStep`, block moves estimated by heads and tails, one exact
/// re-timing); while some order is late it is the tardiness step below.
///
/// Behavior of a tardiness iteration:
/// - a target is chosen by the seeded generator: while orders are late, the
///   last node of the latest-weighted order or (half the time) of a random
///   late order; otherwise the last node of a random plant;
/// - its critical chain gives the moves (`Evaluator.moves`): swaps of
///   machine neighbours the target waited through, and reassignments to a
///   sibling machine; at most `neighborsPerIterationMax`, sampled by the
///   generator when there are more;
/// - each move is timed in full; the best one that is not tabu (or beats the
///   best cost: aspiration) is made, and its reverse is tabu for a seeded
///   tenure; a move closing a cycle is never made;
/// - after `restartAfterIterations` iterations without a new best the search
///   goes back to the best schedule and perturbs it with seeded swaps.
/// A tardiness iteration costs (moves + 1) evaluations of O(nodes + arcs).
struct TabuSearch {
    static let eliteCountMax = 8
    let model: ShopModel
    let parameters: SchedulingParameters
    var current: MachineSequences
    var currentCost: ScheduleCost
    var best: MachineSequences
    var bestCost: ScheduleCost
    var main: Evaluator
    var probe: Evaluator
    var random: SplitMix64
    var tabuUntil: [Int64: Int] = [:]
    var iteration = 0
    var lastImprovement = 0
    /// Grows with the square root of the size: longer memory on larger shops.
    let tenureBase: Int
    var neighbourhood: BlockNeighbourhood
    var fast: FastTiming
    /// True while `fast.order` is a topological order of the timing in `main`.
    var fastOrderTimesMain = false
    var arcTabu: ArcTabu
    var elite: [(MachineSequences, ScheduleCost)] = []
    /// Makespan tenure: base + seeded 0 ... spread iterations.
    let makespanTenureBase: Int
    let makespanTenureSpread: Int
    /// Makespan iterations without a new best before a jump back.
    let makespanStagnation: Int

    init(model: ShopModel, start: MachineSequences, parameters: SchedulingParameters) {
        self.model = model
        self.parameters = parameters
        current = start
        best = start
        main = Evaluator(model: model)
        probe = main
        random = SplitMix64(seed: parameters.seed)
        var root = 0
        while (root + 1) * (root + 1) <= model.nodeCount { root += 1 }
        tenureBase = root / 4
        neighbourhood = BlockNeighbourhood(nodeCount: model.nodeCount)
        fast = FastTiming(model: model)
        arcTabu = ArcTabu(nodeCount: model.nodeCount)
        let machinesInUse = max(1, model.machineCount)
        makespanTenureBase = 10 + model.orderCount / machinesInUse
        makespanTenureSpread = makespanTenureBase * 2 / 5
        makespanStagnation = max(2_000, 20 * model.nodeCount)
        let cost = main.evaluate(model, start)
        precondition(cost != nil, "the constructive schedule is acyclic by construction")
        currentCost = cost ?? ScheduleCost(weightedTardiness: 0, makespanSum: 0)
        bestCost = currentCost
    }

    /// Runs up to `parameters.iterations` iterations or until `shouldStop()`;
    /// returns the number run. Stops early only when no two nodes share a
    /// machine (nothing can change).
    mutating func run(shouldStop: () -> Bool) -> Int {
        guard model.nodeCount > 0 else { return 0 }
        while iteration < parameters.iterations && !shouldStop() {
            iteration += 1
            if currentCost.weightedTardiness == 0 {
                if !makespanStep() {
                    fastOrderTimesMain = false
                    if !perturb(swaps: 1) && !current.next.contains(where: { $0 >= 0 }) { break }
                }
                if iteration - lastImprovement >= makespanStagnation { restartMakespan(moves: 2 + random.below(4)) }
                continue
            }
            fastOrderTimesMain = false
            if !step() && !perturb(swaps: 1) && !current.next.contains(where: { $0 >= 0 }) { break }
            if iteration - lastImprovement >= parameters.restartAfterIterations {
                current = best
                currentCost = bestCost
                lastImprovement = iteration
                _ = main.evaluate(model, current)
                _ = perturb(swaps: 2 + random.below(4))
            }
        }
        // The best cost as `Evaluator` times it, whatever timing found it.
        if let exact = probe.evaluate(model, best) { bestCost = exact }
        return iteration
    }

    /// One neighbourhood step; false when the chain offers no move.
    mutating func step() -> Bool {
        let target = chooseTarget()
        let chain = main.criticalChain(endingAt: target, nodeCount: model.nodeCount)
        var moves = main.moves(on: chain, model, current, insertionScanMax: 4_096)
        if moves.isEmpty { return false }
        if moves.count > parameters.neighborsPerIterationMax {
            for k in 0..<parameters.neighborsPerIterationMax { moves.swapAt(k, k + random.below(moves.count - k)) }
            moves.removeLast(moves.count - parameters.neighborsPerIterationMax)
        }
        var chosen: (move: SearchMove, cost: ScheduleCost)?
        var fallback: (move: SearchMove, cost: ScheduleCost)?
        for move in moves {
            let undo = apply(move)
            let cost = probe.evaluate(model, current)
            revert(undo)
            guard let cost else { continue }
            let allowed = !isTabu(move) || cost < bestCost
            if allowed, chosen.map({ cost < $0.cost }) ?? true { chosen = (move, cost) }
            if fallback.map({ cost < $0.cost }) ?? true { fallback = (move, cost) }
        }
        guard let pick = chosen ?? fallback else { return false }
        let undo = apply(pick.move)
        markTabu(undo)
        let cost = main.evaluate(model, current)
        precondition(cost == pick.cost, "a probed move times the same when made")
        currentCost = pick.cost
        if currentCost < bestCost {
            best = current
            bestCost = currentCost
            lastImprovement = iteration
        }
        return true
    }

    /// The node whose critical chain the iteration works on.
    mutating func chooseTarget() -> Int {
        if currentCost.weightedTardiness > 0 {
            var late: [Int] = []
            var worst = -1
            var worstCost: Int128 = 0
            for o in 0..<model.orderCount {
                let lateness = main.orderEnd[o] - model.orderDueEnd[o]
                guard lateness > 0 else { continue }
                late.append(o)
                let c = Int128(model.orderWeight[o]) * Int128(lateness)
                if c > worstCost { worstCost = c; worst = o }
            }
            let o = random.below(2) == 0 || worst < 0 ? late[random.below(late.count)] : worst
            return Int(model.orderNodeStart[o + 1]) - 1
        }
        let plants = (0..<model.plantCount).filter { main.plantEnd[$0] > 0 }
        guard !plants.isEmpty else { return 0 }
        let plant = plants[random.below(plants.count)]
        var candidates: [Int] = []
        for i in 0..<model.nodeCount where main.end[i] == main.plantEnd[plant] {
            let w = Int(model.nodeWorkCenter[i])
            if w >= 0 && Int(model.workCenterPlant[w]) == plant { candidates.append(i) }
        }
        return candidates.isEmpty ? 0 : candidates[random.below(candidates.count)]
    }
}
