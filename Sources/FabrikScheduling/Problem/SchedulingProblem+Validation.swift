import FabrikCore

extension SchedulingProblem {
    /// The first broken invariant of the problem as a sentence, or nil.
    /// Cost O(orders + operations + precedences).
    public func firstInvalidity() -> String? {
        if plantCalendars.count != plantCodes.count { return "plant calendars do not match plant codes" }
        if !zip(itemCodes, itemCodes.dropFirst()).allSatisfy({ utf8Precedes($0, $1) }) { return "item codes are not sorted and unique" }
        if !zip(plantCodes, plantCodes.dropFirst()).allSatisfy({ utf8Precedes($0, $1) }) { return "plant codes are not sorted and unique" }
        let plantCount = Int32(plantCodes.count), itemCount = Int32(itemCodes.count)
        let orderCount = Int32(orders.count), workCenterCount = Int32(workCenters.count)
        for w in workCenters {
            if w.plant < 0 || w.plant >= plantCount { return "work center \(w.code) references an unknown plant" }
            if w.machines < 1 { return "work center \(w.code) has no machine" }
            if w.capacityMinutesPerDay < 1 || w.capacityMinutesPerDay > 1_440 {
                return "work center \(w.code) offers \(w.capacityMinutesPerDay) minutes a day (1 to 1440 allowed)"
            }
            if plantCalendars[Int(w.plant)].workdays.isEmpty {
                return "plant \(plantCodes[Int(w.plant)]) of work center \(w.code) has no working weekday"
            }
        }
        for o in orders {
            if o.item < 0 || o.item >= itemCount { return "order \(o.id) references an unknown item" }
            if o.plant < 0 || o.plant >= plantCount { return "order \(o.id) references an unknown plant" }
        }
        var previous: SchedulingOperation?
        for op in operations {
            if op.order < 0 || op.order >= orderCount { return "an operation references an unknown order" }
            if op.workCenter < 0 || op.workCenter >= workCenterCount {
                return "operation \(op.opSeq) of \(orders[Int(op.order)].id) references an unknown work center"
            }
            if op.durationMinutes < 0 { return "operation \(op.opSeq) of \(orders[Int(op.order)].id) has a negative duration" }
            if let p = previous, p.order > op.order || (p.order == op.order && p.opSeq >= op.opSeq) {
                return "operations are not sorted by (order, op_seq) with distinct op_seq"
            }
            previous = op
        }
        var previousArc: SchedulingPrecedence?
        for arc in precedences {
            if arc.order < 0 || arc.order >= orderCount || arc.predecessor < 0 || arc.predecessor >= orderCount {
                return "a precedence references an unknown order"
            }
            if arc.lagMinutes < 0 { return "a precedence has a negative lag" }
            if arc.order == arc.predecessor { return "order \(orders[Int(arc.order)].id) precedes itself" }
            if let p = previousArc, p.order > arc.order || (p.order == arc.order && p.predecessor >= arc.predecessor) {
                return "precedences are not sorted by (order, predecessor) without duplicates"
            }
            previousArc = arc
        }
        return firstPrecedenceCycle()
    }

    /// Kahn's algorithm over orders; names an order on a cycle when there is one.
    func firstPrecedenceCycle() -> String? {
        var indegree = [Int32](repeating: 0, count: orders.count)
        var successorStart = [Int32](repeating: 0, count: orders.count + 1)
        for arc in precedences {
            indegree[Int(arc.order)] += 1
            successorStart[Int(arc.predecessor) + 1] += 1
        }
        for i in 0..<orders.count { successorStart[i + 1] += successorStart[i] }
        var fill = successorStart
        var successor = [Int32](repeating: 0, count: precedences.count)
        for arc in precedences {
            successor[Int(fill[Int(arc.predecessor)])] = arc.order
            fill[Int(arc.predecessor)] += 1
        }
        var stack: [Int32] = []
        for i in 0..<orders.count where indegree[i] == 0 { stack.append(Int32(i)) }
        var seen = 0
        while let o = stack.popLast() {
            seen += 1
            for s in successor[Int(successorStart[Int(o)])..<Int(successorStart[Int(o) + 1])] {
                indegree[Int(s)] -= 1
                if indegree[Int(s)] == 0 { stack.append(s) }
            }
        }
        guard seen < orders.count, let onCycle = indegree.firstIndex(where: { $0 > 0 }) else { return nil }
        return "orders form a precedence cycle; \(orders[onCycle].id) waits on it"
    }
}
