import FabrikCore
import FabrikPlanning
internal import GRDB

extension SQLiteStore {
    /// The last MRP run (and schedule run, if that table exists) with the
    /// current plan's counts, in ONE read transaction.
    public func readRunSummary() throws(StoreError) -> RunSummary {
        try read("reading the last runs") { db in
            let mrp = try mrpSummary(db)
            var schedule = try scheduleSummary(db)
            // The same verdict as `order status`, from the same snapshot; unreadable counts as not current.
            let current = mrp.map { PlanRunIdentity(runId: $0.runId, storedAt: $0.storedAt, seconds: $0.seconds) }
            if schedule != nil, let verdict = try? StatusRows.schedule(db, current: current, planAsOf: mrp?.asOf) {
                schedule?.planRunId = verdict.planRunId
                schedule?.isCurrent = verdict.isCurrent
                schedule?.staleBecause = verdict.staleness?.name
            }
            return RunSummary(mrp: mrp, schedule: schedule)
        }
    }

    private func mrpSummary(_ db: Database) throws -> MRPRunSummary? {
        let run = try RawStatement(db, sql: """
            SELECT id, as_of_day, horizon_days, stored_at, seconds, nodes, planned_orders, receipts, on_hand,
                   messages, pegs, requirements_beyond_horizon
            FROM mrp_runs ORDER BY id DESC LIMIT 1
            """)
        guard try run.step() else { return nil }
        var orders: [String: Int] = [:]
        let byType = try RawStatement(db, sql: "SELECT type, COUNT(*) FROM planned_orders GROUP BY type")
        while try byType.step() { orders[byType.text(0)] = Int(byType.int64(1)) }
        var messages: [TypeCount] = []
        let byMessage = try RawStatement(db, sql: "SELECT type, COUNT(*) FROM plan_messages GROUP BY type ORDER BY type")
        while try byMessage.step() { messages.append(TypeCount(type: byMessage.text(0), count: Int(byMessage.int64(1)))) }
        return MRPRunSummary(
            runId: Int(run.int64(0)), asOf: Day(daysSinceEpoch: run.int32(1)), horizonDays: Int(run.int64(2)),
            storedAt: run.text(3), seconds: run.double(4), nodes: Int(run.int64(5)), plannedOrders: Int(run.int64(6)),
            ordersByType: ["production", "purchase", "transfer"].map { TypeCount(type: $0, count: orders[$0] ?? 0) },
            receipts: Int(run.int64(7)), onHand: Int(run.int64(8)), pegs: Int(run.int64(10)), messages: Int(run.int64(9)),
            messagesByType: messages, requirementsBeyondHorizon: Int(run.int64(11)))
    }

    /// Nil when the schedule tables are absent (an older database), of
    /// another shape, or empty: the schedule is optional for the status.
    private func scheduleSummary(_ db: Database) throws -> ScheduleRunSummary? {
        do { return try lastScheduleRun(db) } catch { return nil }
    }

    private func lastScheduleRun(_ db: Database) throws -> ScheduleRunSummary? {
        let exists = try RawStatement(db, sql: "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schedule_runs'")
        guard try exists.step() else { return nil }
        let run = try RawStatement(db, sql: """
            SELECT id, as_of_day, stored_at, seconds, operations, orders, messages, makespan_minutes
            FROM schedule_runs ORDER BY id DESC LIMIT 1
            """)
        guard try run.step() else { return nil }
        return ScheduleRunSummary(
            runId: Int(run.int64(0)), asOf: Day(daysSinceEpoch: run.int32(1)), storedAt: run.text(2), seconds: run.double(3),
            operations: Int(run.int64(4)), orders: Int(run.int64(5)), messages: Int(run.int64(6)),
            makespanMinutes: Int(run.int64(7)))
    }
}
