public import FabrikCore

/// How to run MRP: the plan date (day 0), the horizon and the worker count.
///
/// Invariant (checked by the planner, not here): `horizonDays` is 1...3,650.
/// `threadCount` only changes speed, never the plan.
public struct MRPParameters: Sendable, Hashable {
    public var asOf: Day
    public var horizonDays: Int32
    public var threadCount: Int

    /// The contract's horizon limits.
    public static let horizonDaysRange: ClosedRange<Int32> = 1...3_650

    public init(asOf: Day, horizonDays: Int32 = 365, threadCount: Int = 2) {
        self.asOf = asOf
        self.horizonDays = horizonDays
        self.threadCount = threadCount
    }

    /// The last day of the horizon: `asOf + horizonDays - 1`.
    public var horizonEnd: Day { asOf + (horizonDays - 1) }
}
