/// A solution: which machine runs each node and in what order, as doubly
/// linked lists per machine (`previous`/`next` are node indices, -1 at the
/// ends). Empty nodes (orders without routing) sit on machine -1 and in no
/// list. Swapping neighbours and moving a node to another machine are O(1);
/// copying is O(nodes).
struct MachineSequences: Sendable, Equatable {
    var nodeMachine: [Int32]
    var previous: [Int32]
    var next: [Int32]
    var machineFirst: [Int32]
    var machineLast: [Int32]

    init(nodeCount: Int, machineCount: Int) {
        nodeMachine = [Int32](repeating: -1, count: nodeCount)
        previous = [Int32](repeating: -1, count: nodeCount)
        next = [Int32](repeating: -1, count: nodeCount)
        machineFirst = [Int32](repeating: -1, count: machineCount)
        machineLast = [Int32](repeating: -1, count: machineCount)
    }

    /// Puts `node` last on `machine`.
    mutating func append(_ node: Int32, machine: Int32) {
        insert(node, machine: machine, before: -1)
    }

    /// Puts `node` (in no list) on `machine` right before `successor`, or
    /// last when `successor` is -1.
    mutating func insert(_ node: Int32, machine: Int32, before successor: Int32) {
        let m = Int(machine), n = Int(node)
        let predecessor = successor >= 0 ? previous[Int(successor)] : machineLast[m]
        nodeMachine[n] = machine
        previous[n] = predecessor
        next[n] = successor
        if predecessor >= 0 { next[Int(predecessor)] = node } else { machineFirst[m] = node }
        if successor >= 0 { previous[Int(successor)] = node } else { machineLast[m] = node }
    }

    /// Takes `node` out of its machine's list.
    mutating func remove(_ node: Int32) {
        let n = Int(node), m = Int(nodeMachine[n])
        precondition(m >= 0, "only nodes on a machine can be removed")
        let p = previous[n], s = next[n]
        if p >= 0 { next[Int(p)] = s } else { machineFirst[m] = s }
        if s >= 0 { previous[Int(s)] = p } else { machineLast[m] = p }
        previous[n] = -1
        next[n] = -1
        nodeMachine[n] = -1
    }

    /// Swaps `node` with the node right after it on the same machine.
    mutating func swapWithNext(_ node: Int32) {
        let v = next[Int(node)]
        precondition(v >= 0, "swap needs a successor on the machine")
        let machine = nodeMachine[Int(node)]
        let after = next[Int(v)]
        remove(node)
        insert(node, machine: machine, before: after)
    }
}
