public import FabrikCore

/// The kinds of exception message, declared in the byte order of their
/// names so `rawValue` order is the output order.
public enum PlanMessageType: UInt8, Sendable, CaseIterable, Comparable {
    case cancel, lateRelease, noPlanningData, noSupplier, pastDueDemand, pastDueReceipt, rescheduleIn, rescheduleOut

    /// The contract's name: `cancel`, `late-release`, ...
    public var name: String {
        ["cancel", "late-release", "no-planning-data", "no-supplier", "past-due-demand", "past-due-receipt",
         "reschedule-in", "reschedule-out"][Int(rawValue)]
    }

    public static func < (a: PlanMessageType, b: PlanMessageType) -> Bool { a.rawValue < b.rawValue }
}

/// One exception for a planner (planning.md "Messages"): 32 bytes.
/// `order` and `demand` are `.none` where the table says null.
/// Comparable in output order: (type, item, plant, date, order, demand).
public struct PlanMessage: Hashable, Sendable, Comparable {
    public var type: PlanMessageType
    public var item: Int32
    public var plant: Int32
    public var date: Day
    public var order: PlanReference
    public var demand: PlanReference

    public init(type: PlanMessageType, item: Int32, plant: Int32, date: Day, order: PlanReference = .none,
                demand: PlanReference = .none) {
        self.type = type
        self.item = item
        self.plant = plant
        self.date = date
        self.order = order
        self.demand = demand
    }

    public static func < (a: PlanMessage, b: PlanMessage) -> Bool {
        if a.type != b.type { return a.type < b.type }
        if a.item != b.item { return a.item < b.item }
        if a.plant != b.plant { return a.plant < b.plant }
        if a.date != b.date { return a.date < b.date }
        if a.order != b.order { return a.order < b.order }
        return a.demand < b.demand
    }
}
