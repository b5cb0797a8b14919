import FabrikCore

/// Turns the engine's timed nodes into the public `Schedule`: operation and
/// order columns, per-day loads and the messages. O(nodes + load rows log).
enum ScheduleAssembly {
    static func schedule(_ problem: SchedulingProblem, _ model: ShopModel, _ nodeStart: [Int64], _ nodeEnd: [Int64],
                         _ sequences: MachineSequences, _ statistics: ScheduleStatistics) -> Schedule {
        let operationCount = problem.operations.count
        var machine = [Int32](repeating: 0, count: operationCount)
        var start = [Int64](repeating: 0, count: operationCount)
        var end = [Int64](repeating: 0, count: operationCount)
        var makespan: Int64 = 0
        for node in 0..<model.nodeCount {
            let op = Int(model.nodeOperation[node])
            guard op >= 0 else { continue }
            let w = Int(model.nodeWorkCenter[node])
            machine[op] = sequences.nodeMachine[node] - model.workCenterMachineStart[w] + 1
            start[op] = nodeStart[node]
            end[op] = nodeEnd[node]
            makespan = max(makespan, nodeEnd[node])
        }
        var orderStart = [Int64](repeating: 0, count: model.orderCount)
        var orderEnd = orderStart
        var tardiness = orderStart
        for o in 0..<model.orderCount {
            orderStart[o] = nodeStart[Int(model.orderNodeStart[o])]
            orderEnd[o] = nodeEnd[Int(model.orderNodeStart[o + 1]) - 1]
            tardiness[o] = max(0, orderEnd[o] - model.orderDueEnd[o])
        }
        var statistics = statistics
        statistics.makespanMinutes = makespan
        return Schedule(
            problem: problem, operationMachine: machine, operationStartMinutes: start, operationEndMinutes: end,
            orderStartMinutes: orderStart, orderEndMinutes: orderEnd, orderTardinessMinutes: tardiness,
            loads: loads(problem, model, start, end), messages: messages(problem, orderEnd, tardiness),
            statistics: statistics)
    }

    /// Days after as_of that `loads` covers at most (ten years): a hopelessly
    /// overloaded shop (the generated 100k-item dataset schedules ~700 years
    /// of work) would otherwise list one row per work center and working day
    /// for centuries (146M rows, 8 GB). Operations still carry their times.
    static let loadDaysMax: Int64 = 3_653

    /// Minutes worked per (work center, working day), every working day from
    /// day 0 through each work center's last loaded day, at most through day
    /// `loadDaysMax - 1`.
    static func loads(_ problem: SchedulingProblem, _ model: ShopModel, _ start: [Int64], _ end: [Int64]) -> [WorkCenterDayLoad] {
        let minutesPerDay = WorkingTimeTable.minutesPerDay
        var lastDay = [Int64](repeating: -1, count: problem.workCenters.count)
        for (j, op) in problem.operations.enumerated() where end[j] > start[j] && start[j] < loadDaysMax * minutesPerDay {
            lastDay[Int(op.workCenter)] = max(lastDay[Int(op.workCenter)], min((end[j] - 1) / minutesPerDay, loadDaysMax - 1))
        }
        var offset = [Int](repeating: 0, count: problem.workCenters.count + 1)
        for w in 0..<problem.workCenters.count { offset[w + 1] = offset[w] + Int(lastDay[w] + 1) }
        var minutes = [Int64](repeating: 0, count: offset[problem.workCenters.count])
        for (j, op) in problem.operations.enumerated() where end[j] > start[j] && start[j] < loadDaysMax * minutesPerDay {
            let w = Int(op.workCenter)
            let table = model.plantTables[Int(model.workCenterPlant[w])]
            let capacity = model.workCenterCapacity[w]
            var day = start[j] / minutesPerDay
            while day * minutesPerDay < end[j] && day < loadDaysMax {
                let worked = table.workingMinutes(from: max(start[j], day * minutesPerDay),
                                                  to: min(end[j], (day + 1) * minutesPerDay), capacity: capacity)
                minutes[offset[w] + Int(day)] += worked
                day += 1
            }
        }
        var rows: [WorkCenterDayLoad] = []
        for (w, center) in problem.workCenters.enumerated() where lastDay[w] >= 0 {
            let table = model.plantTables[Int(center.plant)]
            let capacity = Int64(center.machines) * Int64(center.capacityMinutesPerDay)
            for day in 0...lastDay[w] where table.isWorkingDay(day) {
                rows.append(WorkCenterDayLoad(workCenter: Int32(w), day: problem.asOf + Int32(day),
                                              loadMinutes: minutes[offset[w] + Int(day)], capacityMinutes: capacity))
            }
        }
        return rows
    }

    /// `late-order` for every tardy order, `capacity-overload` for every order
    /// ending after its MRP due day; in output order.
    static func messages(_ problem: SchedulingProblem, _ orderEnd: [Int64], _ tardiness: [Int64]) -> [ScheduleMessage] {
        var result: [ScheduleMessage] = []
        for (o, order) in problem.orders.enumerated() {
            if orderEnd[o] > ScheduleClock.minutes(atStartOf: order.mrpDueDay + 1, asOf: problem.asOf) {
                result.append(ScheduleMessage(type: .capacityOverload, order: Int32(o), demand: nil, date: order.mrpDueDay))
            }
            if tardiness[o] > 0 {
                result.append(ScheduleMessage(type: .lateOrder, order: Int32(o), demand: order.firstDealLine, date: order.dueDay))
            }
        }
        let orders = problem.orders
        result.sort { a, b in
            if a.type != b.type { return a.type < b.type }
            let x = orders[Int(a.order)], y = orders[Int(b.order)]
            if x.item != y.item { return x.item < y.item }
            if x.plant != y.plant { return x.plant < y.plant }
            if a.date != b.date { return a.date < b.date }
            if a.order != b.order { return SchedulingOrder.precedesInReferenceOrder(x, y) }
            return false
        }
        return result
    }
}
