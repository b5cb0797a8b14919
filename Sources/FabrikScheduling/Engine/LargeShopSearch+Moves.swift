/// A trial move of `LargeShopSearch` (its own type, so the tabu search's
/// moves can change independently).
enum LargeShopMove: Hashable, Sendable {
    /// Swap `first` with the node right after it on its machine.
    case swap(first: Int32)
    /// Move `node` to `machine` (same work center) right before `before` (-1: last).
    case reassign(node: Int32, machine: Int32, before: Int32)
}

/// What puts the sequences back after a `LargeShopMove`.
enum LargeShopUndo: Sendable {
    /// Swap `first` (now ahead) with its machine successor again.
    case swap(first: Int32)
    /// Put `node` back on `machine` before `before`.
    case reassign(node: Int32, machine: Int32, before: Int32)
}

extension LargeShopSearch {
    /// Makes `move` on `sequences`; returns its undo and the nodes whose
    /// machine predecessor changed (the re-timing seeds).
    mutating func apply(_ move: LargeShopMove) -> (LargeShopUndo, [Int32]) {
        switch move {
        case .swap(let first):
            let second = sequences.next[Int(first)]
            let after = sequences.next[Int(second)]
            sequences.swapWithNext(first)
            return (.swap(first: second), after >= 0 ? [second, first, after] : [second, first])
        case .reassign(let node, let machine, let before):
            let oldMachine = sequences.nodeMachine[Int(node)]
            let oldNext = sequences.next[Int(node)]
            sequences.remove(node)
            sequences.insert(node, machine: machine, before: before)
            var seeds: [Int32] = [node]
            if oldNext >= 0 { seeds.append(oldNext) }
            if before >= 0 { seeds.append(before) }
            return (.reassign(node: node, machine: oldMachine, before: oldNext), seeds)
        }
    }

    mutating func revert(_ undo: LargeShopUndo) {
        switch undo {
        case .swap(let first):
            sequences.swapWithNext(first)
        case .reassign(let node, let machine, let before):
            sequences.remove(node)
            sequences.insert(node, machine: machine, before: before)
        }
    }
}

/// Decides before a move is made whether it would close a cycle, by a
/// depth-first search on the current (acyclic, timed) graph bounded by
/// time: along any path start times never decrease, so a path from `a` to
/// `b` only visits nodes starting no later than `b`.
///
/// - swap of machine neighbours u -> v: a cycle exists iff u reaches v
///   other than by their machine arc;
/// - moving x between a and b on another machine: a cycle needs x to reach
///   a or b to reach x on the current graph (taking x out of its machine only
///   removes paths, so this test can only err towards refusing).
/// The search gives up (answers "cycle", refusing the move) after
/// `visitMax` nodes, so one probe stays cheap on any shop.
struct CycleProbe: Sendable {
    private var mark: [UInt32] = []
    private var stamp: UInt32 = 0
    private var stack: [Int32] = []
    static let visitMax = 4_096

    init() {}
    init(nodeCount: Int) { mark = [UInt32](repeating: 0, count: nodeCount) }

    mutating func wouldCloseCycle(_ move: LargeShopMove, _ model: ShopModel, _ s: MachineSequences,
                                  _ timer: IncrementalTimer) -> Bool {
        switch move {
        case .swap(let first):
            let second = s.next[Int(first)]
            return reaches(from: first, to: second, skippingMachineArc: true, model, s, timer)
        case .reassign(let node, let machine, let before):
            let after = before >= 0 ? s.previous[Int(before)] : s.machineLast[Int(machine)]
            if after >= 0 && reaches(from: node, to: after, skippingMachineArc: false, model, s, timer) { return true }
            if before >= 0 && reaches(from: before, to: node, skippingMachineArc: false, model, s, timer) { return true }
            return false
        }
    }

    /// True when `target` is reachable from `source` (or the search was cut off).
    private mutating func reaches(from source: Int32, to target: Int32, skippingMachineArc: Bool,
                                  _ model: ShopModel, _ s: MachineSequences, _ timer: IncrementalTimer) -> Bool {
        stamp &+= 1
        if stamp == 0 {
            for i in mark.indices { mark[i] = 0 }
            stamp = 1
        }
        // Work on local buffers (moved out, not copied) so pushing needs no access to self.
        var walk = DepthFirstWalk(mark: mark, stack: stack, stamp: stamp, limit: timer.start[Int(target)])
        mark = []
        stack = []
        defer {
            mark = walk.mark
            stack = walk.stack
        }
        walk.stack.removeAll(keepingCapacity: true)
        let origin = Int(source)
        if !skippingMachineArc, s.next[origin] >= 0 { walk.push(s.next[origin], timer) }
        walk.pushOrderSuccessors(of: origin, model, timer)
        var visited = 0
        while let top = walk.stack.popLast() {
            if top == target { return true }
            visited += 1
            if visited > Self.visitMax { return true }
            let i = Int(top)
            if s.next[i] >= 0 { walk.push(s.next[i], timer) }
            walk.pushOrderSuccessors(of: i, model, timer)
        }
        return false
    }
}

/// The scratch state of one `CycleProbe` search.
private struct DepthFirstWalk {
    var mark: [UInt32]
    var stack: [Int32]
    let stamp: UInt32
    /// Nodes starting after this cannot lie on a path to the target.
    let limit: Int64

    @inline(__always) mutating func push(_ node: Int32, _ timer: IncrementalTimer) {
        if mark[Int(node)] != stamp && timer.start[Int(node)] <= limit {
            mark[Int(node)] = stamp
            stack.append(node)
        }
    }

    /// Pushes the node's order successor, or the first nodes of the orders it precedes.
    mutating func pushOrderSuccessors(of i: Int, _ model: ShopModel, _ timer: IncrementalTimer) {
        if !model.isLastNode(i) {
            push(Int32(i + 1), timer)
            return
        }
        let o = Int(model.nodeOrder[i])
        for k in Int(model.successorStart[o])..<Int(model.successorStart[o + 1]) {
            push(model.orderNodeStart[Int(model.successorOrder[k])], timer)
        }
    }
}
