public import FabrikCore

/// Everything the finite-capacity scheduler reads, as plain arrays with
/// Int32 indices: the orders to schedule, their operations, the work
/// centers and plant calendars, and the order-to-order precedences. Built by
/// `SchedulingProblem.build(...)` from an MRP plan, or by hand in tests.
///
/// Identity: `orders[i]` is order `i`; `operations[j].order` indexes
/// `orders`; `workCenters[w].plant` and `orders[i].plant` index `plantCodes`
/// and `plantCalendars`; `orders[i].item` indexes `itemCodes`.
///
/// Invariants (`firstInvalidity()` returns the first broken one; the
/// scheduler refuses a problem that has one):
/// - `itemCodes` and `plantCodes` are sorted by UTF-8 bytes without
///   duplicates (as in the plan), so indices compare as codes;
/// - `operations` is sorted by (order, opSeq) with opSeq strictly increasing
///   within an order; an order may have no operation (it takes no capacity);
/// - `precedences` is sorted by (order, predecessor) without duplicates, lags
///   are >= 0 and the order graph they form is acyclic;
/// - work centers have 1 or more machines and 1...1,440 capacity minutes per
///   working day; every index is in range; durations are >= 0.
/// Rows are small PODs; nothing here is a class. Output order of orders is
/// the contract's reference order (`SchedulingOrder.precedesInReferenceOrder`),
/// which `build` also uses as the row order.
public struct SchedulingProblem: Sendable {
    /// Day 0: minute 0 of the schedule is 00:00 of this day.
    public var asOf: Day
    public var itemCodes: [String]
    public var plantCodes: [String]
    /// Working calendar of each plant, by plant index.
    public var plantCalendars: [WorkCalendar]
    public var workCenters: [SchedulingWorkCenter]
    public var orders: [SchedulingOrder]
    public var operations: [SchedulingOperation]
    public var precedences: [SchedulingPrecedence]

    public init(asOf: Day, itemCodes: [String], plantCodes: [String], plantCalendars: [WorkCalendar],
                workCenters: [SchedulingWorkCenter], orders: [SchedulingOrder], operations: [SchedulingOperation],
                precedences: [SchedulingPrecedence]) {
        self.asOf = asOf
        self.itemCodes = itemCodes
        self.plantCodes = plantCodes
        self.plantCalendars = plantCalendars
        self.workCenters = workCenters
        self.orders = orders
        self.operations = operations
        self.precedences = precedences
    }
}

/// One order to schedule: an open production order or a planned `MO-n`.
///
/// `releaseDay` is the earliest day its first operation may start (00:00);
/// `dueDay` is the date tardiness counts from (it is late when its last
/// operation ends after 00:00 of `dueDay + 1`); `mrpDueDay` is the date the
/// MRP plan counts on it (for `capacity-overload`). `weight` is never below
/// one currency unit. `firstDealLine` is the first deal line (`DEAL/LINE`,
/// reference order) its pegging leads to, or nil.
public struct SchedulingOrder: Hashable, Sendable {
    public var id: String
    /// True for an open (released) production order, false for a planned `MO-n`.
    public var isOpenOrder: Bool
    /// n of `MO-n`; 0 for open orders.
    public var plannedNumber: Int32
    public var item: Int32
    public var plant: Int32
    public var quantity: Quantity
    public var releaseDay: Day
    public var dueDay: Day
    public var mrpDueDay: Day
    public var weight: Money
    public var firstDealLine: String?

    public init(id: String, isOpenOrder: Bool, plannedNumber: Int32 = 0, item: Int32, plant: Int32, quantity: Quantity,
                releaseDay: Day, dueDay: Day, mrpDueDay: Day? = nil, weight: Money = .unitWeight,
                firstDealLine: String? = nil) {
        self.id = id
        self.isOpenOrder = isOpenOrder
        self.plannedNumber = plannedNumber
        self.item = item
        self.plant = plant
        self.quantity = quantity
        self.releaseDay = releaseDay
        self.dueDay = dueDay
        self.mrpDueDay = mrpDueDay ?? dueDay
        self.weight = weight
        self.firstDealLine = firstDealLine
    }

    /// The contract's reference order for order ids: open order ids by UTF-8
    /// bytes, then planned orders by number.
    public static func precedesInReferenceOrder(_ a: SchedulingOrder, _ b: SchedulingOrder) -> Bool {
        if a.isOpenOrder != b.isOpenOrder { return a.isOpenOrder }
        return a.isOpenOrder ? utf8Precedes(a.id, b.id) : a.plannedNumber < b.plannedNumber
    }
}

extension Money {
    /// The weight of an order that serves no valued deal line: one currency unit.
    public static let unitWeight = Money(rawTenThousandths: Money.scale)
}

/// One operation of an order at one work center, `durationMinutes` long
/// (setup plus run, rounded up to whole minutes; see `OperationMinutes`).
public struct SchedulingOperation: Hashable, Sendable {
    public var order: Int32
    public var opSeq: Int32
    public var workCenter: Int32
    public var durationMinutes: Int64

    public init(order: Int32, opSeq: Int32, workCenter: Int32, durationMinutes: Int64) {
        self.order = order
        self.opSeq = opSeq
        self.workCenter = workCenter
        self.durationMinutes = durationMinutes
    }
}

/// A work center: `machines` identical machines, each available
/// `capacityMinutesPerDay` from 00:00 of every working day of its plant.
public struct SchedulingWorkCenter: Hashable, Sendable {
    public var code: String
    public var plant: Int32
    public var machines: Int32
    public var capacityMinutesPerDay: Int32

    public init(code: String, plant: Int32, machines: Int32, capacityMinutesPerDay: Int32) {
        self.code = code
        self.plant = plant
        self.machines = machines
        self.capacityMinutesPerDay = capacityMinutesPerDay
    }
}

/// `order` may start its first operation only `lagMinutes` after
/// `predecessor` has ended its last one (a component supplier, with the
/// lead times of the transfers between them as whole 24-hour days).
public struct SchedulingPrecedence: Hashable, Sendable {
    public var order: Int32
    public var predecessor: Int32
    public var lagMinutes: Int64

    public init(order: Int32, predecessor: Int32, lagMinutes: Int64 = 0) {
        self.order = order
        self.predecessor = predecessor
        self.lagMinutes = lagMinutes
    }
}
