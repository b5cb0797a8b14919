internal import FabrikCore
public import FabrikScheduling
internal import Foundation
internal import GRDB

/// Writes a `Schedule` over the stored one, inside the caller's write
/// transaction: clears the current schedule tables, bulk-inserts the
/// problem (plants and calendars, items, work centers, orders, operations,
/// precedences) with the result columns beside it, the loads and the
/// messages, and appends one `schedule_runs` row.
struct ScheduleWriter {
    let db: Database

    func write(_ schedule: Schedule, seconds: Double) throws {
        for table in ScheduleSchema.currentScheduleTables { try db.execute(sql: "DELETE FROM \(table)") }
        let problem = schedule.problem
        var inserter = BulkInserter(db: db, rowsTotal: 0, progress: { _ in })
        try writeProblemTables(problem, with: &inserter)

        let orders = problem.orders
        try inserter.insert(
            count: orders.count, into: "schedule_orders",
            columns: ["position", "order_id", "is_open", "planned_number", "item", "plant", "qty", "release_day", "due_day",
                      "mrp_due_day", "weight", "first_deal_line", "start_minute", "end_minute", "tardiness_minutes",
                      "completion_day"]
        ) { s, o in
            let order = orders[o]
            let start = schedule.orderStartMinutes[o], end = schedule.orderEndMinutes[o]
            s.bind(1, Int64(o)); s.bind(2, order.id); s.bind(3, order.isOpenOrder); s.bind(4, order.plannedNumber)
            s.bind(5, order.item); s.bind(6, order.plant); s.bind(7, order.quantity.rawMicros)
            s.bind(8, order.releaseDay.daysSinceEpoch); s.bind(9, order.dueDay.daysSinceEpoch)
            s.bind(10, order.mrpDueDay.daysSinceEpoch); s.bind(11, order.weight.rawTenThousandths)
            s.bind(12, order.firstDealLine); s.bind(13, start); s.bind(14, end)
            s.bind(15, schedule.orderTardinessMinutes[o])
            s.bind(16, ScheduleClock.day(of: max(start, end - 1), asOf: problem.asOf).daysSinceEpoch)
        }

        let operations = problem.operations
        try inserter.insert(
            count: operations.count, into: "schedule_operations",
            columns: ["position", "order_position", "op_seq", "work_center", "machine", "duration_minutes", "start_minute",
                      "end_minute"]
        ) { s, j in
            let op = operations[j]
            s.bind(1, Int64(j)); s.bind(2, op.order); s.bind(3, op.opSeq); s.bind(4, op.workCenter)
            s.bind(5, schedule.operationMachine[j]); s.bind(6, op.durationMinutes)
            s.bind(7, schedule.operationStartMinutes[j]); s.bind(8, schedule.operationEndMinutes[j])
        }

        let precedences = problem.precedences
        try inserter.insert(
            count: precedences.count, into: "schedule_precedences",
            columns: ["position", "order_position", "predecessor_position", "lag_minutes"]
        ) { s, k in
            s.bind(1, Int64(k)); s.bind(2, precedences[k].order); s.bind(3, precedences[k].predecessor)
            s.bind(4, precedences[k].lagMinutes)
        }

        let loads = schedule.loads
        try inserter.insert(
            count: loads.count, into: "schedule_loads",
            columns: ["position", "work_center", "day", "load_minutes", "capacity_minutes"]
        ) { s, k in
            s.bind(1, Int64(k)); s.bind(2, loads[k].workCenter); s.bind(3, loads[k].day.daysSinceEpoch)
            s.bind(4, loads[k].loadMinutes); s.bind(5, loads[k].capacityMinutes)
        }

        let messages = schedule.messages
        try inserter.insert(
            count: messages.count, into: "schedule_messages", columns: ["position", "type", "order_position", "demand", "day"]
        ) { s, k in
            s.bind(1, Int64(k)); s.bind(2, messages[k].type.name); s.bind(3, messages[k].order)
            s.bind(4, messages[k].demand); s.bind(5, messages[k].date.daysSinceEpoch)
        }

        let statistics = schedule.statistics
        try db.execute(
            sql: """
                INSERT INTO schedule_runs (as_of_day, stored_at, seconds, iterations, operations, orders, messages,
                    makespan_minutes, weighted_tardiness_raw, constructive_weighted_tardiness_raw,
                    plant_makespan_sum_minutes, constructive_plant_makespan_sum_minutes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [problem.asOf.daysSinceEpoch, ISO8601DateFormatter().string(from: Date()), seconds,
                        statistics.iterations, statistics.operations, orders.count, messages.count,
                        statistics.makespanMinutes, String(statistics.weightedTardinessRaw),
                        String(statistics.constructiveWeightedTardinessRaw), statistics.plantMakespanSumMinutes,
                        statistics.constructivePlantMakespanSumMinutes])
    }

    /// Plants with calendars, items and work centers: the problem's code tables.
    private func writeProblemTables(_ problem: SchedulingProblem, with inserter: inout BulkInserter) throws(StoreError) {
        try inserter.insert(count: problem.plantCodes.count, into: "schedule_plants",
                            columns: ["position", "plant_id", "workdays"]) { s, p in
            s.bind(1, Int64(p)); s.bind(2, problem.plantCodes[p]); s.bind(3, Int64(problem.plantCalendars[p].workdays.bits))
        }
        var holidays: [(plant: Int32, day: Day)] = []
        for (p, calendar) in problem.plantCalendars.enumerated() {
            for day in calendar.holidays { holidays.append((Int32(p), day)) }
        }
        try inserter.insert(holidays, into: "schedule_holidays", columns: ["plant", "day"]) { s, row in
            s.bind(1, row.plant); s.bind(2, row.day.daysSinceEpoch)
        }
        try inserter.insert(count: problem.itemCodes.count, into: "schedule_items", columns: ["position", "item_id"]) { s, i in
            s.bind(1, Int64(i)); s.bind(2, problem.itemCodes[i])
        }
        let centers = problem.workCenters
        try inserter.insert(
            count: centers.count, into: "schedule_work_centers",
            columns: ["position", "work_center_id", "plant", "machines", "capacity_minutes_per_day"]
        ) { s, w in
            s.bind(1, Int64(w)); s.bind(2, centers[w].code); s.bind(3, centers[w].plant); s.bind(4, centers[w].machines)
            s.bind(5, centers[w].capacityMinutesPerDay)
        }
    }
}

extension SQLiteStore {
    /// Replaces the stored schedule with `schedule` in one transaction (a
    /// failure keeps the previous one) and records the run; `seconds` is the
    /// scheduling computation's time, kept for `stats.seconds`.
    public func saveSchedule(_ schedule: Schedule, seconds: Double) throws(StoreError) {
        try write("storing the schedule") { db in try ScheduleWriter(db: db).write(schedule, seconds: seconds) }
    }
}
