/// The makespan phase's exact re-timing: the same semi-active pass as
/// `Evaluator.timeNodes` + `cost` (Kahn over order chain, machine sequence
/// and precedence arcs, the same push order and tie rule, so the same
/// starts, ends, `critical` arcs and cost), written on raw buffers and with
/// a shortcut for nodes whose work center works around the clock
/// (24 hours, every weekday, no holiday from as_of): there a start is its
/// ready minute and an end is start + duration, no calendar arithmetic.
///
/// Invariant: `evaluate` leaves `timed` exactly as `timed.evaluate` would
/// (checked on every call in debug builds). O(nodes + arcs) per call, no
/// allocation.
struct FastTiming: Sendable {
    private let continuous: [Bool]
    private var indegree: [Int32]
    private var stack: [Int32]
    /// The nodes in the order the last successful `evaluate` timed them: a
    /// topological order of that schedule (tails walk it backwards).
    private(set) var order: [Int32]

    init(model: ShopModel) {
        continuous = (0..<model.nodeCount).map { node in
            let w = Int(model.nodeWorkCenter[node])
            guard w >= 0 else { return true }
            let table = model.plantTables[Int(model.workCenterPlant[w])]
            return model.workCenterCapacity[w] == WorkingTimeTable.minutesPerDay && table.explicitDays == 0
                && table.cycleCount == 7
        }
        indegree = [Int32](repeating: 0, count: model.nodeCount)
        stack = indegree
        order = indegree
    }

    /// Times `s` into `timed`; nil on a cycle (then `timed` is garbage and must be re-timed).
    mutating func evaluate(_ model: ShopModel, _ s: MachineSequences, into timed: inout Evaluator) -> ScheduleCost? {
        let acyclic = timed.start.withUnsafeMutableBufferPointer { start in
            timed.end.withUnsafeMutableBufferPointer { end in
                timed.ready.withUnsafeMutableBufferPointer { ready in
                    timed.critical.withUnsafeMutableBufferPointer { critical in
                        timed.orderEnd.withUnsafeMutableBufferPointer { orderEnd in
                            indegree.withUnsafeMutableBufferPointer { indegree in
                                stack.withUnsafeMutableBufferPointer { stack in
                                    order.withUnsafeMutableBufferPointer { order in
                                        continuous.withUnsafeBufferPointer { continuous in
                                            FastTiming.time(model, s, start, end, ready, critical, orderEnd, indegree, stack,
                                                            order, continuous)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        guard acyclic else { return nil }
        return timed.cost(model)
    }

    private static func time(_ model: ShopModel, _ s: MachineSequences, _ start: UnsafeMutableBufferPointer<Int64>,
                             _ end: UnsafeMutableBufferPointer<Int64>, _ ready: UnsafeMutableBufferPointer<Int64>,
                             _ critical: UnsafeMutableBufferPointer<Int32>, _ orderEnd: UnsafeMutableBufferPointer<Int64>,
                             _ indegree: UnsafeMutableBufferPointer<Int32>, _ stack: UnsafeMutableBufferPointer<Int32>,
                             _ order: UnsafeMutableBufferPointer<Int32>, _ continuous: UnsafeBufferPointer<Bool>) -> Bool {
        let n = model.nodeCount
        var top = 0
        @inline(__always) func release(_ node: Int, _ time: Int64, _ source: Int32, _ machineArc: Bool) {
            if time > ready[node] || (time == ready[node] && machineArc) {
                ready[node] = time
                critical[node] = source
            }
            indegree[node] -= 1
            if indegree[node] == 0 { stack[top] = Int32(node); top += 1 }
        }
        for i in 0..<n {
            let o = Int(model.nodeOrder[i])
            var degree: Int32 = s.previous[i] >= 0 ? 1 : 0
            if Int32(i) == model.orderNodeStart[o] {
                degree += model.predecessorStart[o + 1] - model.predecessorStart[o]
                ready[i] = model.orderReady[o]
            } else {
                degree += 1
                ready[i] = 0
            }
            critical[i] = -1
            indegree[i] = degree
            if degree == 0 { stack[top] = Int32(i); top += 1 }
        }
        var timed = 0
        while top > 0 {
            top -= 1
            let node = stack[top]
            let i = Int(node)
            order[timed] = node
            timed += 1
            let begin: Int64, finish: Int64
            if continuous[i] {
                begin = ready[i]
                finish = begin + model.nodeDuration[i]
            } else {
                begin = model.earliestStart(node: i, ready[i])
                finish = model.end(node: i, start: begin)
            }
            start[i] = begin
            end[i] = finish
            let machineNext = s.next[i]
            if machineNext >= 0 { release(Int(machineNext), finish, node, true) }
            let o = Int(model.nodeOrder[i])
            if Int32(i + 1) != model.orderNodeStart[o + 1] {
                release(i + 1, finish, node, false)
            } else {
                orderEnd[o] = finish
                for k in Int(model.successorStart[o])..<Int(model.successorStart[o + 1]) {
                    let first = Int(model.orderNodeStart[Int(model.successorOrder[k])])
                    release(first, finish + model.successorLag[k], node, false)
                }
            }
        }
        return timed == n
    }
}
