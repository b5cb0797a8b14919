import FabrikCore

/// The makespan phase of the search (no order is late): Nowicki-Smutnicki
/// style tabu search on the blocks of one critical path per iteration.
///
/// Behavior, per iteration:
/// - a plant with work is chosen by the seeded generator, then one of its
///   operations that end at its makespan; the critical path ending there is
///   cut into blocks and every N7 move is estimated (`BlockNeighbourhood`);
/// - the move with the least estimate that is not tabu (or whose estimate
///   beats the best cost: aspiration) is made, ties broken by the generator,
///   a random move when all are tabu; it alone is timed exactly, and a move
///   that closes a cycle is undone and the next best taken;
/// - the machine orders it reversed are tabu for a seeded tenure;
/// - after `makespanStagnation` iterations without a new best, the search
///   jumps back to the best schedule or an elite one and makes a few random
///   moves of its neighbourhood.
/// Every iteration costs one exact re-timing, one tail pass and the
/// estimates: O(nodes + arcs + path moves x block length).
extension TabuSearch {
    /// One makespan iteration; false when the path offers no move.
    mutating func makespanStep() -> Bool {
        if !fastOrderTimesMain {
            guard timeExactly() != nil else { preconditionFailure("the current schedule is acyclic") }
            swap(&main, &probe)
            fastOrderTimesMain = true
        }
        guard let (plant, target) = makespanTarget() else { return false }
        neighbourhood.build(model, current, main, order: fast.order, plant: plant, target: target, tabu: arcTabu,
                            iteration: iteration)
        let otherPlants = currentCost.makespanSum - main.plantEnd[plant]
        while true {
            var pick = -1
            var pickEstimate = Int64.max
            var ties = 0
            var valid = 0
            for k in neighbourhood.moves.indices {
                let move = neighbourhood.moves[k]
                guard move.node >= 0 else { continue }
                valid += 1
                let allowed = !move.tabu
                    || ScheduleCost(weightedTardiness: 0, makespanSum: otherPlants + move.estimate) < bestCost
                guard allowed else { continue }
                if move.estimate < pickEstimate {
                    pick = k; pickEstimate = move.estimate; ties = 1
                } else if move.estimate == pickEstimate {
                    ties += 1
                    if random.below(ties) == 0 { pick = k }
                }
            }
            if valid == 0 { return false }
            if pick < 0 {
                var choice = random.below(valid)
                for k in neighbourhood.moves.indices where neighbourhood.moves[k].node >= 0 {
                    if choice == 0 { pick = k; break }
                    choice -= 1
                }
            }
            let move = neighbourhood.moves[pick]
            let undo = apply(move)
            if let cost = timeExactly() {
                swap(&main, &probe)
                fastOrderTimesMain = true
                markTabu(move, undoMachine: undo.machine)
                currentCost = cost
                noteCurrent()
                return true
            }
            revert(undo)
            fastOrderTimesMain = false
            neighbourhood.moves[pick].node = -1
        }
    }

    /// Times `current` into `probe` (`FastTiming`, checked against `Evaluator`
    /// in debug builds); nil when it has a cycle.
    mutating func timeExactly() -> ScheduleCost? {
        let cost = fast.evaluate(model, current, into: &probe)
        assert(matchesEvaluator(cost), "FastTiming agrees with Evaluator")
        return cost
    }

    private func matchesEvaluator(_ cost: ScheduleCost?) -> Bool {
        var reference = Evaluator(model: model)
        let expected = reference.evaluate(model, current)
        guard expected == cost else { return false }
        return cost == nil
            || (reference.start == probe.start && reference.end == probe.end && reference.critical == probe.critical)
    }

    /// A plant with work (seeded choice) and one of its nodes ending at its makespan.
    mutating func makespanTarget() -> (plant: Int, node: Int)? {
        var plants = 0
        for p in 0..<model.plantCount where main.plantEnd[p] > 0 { plants += 1 }
        guard plants > 0 else { return nil }
        var choice = plants == 1 ? 0 : random.below(plants)
        var plant = 0
        for p in 0..<model.plantCount where main.plantEnd[p] > 0 {
            if choice == 0 { plant = p; break }
            choice -= 1
        }
        var target = -1
        var ties = 0
        for i in 0..<model.nodeCount where main.end[i] == main.plantEnd[plant] {
            let w = Int(model.nodeWorkCenter[i])
            guard w >= 0, Int(model.workCenterPlant[w]) == plant else { continue }
            ties += 1
            if ties == 1 || random.below(ties) == 0 { target = i }
        }
        return target >= 0 ? (plant, target) : nil
    }

    /// Makes `move` on `current`; returns what puts it back.
    mutating func apply(_ move: BlockMove) -> (node: Int32, machine: Int32, before: Int32) {
        let oldMachine = current.nodeMachine[Int(move.node)]
        let oldNext = current.next[Int(move.node)]
        current.remove(move.node)
        current.insert(move.node, machine: move.machine, before: move.before)
        return (move.node, oldMachine, oldNext)
    }

    mutating func revert(_ undo: (node: Int32, machine: Int32, before: Int32)) {
        current.remove(undo.node)
        current.insert(undo.node, machine: undo.machine, before: undo.before)
    }

    /// Forbids re-creating the machine orders `move` reversed (or the node's
    /// return to its old machine) for a seeded tenure.
    mutating func markTabu(_ move: BlockMove, undoMachine: Int32) {
        let until = iteration + makespanTenureBase + random.below(makespanTenureSpread + 1)
        let path = neighbourhood.path
        if move.low < 0 {
            arcTabu.forbid(move.node, onMachine: undoMachine, now: iteration, until: until)
        } else if move.forward {
            for k in Int(move.low + 1)...Int(move.high) { arcTabu.forbid(move.node, before: path[k], now: iteration, until: until) }
        } else {
            for k in Int(move.low)..<Int(move.high) { arcTabu.forbid(path[k], before: move.node, now: iteration, until: until) }
        }
    }

    /// Records the current schedule as the best (and as elite) when it is.
    mutating func noteCurrent() {
        guard currentCost < bestCost else { return }
        best = current
        bestCost = currentCost
        lastImprovement = iteration
        elite.append((current, currentCost))
        if elite.count > TabuSearch.eliteCountMax { elite.removeFirst() }
    }

    /// Jumps back to the best (or, a third of the time, an elite) schedule and
    /// makes `moves` random moves of its neighbourhood, tabu memory cleared.
    mutating func restartMakespan(moves: Int) {
        let from = elite.count > 1 && random.below(3) == 0 ? elite[random.below(elite.count)] : (best, bestCost)
        current = from.0
        guard let cost = timeExactly() else { preconditionFailure("an elite schedule is acyclic") }
        swap(&main, &probe)
        fastOrderTimesMain = true
        currentCost = cost
        arcTabu.clear()
        lastImprovement = iteration
        for _ in 0..<moves {
            guard currentCost.weightedTardiness == 0, let (plant, target) = makespanTarget() else { return }
            neighbourhood.build(model, current, main, order: fast.order, plant: plant, target: target, tabu: arcTabu,
                                iteration: iteration)
            guard !neighbourhood.moves.isEmpty else { return }
            let move = neighbourhood.moves[random.below(neighbourhood.moves.count)]
            let undo = apply(move)
            if let cost = timeExactly() {
                swap(&main, &probe)
                currentCost = cost
                noteCurrent()
            } else {
                revert(undo)
                guard timeExactly() != nil else { preconditionFailure("the schedule before the move is acyclic") }
                swap(&main, &probe)
            }
        }
    }
}
