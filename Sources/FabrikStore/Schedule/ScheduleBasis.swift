public import FabrikPlanning
public import FabrikScheduling
internal import GRDB

extension StoredPlan {
    /// The identity of the run this plan came from, recorded with a
    /// schedule computed from it.
    public var identity: PlanRunIdentity { PlanRunIdentity(runId: runId, storedAt: storedAt, seconds: seconds) }
}

extension SQLiteStore {
    /// Replaces the stored schedule like `saveSchedule(_:seconds:)` and
    /// records in its `schedule_runs` row the plan it was computed from
    /// (`inputs.storedPlan.identity` of the `loadSchedulingInputs` it was
    /// built from). The plan is given, not read here, so a plan stored by
    /// another process between loading and saving leaves the new schedule
    /// stale instead of passing it off as the new plan's.
    public func saveSchedule(_ schedule: Schedule, seconds: Double, basedOn plan: PlanRunIdentity) throws(StoreError) {
        try write("storing the schedule") { db in
            try ScheduleWriter(db: db).write(schedule, seconds: seconds)
            try db.execute(
                sql: """
                    UPDATE schedule_runs SET plan_run_id = ?, plan_stored_at = ?, plan_seconds = ?
                    WHERE id = (SELECT MAX(id) FROM schedule_runs)
                    """,
                arguments: [plan.runId, plan.storedAt, plan.seconds])
        }
    }
}
