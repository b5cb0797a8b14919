/// The priority rules the constructive phase tries; smaller key first, ties
/// by node index (reference order of orders, then op_seq).
enum DispatchRule: CaseIterable, Sendable {
    /// Latest start to be on time: due end minus the order's remaining work.
    case minimumSlack
    /// Due end of the order.
    case earliestDueDate
    /// Most work remaining in the order first (good for makespan).
    case mostWorkRemaining
    /// Slack divided by weight when positive, multiplied when negative:
    /// valuable orders first among the late ones.
    case weightedSlack

    func key(_ model: ShopModel, node: Int) -> Int64 {
        let o = Int(model.nodeOrder[node])
        let slack = model.orderDueEnd[o] - model.nodeRemainingWork[node]
        switch self {
        case .minimumSlack: return slack
        case .earliestDueDate: return model.orderDueEnd[o]
        case .mostWorkRemaining: return -model.nodeRemainingWork[node]
        case .weightedSlack:
            let units = max(1, model.orderWeight[o] / 10_000)
            return slack >= 0 ? slack / units : slack.multipliedReportingOverflow(by: units).overflow ? Int64.min / 2 : slack * units
        }
    }
}

/// Builds a first schedule by event-driven priority dispatching (a
/// non-delay Giffler-Thompson variant over work centers with identical
/// parallel machines).
///
/// Behavior:
/// - a node becomes ready at the first working minute after its order
///   predecessor ends (the first node: after its release and every
///   predecessor order's end plus lag); it then waits in its work center's
///   queue;
/// - whenever a machine of a work center is idle at a working minute and
///   nodes wait, the lowest-key node starts on the lowest-numbered idle
///   machine; nodes that become ready at the same minute are all queued
///   before anything at that minute is dispatched;
/// - empty nodes (no routing) finish the moment they are ready.
/// Cost O(nodes log nodes + arcs); the result is the machine sequences
/// (times are recomputed by `Evaluator`, which gives the same times).
enum Dispatcher {
    static func run(_ model: ShopModel, rule: DispatchRule) -> MachineSequences {
        var state = DispatchState(model: model)
        for o in 0..<model.orderCount where model.predecessorStart[o + 1] == model.predecessorStart[o] {
            state.makeReady(model, node: Int(model.orderNodeStart[o]), at: model.orderReady[o])
        }
        let nodeCount = Int64(model.nodeCount)
        while let event = state.events.pop() {
            if event.tie < nodeCount {
                let node = Int(event.tie)
                let w = Int(model.nodeWorkCenter[node])
                if w < 0 {
                    state.complete(model, node: node, at: event.key)
                    continue
                }
                state.queues[w].push(key: rule.key(model, node: node), tie: event.tie)
                if state.dispatchPendingAt[w] != event.key {
                    state.dispatchPendingAt[w] = event.key
                    state.events.push(key: event.key, tie: nodeCount + Int64(w))
                }
            } else {
                let w = Int(event.tie - nodeCount)
                state.dispatchPendingAt[w] = -1
                state.dispatch(model, workCenter: w, at: event.key)
            }
        }
        return state.sequences
    }
}

/// The dispatcher's working state: the event heap (key minute, tie node for
/// "node ready" or nodeCount + w for "dispatch work center w", so readiness
/// at a minute is handled before dispatching at it), the work center queues
/// and the machines' free minutes.
struct DispatchState {
    var events = BinaryHeap()
    var queues: [BinaryHeap]
    var machineFree: [Int64]
    var dispatchPendingAt: [Int64]
    var orderPending: [Int32]
    var orderReadyAt: [Int64]
    var sequences: MachineSequences

    init(model: ShopModel) {
        queues = [BinaryHeap](repeating: BinaryHeap(), count: model.workCenterCapacity.count)
        machineFree = [Int64](repeating: 0, count: model.machineCount)
        dispatchPendingAt = [Int64](repeating: -1, count: model.workCenterCapacity.count)
        orderPending = (0..<model.orderCount).map { model.predecessorStart[$0 + 1] - model.predecessorStart[$0] }
        orderReadyAt = model.orderReady
        sequences = MachineSequences(nodeCount: model.nodeCount, machineCount: model.machineCount)
        events.reserveCapacity(model.orderCount)
    }

    mutating func makeReady(_ model: ShopModel, node: Int, at t: Int64) {
        events.push(key: model.earliestStart(node: node, t), tie: Int64(node))
    }

    mutating func dispatch(_ model: ShopModel, workCenter w: Int, at t: Int64) {
        let machines = Int(model.workCenterMachineStart[w])..<Int(model.workCenterMachineStart[w + 1])
        while !queues[w].isEmpty {
            guard let m = machines.first(where: { machineFree[$0] <= t }), let top = queues[w].pop() else { return }
            let node = Int(top.tie)
            let finish = model.end(node: node, start: t)
            machineFree[m] = finish
            sequences.append(Int32(node), machine: Int32(m))
            events.push(key: model.earliestStart(node: node, finish), tie: Int64(model.nodeCount + w))
            complete(model, node: node, at: finish)
        }
    }

    mutating func complete(_ model: ShopModel, node: Int, at finish: Int64) {
        if !model.isLastNode(node) {
            makeReady(model, node: node + 1, at: finish)
            return
        }
        let o = Int(model.nodeOrder[node])
        for k in Int(model.successorStart[o])..<Int(model.successorStart[o + 1]) {
            let s = Int(model.successorOrder[k])
            orderReadyAt[s] = max(orderReadyAt[s], finish + model.successorLag[k])
            orderPending[s] -= 1
            if orderPending[s] == 0 { makeReady(model, node: Int(model.orderNodeStart[s]), at: orderReadyAt[s]) }
        }
    }
}
