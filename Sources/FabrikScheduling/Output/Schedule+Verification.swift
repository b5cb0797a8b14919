import FabrikCore

extension Schedule {
    /// The first hard constraint this schedule breaks for `problem`, as a
    /// sentence, or nil. Independent of the engine: it re-derives working
    /// time from the `WorkCalendar`s day by day, and checks
    /// - every operation on a machine 1...machines of its work center;
    /// - positive operations start at a working minute and contain exactly
    ///   their duration of working minutes, ending on one (so they run
    ///   without interruption except by non-working time); zero ones start
    ///   and end together;
    /// - no two positive operations overlap on one machine;
    /// - operations of an order in op_seq order, the first at or after the
    ///   release 00:00 and minute 0, and after every predecessor's end plus lag;
    /// - order start, end and tardiness agree with the operations.
    /// Cost O(operations log operations + days spanned).
    public func firstViolation(_ problem: SchedulingProblem) -> String? {
        let n = problem.operations.count
        guard operationMachine.count == n, operationStartMinutes.count == n, operationEndMinutes.count == n,
              orderStartMinutes.count == problem.orders.count, orderEndMinutes.count == problem.orders.count,
              orderTardinessMinutes.count == problem.orders.count else { return "column counts do not match the problem" }
        for (j, op) in problem.operations.enumerated() {
            if let text = operationViolation(problem, j, op) { return text }
        }
        if let text = machineOverlap(problem) { return text }
        return orderViolation(problem)
    }

    private func name(_ problem: SchedulingProblem, _ j: Int) -> String {
        let op = problem.operations[j]
        return "operation \(op.opSeq) of \(problem.orders[Int(op.order)].id)"
    }

    private func operationViolation(_ problem: SchedulingProblem, _ j: Int, _ op: SchedulingOperation) -> String? {
        let center = problem.workCenters[Int(op.workCenter)]
        let s = operationStartMinutes[j], e = operationEndMinutes[j]
        if operationMachine[j] < 1 || operationMachine[j] > center.machines { return "\(name(problem, j)) is on no machine of \(center.code)" }
        if s < 0 { return "\(name(problem, j)) starts before as_of" }
        if op.durationMinutes == 0 { return s == e ? nil : "\(name(problem, j)) takes no time but spans \(e - s) minutes" }
        let calendar = problem.plantCalendars[Int(center.plant)]
        let capacity = Int64(center.capacityMinutesPerDay)
        func isWorking(_ t: Int64) -> Bool {
            let day = t / 1_440
            return calendar.isWorkingDay(problem.asOf + Int32(day)) && t - day * 1_440 < capacity
        }
        if !isWorking(s) { return "\(name(problem, j)) starts in non-working time" }
        if e <= s || !isWorking(e - 1) { return "\(name(problem, j)) ends in non-working time" }
        var worked: Int64 = 0
        var day = s / 1_440
        while day * 1_440 < e {
            if calendar.isWorkingDay(problem.asOf + Int32(day)) {
                let from = max(s, day * 1_440), to = min(e, day * 1_440 + capacity)
                if to > from { worked += to - from }
            }
            day += 1
        }
        return worked == op.durationMinutes ? nil
            : "\(name(problem, j)) works \(worked) minutes of its \(op.durationMinutes) between its start and end"
    }

    private func machineOverlap(_ problem: SchedulingProblem) -> String? {
        let busy = problem.operations.indices.filter { problem.operations[$0].durationMinutes > 0 }.sorted { a, b in
            let x = problem.operations[a].workCenter, y = problem.operations[b].workCenter
            if x != y { return x < y }
            if operationMachine[a] != operationMachine[b] { return operationMachine[a] < operationMachine[b] }
            return operationStartMinutes[a] < operationStartMinutes[b]
        }
        for (a, b) in zip(busy, busy.dropFirst())
        where problem.operations[a].workCenter == problem.operations[b].workCenter && operationMachine[a] == operationMachine[b]
            && operationEndMinutes[a] > operationStartMinutes[b] {
            return "\(name(problem, a)) and \(name(problem, b)) overlap on machine \(operationMachine[a]) of \(problem.workCenters[Int(problem.operations[a].workCenter)].code)"
        }
        return nil
    }

    private func orderViolation(_ problem: SchedulingProblem) -> String? {
        var first = [Int](repeating: -1, count: problem.orders.count)
        var last = first
        for (j, op) in problem.operations.enumerated() {
            let o = Int(op.order)
            if first[o] < 0 { first[o] = j } else if operationStartMinutes[j] < operationEndMinutes[last[o]] {
                return "\(name(problem, j)) starts before the previous operation of its order ends"
            }
            last[o] = j
        }
        for (o, order) in problem.orders.enumerated() {
            let start = first[o] >= 0 ? operationStartMinutes[first[o]] : orderStartMinutes[o]
            let end = last[o] >= 0 ? operationEndMinutes[last[o]] : orderStartMinutes[o]
            if orderStartMinutes[o] != start || orderEndMinutes[o] != end { return "order \(order.id) start or end disagrees with its operations" }
            if start < 0 || start < ScheduleClock.minutes(atStartOf: order.releaseDay, asOf: problem.asOf) {
                return "order \(order.id) starts before its release or before as_of"
            }
            let dueEnd = ScheduleClock.minutes(atStartOf: order.dueDay + 1, asOf: problem.asOf)
            if orderTardinessMinutes[o] != max(0, end - dueEnd) { return "order \(order.id) has a wrong tardiness" }
        }
        for arc in problem.precedences
        where orderStartMinutes[Int(arc.order)] < orderEndMinutes[Int(arc.predecessor)] + arc.lagMinutes {
            return "order \(problem.orders[Int(arc.order)].id) starts before \(problem.orders[Int(arc.predecessor)].id) ends (+\(arc.lagMinutes) minutes)"
        }
        return nil
    }
}
