internal import FabrikCore
internal import FabrikScheduling
internal import GRDB

/// Reads the stored schedule back into the `Schedule` it was saved from, in
/// one read transaction. Rows come back by `position`, which is their index
/// in the problem; a gap or an out-of-range reference is a `corruptValue`.
struct ScheduleReader {
    let db: Database

    func read() throws -> StoredSchedule? {
        let run = try RawStatement(db, sql: """
            SELECT id, as_of_day, stored_at, seconds, iterations, operations, makespan_minutes, weighted_tardiness_raw,
                   constructive_weighted_tardiness_raw, plant_makespan_sum_minutes, constructive_plant_makespan_sum_minutes
            FROM schedule_runs ORDER BY id DESC LIMIT 1
            """)
        guard try run.step() else { return nil }
        guard let tardiness = Int128(run.text(7)), let constructiveTardiness = Int128(run.text(8)) else {
            throw StoreError.corruptValue(table: "schedule_runs", column: "weighted_tardiness_raw", value: run.text(7))
        }
        let statistics = ScheduleStatistics(
            operations: Int(run.int64(5)), makespanMinutes: run.int64(6), weightedTardinessRaw: tardiness,
            constructiveWeightedTardinessRaw: constructiveTardiness, plantMakespanSumMinutes: run.int64(9),
            constructivePlantMakespanSumMinutes: run.int64(10), iterations: Int(run.int64(4)))
        let stored = (runId: Int(run.int64(0)), storedAt: run.text(2), seconds: run.double(3))
        var problem = SchedulingProblem(
            asOf: Day(daysSinceEpoch: run.int32(1)), itemCodes: [], plantCodes: [], plantCalendars: [],
            workCenters: [], orders: [], operations: [], precedences: [])
        try readCodeTables(into: &problem)
        var schedule = Schedule(
            problem: problem, operationMachine: [], operationStartMinutes: [], operationEndMinutes: [],
            orderStartMinutes: [], orderEndMinutes: [], orderTardinessMinutes: [], loads: [], messages: [],
            statistics: statistics)
        try readOrders(into: &schedule)
        try readOperations(into: &schedule)
        try readLoadsAndMessages(into: &schedule)
        return StoredSchedule(schedule: schedule, runId: stored.runId, storedAt: stored.storedAt, seconds: stored.seconds)
    }

    private func readCodeTables(into problem: inout SchedulingProblem) throws {
        var masks: [WorkdayMask] = []
        let plants = try RawStatement(db, sql: "SELECT position, plant_id, workdays FROM schedule_plants ORDER BY position")
        while try plants.step() {
            try expect(plants.int64(0), Int64(masks.count), "schedule_plants")
            problem.plantCodes.append(plants.text(1))
            masks.append(WorkdayMask(bits: UInt8(clamping: plants.int64(2))))
        }
        var holidays = [[Day]](repeating: [], count: masks.count)
        let days = try RawStatement(db, sql: "SELECT plant, day FROM schedule_holidays ORDER BY plant, day")
        while try days.step() {
            let plant = Int(days.int64(0))
            guard holidays.indices.contains(plant) else { throw corrupt("schedule_holidays", "plant", days.int64(0)) }
            holidays[plant].append(Day(daysSinceEpoch: days.int32(1)))
        }
        problem.plantCalendars = zip(masks, holidays).map { WorkCalendar(workdays: $0, holidays: $1) }
        let items = try RawStatement(db, sql: "SELECT position, item_id FROM schedule_items ORDER BY position")
        while try items.step() {
            try expect(items.int64(0), Int64(problem.itemCodes.count), "schedule_items")
            problem.itemCodes.append(items.text(1))
        }
        let centers = try RawStatement(db, sql: """
            SELECT position, work_center_id, plant, machines, capacity_minutes_per_day FROM schedule_work_centers ORDER BY position
            """)
        while try centers.step() {
            try expect(centers.int64(0), Int64(problem.workCenters.count), "schedule_work_centers")
            problem.workCenters.append(SchedulingWorkCenter(
                code: centers.text(1), plant: centers.int32(2), machines: centers.int32(3),
                capacityMinutesPerDay: centers.int32(4)))
        }
    }

    private func readOrders(into schedule: inout Schedule) throws {
        let rows = try RawStatement(db, sql: """
            SELECT position, order_id, is_open, planned_number, item, plant, qty, release_day, due_day, mrp_due_day, weight,
                   first_deal_line, start_minute, end_minute, tardiness_minutes
            FROM schedule_orders ORDER BY position
            """)
        var orders: [SchedulingOrder] = []
        while try rows.step() {
            try expect(rows.int64(0), Int64(orders.count), "schedule_orders")
            orders.append(SchedulingOrder(
                id: rows.text(1), isOpenOrder: rows.int64(2) != 0, plannedNumber: rows.int32(3), item: rows.int32(4),
                plant: rows.int32(5), quantity: Quantity(rawMicros: rows.int64(6)),
                releaseDay: Day(daysSinceEpoch: rows.int32(7)), dueDay: Day(daysSinceEpoch: rows.int32(8)),
                mrpDueDay: Day(daysSinceEpoch: rows.int32(9)), weight: Money(rawTenThousandths: rows.int64(10)),
                firstDealLine: rows.optionalText(11)))
            schedule.orderStartMinutes.append(rows.int64(12))
            schedule.orderEndMinutes.append(rows.int64(13))
            schedule.orderTardinessMinutes.append(rows.int64(14))
        }
        schedule.problem.orders = orders
        let precedences = try RawStatement(db, sql: """
            SELECT order_position, predecessor_position, lag_minutes FROM schedule_precedences ORDER BY position
            """)
        var list: [SchedulingPrecedence] = []
        while try precedences.step() {
            list.append(SchedulingPrecedence(order: precedences.int32(0), predecessor: precedences.int32(1),
                                             lagMinutes: precedences.int64(2)))
        }
        schedule.problem.precedences = list
    }

    private func readOperations(into schedule: inout Schedule) throws {
        let rows = try RawStatement(db, sql: """
            SELECT position, order_position, op_seq, work_center, machine, duration_minutes, start_minute, end_minute
            FROM schedule_operations ORDER BY position
            """)
        var operations: [SchedulingOperation] = []
        while try rows.step() {
            try expect(rows.int64(0), Int64(operations.count), "schedule_operations")
            operations.append(SchedulingOperation(order: rows.int32(1), opSeq: rows.int32(2), workCenter: rows.int32(3),
                                                  durationMinutes: rows.int64(5)))
            schedule.operationMachine.append(rows.int32(4))
            schedule.operationStartMinutes.append(rows.int64(6))
            schedule.operationEndMinutes.append(rows.int64(7))
        }
        schedule.problem.operations = operations
        if let problemText = schedule.problem.firstInvalidity() {
            throw StoreError.database(operation: "loading the stored schedule", message: problemText)
        }
    }

    private func readLoadsAndMessages(into schedule: inout Schedule) throws {
        let loads = try RawStatement(db, sql: """
            SELECT work_center, day, load_minutes, capacity_minutes FROM schedule_loads ORDER BY position
            """)
        while try loads.step() {
            guard schedule.problem.workCenters.indices.contains(Int(loads.int64(0))) else {
                throw corrupt("schedule_loads", "work_center", loads.int64(0))
            }
            schedule.loads.append(WorkCenterDayLoad(
                workCenter: loads.int32(0), day: Day(daysSinceEpoch: loads.int32(1)), loadMinutes: loads.int64(2),
                capacityMinutes: loads.int64(3)))
        }
        let messages = try RawStatement(db, sql: "SELECT type, order_position, demand, day FROM schedule_messages ORDER BY position")
        while try messages.step() {
            let typeName = messages.text(0)
            guard let type = ScheduleMessageType.allCases.first(where: { $0.name == typeName }) else {
                throw StoreError.corruptValue(table: "schedule_messages", column: "type", value: typeName)
            }
            guard schedule.problem.orders.indices.contains(Int(messages.int64(1))) else {
                throw corrupt("schedule_messages", "order_position", messages.int64(1))
            }
            schedule.messages.append(ScheduleMessage(
                type: type, order: messages.int32(1), demand: messages.optionalText(2),
                date: Day(daysSinceEpoch: messages.int32(3))))
        }
    }

    private func expect(_ position: Int64, _ wanted: Int64, _ table: String) throws(StoreError) {
        guard position == wanted else { throw corrupt(table, "position", position) }
    }

    private func corrupt(_ table: String, _ column: String, _ value: Int64) -> StoreError {
        .corruptValue(table: table, column: column, value: "\(value)")
    }
}

extension SQLiteStore {
    public func loadSchedule() throws(StoreError) -> StoredSchedule? {
        try read("loading the stored schedule") { db in try ScheduleReader(db: db).read() }
    }
}
