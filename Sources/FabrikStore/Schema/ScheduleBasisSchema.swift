internal import GRDB

/// Migration `v4-schedule-plan-basis`: each `schedule_runs` row records the
/// MRP run its schedule was computed from (`mrp_runs` id, stored_at and
/// seconds, the key `PlanCache` compares), so `order status` can tell
/// whether the stored schedule still belongs to the stored plan
/// (docs/status-and-http.md, "Scheduled dates").
///
/// Rows from before the migration keep NULLs: their plan is unknown, so
/// their schedule is never taken as current (run `fabrik schedule run` again).
enum ScheduleBasisSchema {
    static let statements: [String] = [
        "ALTER TABLE schedule_runs ADD COLUMN plan_run_id INTEGER",
        "ALTER TABLE schedule_runs ADD COLUMN plan_stored_at TEXT",
        "ALTER TABLE schedule_runs ADD COLUMN plan_seconds REAL",
    ]

    static func migrate(_ db: Database) throws {
        for sql in statements { try db.execute(sql: sql) }
    }
}
