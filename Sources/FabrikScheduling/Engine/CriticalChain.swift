/// A candidate move of the local search.
enum SearchMove: Hashable, Sendable {
    /// Swap `first` with the node right after it on its machine.
    case swap(first: Int32)
    /// Move `node` to `machine` of the same work center, before `before` (-1: last).
    case reassign(node: Int32, machine: Int32, before: Int32)
}

extension Evaluator {
    /// The nodes of the chain ending at `target`, walked back through
    /// `critical` (bounded by the node count), latest first.
    func criticalChain(endingAt target: Int, nodeCount: Int) -> [Int32] {
        var chain: [Int32] = []
        var node = Int32(target)
        while node >= 0 && chain.count <= nodeCount {
            chain.append(node)
            node = critical[Int(node)]
        }
        return chain
    }

    /// Moves on `chain` (latest first): swaps of machine-adjacent pairs where
    /// the later node waited for the earlier one, and moves of such a waiting
    /// node to another machine of its work center at its start-time position.
    func moves(on chain: [Int32], _ model: ShopModel, _ s: MachineSequences, insertionScanMax: Int) -> [SearchMove] {
        var result: [SearchMove] = []
        for k in 0..<chain.count {
            let later = chain[k]
            guard k + 1 < chain.count else { break }
            let earlier = chain[k + 1]
            guard s.previous[Int(later)] == earlier else { continue }
            result.append(.swap(first: earlier))
            let w = Int(model.nodeWorkCenter[Int(later)])
            let own = s.nodeMachine[Int(later)]
            for m in model.workCenterMachineStart[w]..<model.workCenterMachineStart[w + 1] where m != own {
                if let before = insertionPoint(of: later, machine: m, s, scanMax: insertionScanMax) {
                    result.append(.reassign(node: later, machine: m, before: before))
                }
            }
        }
        return result
    }

    /// The first node on `machine` starting after `node` starts (-1: none), by
    /// a backward scan of at most `scanMax` nodes; nil when the scan is cut off.
    func insertionPoint(of node: Int32, machine: Int32, _ s: MachineSequences, scanMax: Int) -> Int32? {
        let t = start[Int(node)]
        var candidate: Int32 = -1
        var cursor = s.machineLast[Int(machine)]
        var scanned = 0
        while cursor >= 0 && start[Int(cursor)] > t {
            scanned += 1
            if scanned > scanMax { return nil }
            candidate = cursor
            cursor = s.previous[Int(cursor)]
        }
        return candidate
    }
}
