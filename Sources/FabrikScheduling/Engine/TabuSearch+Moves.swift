import FabrikCore

/// What undoes a made move.
enum MoveUndo: Sendable {
    /// Swap `first` (now ahead) with its machine successor again.
    case swap(first: Int32)
    /// Put `node` back on `machine` before `before`.
    case reassign(node: Int32, machine: Int32, before: Int32)
}

extension TabuSearch {
    static let reassignTabuFlag: Int64 = 1 << 62

    /// Makes `move` on `current`; returns its undo.
    mutating func apply(_ move: SearchMove) -> MoveUndo {
        switch move {
        case .swap(let first):
            let second = current.next[Int(first)]
            current.swapWithNext(first)
            return .swap(first: second)
        case .reassign(let node, let machine, let before):
            let oldMachine = current.nodeMachine[Int(node)]
            let oldNext = current.next[Int(node)]
            current.remove(node)
            current.insert(node, machine: machine, before: before)
            return .reassign(node: node, machine: oldMachine, before: oldNext)
        }
    }

    mutating func revert(_ undo: MoveUndo) {
        switch undo {
        case .swap(let first):
            current.swapWithNext(first)
        case .reassign(let node, let machine, let before):
            current.remove(node)
            current.insert(node, machine: machine, before: before)
        }
    }

    func isTabu(_ move: SearchMove) -> Bool {
        let key: Int64
        switch move {
        case .swap(let first):
            key = Int64(first) << 31 | Int64(current.next[Int(first)])
        case .reassign(let node, let machine, _):
            key = TabuSearch.reassignTabuFlag | Int64(node) << 31 | Int64(machine)
        }
        return (tabuUntil[key] ?? 0) > iteration
    }

    /// Forbids undoing the move just made for a seeded tenure.
    mutating func markTabu(_ undo: MoveUndo) {
        let tenure = 6 + random.below(8) + tenureBase
        switch undo {
        case .swap(let first):
            tabuUntil[Int64(first) << 31 | Int64(current.next[Int(first)])] = iteration + tenure
        case .reassign(let node, let machine, _):
            tabuUntil[TabuSearch.reassignTabuFlag | Int64(node) << 31 | Int64(machine)] = iteration + tenure
        }
        if tabuUntil.count > 65_536 { tabuUntil = tabuUntil.filter { $0.value > iteration } }
    }

    /// Makes `swaps` random machine-neighbour swaps that keep the schedule
    /// acyclic; false when no node has a machine successor.
    mutating func perturb(swaps: Int) -> Bool {
        var made = 0
        var attempts = 0
        while made < swaps && attempts < 64 * swaps {
            attempts += 1
            let node = Int32(random.below(model.nodeCount))
            guard current.next[Int(node)] >= 0 else { continue }
            let undo = apply(.swap(first: node))
            if probe.evaluate(model, current) == nil { revert(undo); continue }
            made += 1
        }
        guard made > 0, let cost = main.evaluate(model, current) else { return false }
        currentCost = cost
        if currentCost < bestCost {
            best = current
            bestCost = currentCost
            lastImprovement = iteration
        }
        return true
    }
}
