public import FabrikCore

/// An open production order not yet complete, as the store loads it (item and
/// plant are indices into the plan's `itemCodes`/`plantCodes`). Every such
/// order is scheduled, whatever its due date. `leadTimeDays` is its node's
/// item_plants lead time; the release is computed as planning.md computes
/// an open order's release (from the planning due date, working days back).
public struct OpenProductionOrderInput: Hashable, Sendable {
    public var orderId: String
    public var item: Int32
    public var plant: Int32
    public var openQuantity: Quantity
    public var dueDate: Day
    public var leadTimeDays: Int32

    public init(orderId: String, item: Int32, plant: Int32, openQuantity: Quantity, dueDate: Day, leadTimeDays: Int32) {
        self.orderId = orderId
        self.item = item
        self.plant = plant
        self.openQuantity = openQuantity
        self.dueDate = dueDate
        self.leadTimeDays = leadTimeDays
    }
}

/// One routings.csv row; `workCenter` indexes the `workCenters` argument of
/// `SchedulingProblem.build`.
public struct RoutingInput: Hashable, Sendable {
    public var item: Int32
    public var plant: Int32
    public var opSeq: Int32
    public var workCenter: Int32
    public var setupHours: Quantity
    public var runHoursPerUnit: Quantity

    public init(item: Int32, plant: Int32, opSeq: Int32, workCenter: Int32, setupHours: Quantity = .zero,
                runHoursPerUnit: Quantity = .zero) {
        self.item = item
        self.plant = plant
        self.opSeq = opSeq
        self.workCenter = workCenter
        self.setupHours = setupHours
        self.runHoursPerUnit = runHoursPerUnit
    }
}

/// One work_centers.csv row; `plant` indexes the plan's `plantCodes`.
public struct WorkCenterInput: Hashable, Sendable {
    public var code: String
    public var plant: Int32
    public var machines: Int32
    /// Hours per machine per working day (> 0, at most 24).
    public var capacityHours: Quantity

    public init(code: String, plant: Int32, machines: Int32, capacityHours: Quantity) {
        self.code = code
        self.plant = plant
        self.machines = machines
        self.capacityHours = capacityHours
    }
}

/// The lead time of the transfer node (item at destination plant), used for
/// open transfer orders in a supply chain (planned `TO-n` carry their own
/// `due - release`).
public struct TransferLeadTimeInput: Hashable, Sendable {
    public var item: Int32
    public var plant: Int32
    public var leadTimeDays: Int32

    public init(item: Int32, plant: Int32, leadTimeDays: Int32) {
        self.item = item
        self.plant = plant
        self.leadTimeDays = leadTimeDays
    }
}
