public import FabrikPlanning
public import FabrikScheduling

/// The stored schedule with its run's bookkeeping. `schedule` is the value
/// that was saved, problem included (round trip exact: it renders the same
/// `schedule run --json` document with `seconds`, and
/// `schedule.firstViolation(schedule.problem)` still holds).
public struct StoredSchedule: Sendable {
    public var schedule: Schedule
    /// The `schedule_runs` row of this schedule.
    public var runId: Int
    /// When it was stored (ISO 8601, UTC).
    public var storedAt: String
    /// The scheduling computation's seconds, as given to `saveSchedule`.
    public var seconds: Double
}

/// The store's scheduling side, beside `FabrikStoring` (a PostgreSQL store
/// implements both). Each method is one transaction.
public protocol ScheduleStoring: Sendable {
    /// The stored MRP plan and the dataset rows the scheduler reads;
    /// `StoreError.noPlan` when no plan is stored yet.
    func loadSchedulingInputs() throws(StoreError) -> SchedulingInputs

    /// Replaces the stored schedule (all its tables) in one transaction and
    /// appends a `schedule_runs` row.
    func saveSchedule(_ schedule: Schedule, seconds: Double) throws(StoreError)

    /// The same, recording the plan the schedule was computed from, which
    /// `order status` needs to use its dates (docs/status-and-http.md).
    func saveSchedule(_ schedule: Schedule, seconds: Double, basedOn plan: PlanRunIdentity) throws(StoreError)

    /// The stored schedule exactly as saved, or nil when none is stored.
    func loadSchedule() throws(StoreError) -> StoredSchedule?
}

extension SQLiteStore: ScheduleStoring {}
