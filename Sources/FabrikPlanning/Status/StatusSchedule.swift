public import FabrikCore

/// One stored MRP run, as a schedule records the plan it was computed from:
/// the `mrp_runs` row id with when it was stored and how long it took, so a
/// run stored after an import restarted the ids is never taken for an older
/// one (the same key `PlanCache` uses).
public struct PlanRunIdentity: Hashable, Sendable {
    public var runId: Int
    public var storedAt: String
    public var seconds: Double

    public init(runId: Int, storedAt: String, seconds: Double) {
        self.runId = runId
        self.storedAt = storedAt
        self.seconds = seconds
    }
}

/// Why a stored schedule's dates are not used by the order status.
public enum ScheduleStaleness: Hashable, Sendable {
    /// The schedule does not record its plan (stored before migration
    /// `v4-schedule-plan-basis`, or saved without a basis).
    case planNotRecorded
    /// The plan it was computed from is no longer the stored plan (a later
    /// `mrp run` replaced it); `currentRunId` is the stored plan's run.
    case planReplaced(currentRunId: Int)
    /// There is no stored plan at all.
    case noPlan
    /// It was scheduled from a day before the plan's as_of
    /// (`schedule run --as-of` earlier than the plan), so it may place work in
    /// the plan's past.
    case asOfBeforePlan

    /// The JSON value of `schedule.stale_because`.
    public var name: String {
        switch self {
        case .planNotRecorded: return "plan-not-recorded"
        case .planReplaced: return "plan-replaced"
        case .noPlan: return "no-plan"
        case .asOfBeforePlan: return "as-of-before-plan"
        }
    }

    /// The verdict for a schedule that records `basis` (nil: not recorded)
    /// and starts on `scheduleAsOf`, against the stored plan `current` (nil:
    /// none) with as_of `planAsOf`; nil means current. The rule
    /// (docs/status-and-http.md): a schedule is current exactly while the
    /// plan it was computed from is still the stored plan and it does not
    /// start before that plan's as_of. Order transactions after it (release,
    /// issue, completion, receipts) keep it current, as they keep the plan.
    public static func of(basis: PlanRunIdentity?, scheduleAsOf: Day, current: PlanRunIdentity?, planAsOf: Day?)
        -> ScheduleStaleness? {
        guard let current, let planAsOf else { return .noPlan }
        guard let basis else { return .planNotRecorded }
        guard basis == current else { return .planReplaced(currentRunId: current.runId) }
        return scheduleAsOf < planAsOf ? .asOfBeforePlan : nil
    }
}

/// Where an order's scheduled work falls: the day of its first operation's
/// start and the day of its last worked minute (`schedule_orders.completion_day`).
/// Invariant: `start <= completion`.
public struct ScheduledDays: Hashable, Sendable {
    public var start: Day
    public var completion: Day

    public init(start: Day, completion: Day) {
        self.start = start
        self.completion = completion
    }
}

/// The stored finite-capacity schedule as the order status sees it: its
/// run, the plan it was computed from, whether it is current, and the
/// scheduled days of the production orders pegged below the deal.
///
/// `orders` is keyed by order id (`MO-n`, open production order ids) and is
/// filled only when the schedule is current; `OrderStatusBuilder` uses its
/// days exactly when `isCurrent`.
public struct StatusSchedule: Sendable {
    public var runId: Int
    public var asOf: Day
    public var storedAt: String
    /// The `mrp_runs` id of the plan it was computed from, nil when not recorded.
    public var planRunId: Int?
    /// Nil when current.
    public var staleness: ScheduleStaleness?
    public var orders: [IdKey: ScheduledDays]

    public init(runId: Int, asOf: Day, storedAt: String, planRunId: Int?, staleness: ScheduleStaleness?,
                orders: [IdKey: ScheduledDays] = [:]) {
        self.runId = runId
        self.asOf = asOf
        self.storedAt = storedAt
        self.planRunId = planRunId
        self.staleness = staleness
        self.orders = orders
    }

    public var isCurrent: Bool { staleness == nil }
}

/// Where a projected date comes from: the forward pass over the MRP plan
/// (infinite capacity) or the current finite-capacity schedule (the order's
/// scheduled end, or a date pushed by one).
public enum DateSource: UInt8, Sendable, Hashable {
    case plan, schedule
    public var name: String { self == .plan ? "plan" : "schedule" }
}
