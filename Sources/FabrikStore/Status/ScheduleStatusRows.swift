import FabrikCore
import FabrikPlanning
internal import FabrikScheduling
internal import GRDB

extension StatusRows {
    /// The last stored schedule run, judged against the stored plan's run
    /// `current` with as_of `planAsOf` (nil: no plan) in the caller's read
    /// transaction, so the verdict and the plan the answer uses are the same
    /// snapshot's. Nil when no schedule is stored (or the database has no
    /// schedule tables). Its `orders` start empty; `fillOrderFacts` adds the
    /// orders below the deal when current.
    static func schedule(_ db: Database, current: PlanRunIdentity?, planAsOf: Day?) throws -> StatusSchedule? {
        let exists = try RawStatement(db, sql: "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schedule_runs'")
        guard try exists.step() else { return nil }
        let run = try RawStatement(db, sql: """
            SELECT id, as_of_day, stored_at, plan_run_id, plan_stored_at, plan_seconds
            FROM schedule_runs ORDER BY id DESC LIMIT 1
            """)
        guard try run.step() else { return nil }
        let asOf = Day(daysSinceEpoch: run.int32(1))
        let basis: PlanRunIdentity? = run.isNull(3) || run.isNull(4) || run.isNull(5)
            ? nil : PlanRunIdentity(runId: Int(run.int64(3)), storedAt: run.text(4), seconds: run.double(5))
        return StatusSchedule(
            runId: Int(run.int64(0)), asOf: asOf, storedAt: run.text(2), planRunId: run.optionalInt64(3).map { Int($0) },
            staleness: ScheduleStaleness.of(basis: basis, scheduleAsOf: asOf, current: current, planAsOf: planAsOf))
    }
}

/// Looks up the scheduled days of one order (`schedule_orders.order_id`
/// is UNIQUE, so one index probe) for the schedule that starts on `asOf`.
struct ScheduledDaysReader {
    private let statement: RawStatement
    private let asOf: Day

    init(_ db: Database, asOf: Day) throws {
        statement = try RawStatement(db, sql: "SELECT start_minute, completion_day FROM schedule_orders WHERE order_id = ?")
        self.asOf = asOf
    }

    func days(of orderId: String) throws -> ScheduledDays? {
        statement.reset()
        statement.bind(1, orderId)
        guard try statement.step() else { return nil }
        let start = ScheduleClock.day(of: statement.int64(0), asOf: asOf)
        let completion = Day(daysSinceEpoch: statement.int32(1))
        return ScheduledDays(start: min(start, completion), completion: completion)
    }
}
