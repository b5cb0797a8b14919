public import FabrikPlanning

/// The stored plan with its run's bookkeeping. `plan` is the value that was
/// saved (round trip exact: it renders the same `mrp run --json` document
/// with `seconds`).
public struct StoredPlan: Sendable {
    public var plan: MaterialPlan
    /// The `mrp_runs` row of this plan.
    public var runId: Int
    /// When it was stored (ISO 8601, UTC).
    public var storedAt: String
    /// The planning computation's seconds, as given to `savePlan`.
    public var seconds: Double
}

/// A planned order turned into an open order: `PO-n` approved as `PUR-m`,
/// `MO-n` released as `MFG-m`, `TO-n` released as `TRF-m`.
public struct OrderConversion: Hashable, Sendable {
    public var plannedOrderId: String
    public var orderId: String
    public init(plannedOrderId: String, orderId: String) {
        self.plannedOrderId = plannedOrderId
        self.orderId = orderId
    }
}
