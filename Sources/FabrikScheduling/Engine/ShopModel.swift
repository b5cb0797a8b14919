import FabrikCore

/// The problem compiled for the engine: struct-of-arrays, Int32 indices,
/// minutes as Int64. Every order owns a contiguous run of "nodes"
/// `orderNodeStart[o] ..< orderNodeStart[o + 1]` in op_seq order; an order
/// without a routing owns one zero-length node at work center -1 that
/// takes no machine, so precedence passes through it unchanged.
///
/// Machines are numbered globally: work center w owns
/// `workCenterMachineStart[w] ..< workCenterMachineStart[w + 1]`.
/// Precedences are CSR both ways (`predecessor*` by successor order,
/// `successor*` by predecessor order). Built once, O(problem); read-only.
struct ShopModel: Sendable {
    var nodeOrder: [Int32] = []
    var nodeWorkCenter: [Int32] = []
    var nodeDuration: [Int64] = []
    /// Index into `problem.operations`, or -1 for an order's empty node.
    var nodeOperation: [Int32] = []
    /// Duration of this node and every later one of its order (a priority input).
    var nodeRemainingWork: [Int64] = []
    var orderNodeStart: [Int32] = [0]
    /// Earliest first start: release 00:00, never before minute 0.
    var orderReady: [Int64] = []
    /// 00:00 of the day after the due day: ending later is tardy.
    var orderDueEnd: [Int64] = []
    var orderWeight: [Int64] = []
    var orderPlant: [Int32] = []
    var predecessorStart: [Int32] = [0]
    var predecessorOrder: [Int32] = []
    var predecessorLag: [Int64] = []
    var successorStart: [Int32] = []
    var successorOrder: [Int32] = []
    var successorLag: [Int64] = []
    var workCenterMachineStart: [Int32] = [0]
    var workCenterCapacity: [Int64] = []
    var workCenterPlant: [Int32] = []
    var machineWorkCenter: [Int32] = []
    var plantTables: [WorkingTimeTable] = []
    var plantCount = 0

    var nodeCount: Int { nodeOrder.count }
    var orderCount: Int { orderWeight.count }
    var machineCount: Int { machineWorkCenter.count }

    /// Compiles a valid problem (`firstInvalidity() == nil`; traps otherwise).
    init(_ problem: SchedulingProblem) {
        plantCount = problem.plantCodes.count
        plantTables = problem.plantCalendars.map { WorkingTimeTable(calendar: $0, asOf: problem.asOf) }
        for w in problem.workCenters {
            workCenterCapacity.append(Int64(w.capacityMinutesPerDay))
            workCenterPlant.append(w.plant)
            for _ in 0..<w.machines { machineWorkCenter.append(Int32(workCenterCapacity.count - 1)) }
            workCenterMachineStart.append(Int32(machineWorkCenter.count))
        }
        compileOrders(problem)
        compilePrecedences(problem)
    }

    private mutating func compileOrders(_ problem: SchedulingProblem) {
        var next = 0
        let operations = problem.operations
        for (o, order) in problem.orders.enumerated() {
            orderReady.append(max(0, ScheduleClock.minutes(atStartOf: order.releaseDay, asOf: problem.asOf)))
            orderDueEnd.append(ScheduleClock.minutes(atStartOf: order.dueDay + 1, asOf: problem.asOf))
            orderWeight.append(max(order.weight.rawTenThousandths, 1))
            orderPlant.append(order.plant)
            let first = nodeOrder.count
            while next < operations.count && Int(operations[next].order) == o {
                let op = operations[next]
                nodeOrder.append(Int32(o))
                nodeWorkCenter.append(op.workCenter)
                nodeDuration.append(op.durationMinutes)
                nodeOperation.append(Int32(next))
                next += 1
            }
            if nodeOrder.count == first {
                nodeOrder.append(Int32(o)); nodeWorkCenter.append(-1); nodeDuration.append(0); nodeOperation.append(-1)
            }
            orderNodeStart.append(Int32(nodeOrder.count))
            var remaining: Int64 = 0
            var suffix = [Int64](repeating: 0, count: nodeOrder.count - first)
            for i in stride(from: nodeOrder.count - 1, through: first, by: -1) {
                remaining += nodeDuration[i]
                suffix[i - first] = remaining
            }
            nodeRemainingWork.append(contentsOf: suffix)
        }
    }

    private mutating func compilePrecedences(_ problem: SchedulingProblem) {
        var predecessorCount = [Int32](repeating: 0, count: orderCount)
        var successorCount = [Int32](repeating: 0, count: orderCount + 1)
        for arc in problem.precedences {
            predecessorCount[Int(arc.order)] += 1
            successorCount[Int(arc.predecessor) + 1] += 1
        }
        for o in 0..<orderCount { predecessorStart.append(predecessorStart[o] + predecessorCount[o]) }
        for o in 0..<orderCount { successorCount[o + 1] += successorCount[o] }
        successorStart = successorCount
        var fill = successorStart
        successorOrder = [Int32](repeating: 0, count: problem.precedences.count)
        successorLag = [Int64](repeating: 0, count: problem.precedences.count)
        for arc in problem.precedences {
            predecessorOrder.append(arc.predecessor)
            predecessorLag.append(arc.lagMinutes)
            let slot = Int(fill[Int(arc.predecessor)])
            successorOrder[slot] = arc.order
            successorLag[slot] = arc.lagMinutes
            fill[Int(arc.predecessor)] += 1
        }
    }

    /// The earliest working minute >= t at node's work center (t itself for an empty node).
    @inline(__always) func earliestStart(node: Int, _ t: Int64) -> Int64 {
        let w = Int(nodeWorkCenter[node])
        if w < 0 { return t }
        return plantTables[Int(workCenterPlant[w])].earliestStart(t, capacity: workCenterCapacity[w])
    }

    /// The end of the node started at the working minute `start`.
    @inline(__always) func end(node: Int, start: Int64) -> Int64 {
        let w = Int(nodeWorkCenter[node])
        if w < 0 { return start }
        return plantTables[Int(workCenterPlant[w])].advance(start, duration: nodeDuration[node], capacity: workCenterCapacity[w])
    }

    /// True when `node` is the last of its order.
    @inline(__always) func isLastNode(_ node: Int) -> Bool {
        Int32(node + 1) == orderNodeStart[Int(nodeOrder[node]) + 1]
    }

    /// True when `node` is the first of its order.
    @inline(__always) func isFirstNode(_ node: Int) -> Bool {
        Int32(node) == orderNodeStart[Int(nodeOrder[node])]
    }
}
