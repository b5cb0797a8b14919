public import FabrikCore

/// A finite-capacity schedule of a `SchedulingProblem` (kept in `problem`,
/// shared copy-on-write), self-contained for rendering and storing.
///
/// Layout (struct-of-arrays): operation columns are indexed like
/// `problem.operations`, order columns like `problem.orders`; times are
/// minutes since `problem.asOf` 00:00; `operationMachine` is the machine's
/// number within its work center, 1-based. An order without operations
/// starts and ends at the moment it may start (its release, after its
/// predecessors). `loads` lists, per work center (by index) and working
/// day (ascending) from `asOf` through its last loaded day, the minutes
/// worked; `messages` are in output order (type, item, plant, date, order,
/// demand). Invariant: `firstViolation(problem) == nil` (checked in tests).
public struct Schedule: Sendable {
    public var problem: SchedulingProblem
    public var operationMachine: [Int32]
    public var operationStartMinutes: [Int64]
    public var operationEndMinutes: [Int64]
    public var orderStartMinutes: [Int64]
    public var orderEndMinutes: [Int64]
    /// Minutes the order ends after 00:00 of the day after its due day; 0 when on time.
    public var orderTardinessMinutes: [Int64]
    public var loads: [WorkCenterDayLoad]
    public var messages: [ScheduleMessage]
    public var statistics: ScheduleStatistics

    public init(problem: SchedulingProblem, operationMachine: [Int32], operationStartMinutes: [Int64],
                operationEndMinutes: [Int64], orderStartMinutes: [Int64], orderEndMinutes: [Int64],
                orderTardinessMinutes: [Int64], loads: [WorkCenterDayLoad], messages: [ScheduleMessage],
                statistics: ScheduleStatistics) {
        self.problem = problem
        self.operationMachine = operationMachine
        self.operationStartMinutes = operationStartMinutes
        self.operationEndMinutes = operationEndMinutes
        self.orderStartMinutes = orderStartMinutes
        self.orderEndMinutes = orderEndMinutes
        self.orderTardinessMinutes = orderTardinessMinutes
        self.loads = loads
        self.messages = messages
        self.statistics = statistics
    }

    /// Tardiness of order `o` in hours (minutes / 60, 6 decimals, half up).
    public func tardinessHours(ofOrder o: Int) -> Quantity { OperationMinutes.hours(minutes: orderTardinessMinutes[o]) }

    /// Order indices in the contract's reference order (the JSON's order).
    public var ordersInReferenceOrder: [Int] {
        let orders = problem.orders
        return orders.indices.sorted { SchedulingOrder.precedesInReferenceOrder(orders[$0], orders[$1]) }
    }
}

/// The load of one work center on one working day: minutes its machines
/// work that day, against `machines * capacity` minutes.
public struct WorkCenterDayLoad: Hashable, Sendable {
    public var workCenter: Int32
    public var day: Day
    public var loadMinutes: Int64
    public var capacityMinutes: Int64

    public init(workCenter: Int32, day: Day, loadMinutes: Int64, capacityMinutes: Int64) {
        self.workCenter = workCenter
        self.day = day
        self.loadMinutes = loadMinutes
        self.capacityMinutes = capacityMinutes
    }

    public var loadHours: Quantity { OperationMinutes.hours(minutes: loadMinutes) }
    public var capacityHours: Quantity { OperationMinutes.hours(minutes: capacityMinutes) }
    /// load / capacity as a decimal fraction, 4 decimals, half up (`0.8125`).
    public var utilisation: Quantity {
        guard capacityMinutes > 0 else { return .zero }
        let tenThousandths = (loadMinutes * 20_000 + capacityMinutes) / (2 * capacityMinutes)
        return Quantity(rawMicros: tenThousandths * 100)
    }
}

/// The scheduler's two message types, declared in the byte order of their names.
public enum ScheduleMessageType: UInt8, Sendable, Comparable, CaseIterable {
    /// The order ends after the end of its MRP due day: the infinite-capacity plan's dates cannot be met.
    case capacityOverload
    /// The order ends after the end of its due day.
    case lateOrder

    public var name: String { self == .capacityOverload ? "capacity-overload" : "late-order" }
    public static func < (a: ScheduleMessageType, b: ScheduleMessageType) -> Bool { a.rawValue < b.rawValue }
}

/// One scheduling message: `order` indexes `problem.orders`; `demand` is the
/// first deal line the order serves (`late-order` only), `date` the due day
/// (`late-order`) or the MRP due day (`capacity-overload`).
public struct ScheduleMessage: Hashable, Sendable {
    public var type: ScheduleMessageType
    public var order: Int32
    public var demand: String?
    public var date: Day

    public init(type: ScheduleMessageType, order: Int32, demand: String?, date: Day) {
        self.type = type
        self.order = order
        self.demand = demand
        self.date = date
    }
}

/// Run figures. `weightedTardinessRaw` is the objective exactly: the sum of
/// weight (ten-thousandths) times tardy minutes; `weightedTardiness` is it in
/// currency-hours (6 decimals, half up). `constructive*` is the best
/// dispatching schedule before the local search.
public struct ScheduleStatistics: Hashable, Sendable {
    public var operations: Int
    public var makespanMinutes: Int64
    public var weightedTardinessRaw: Int128
    public var constructiveWeightedTardinessRaw: Int128
    /// Sum over plants of each plant's last end (the second objective).
    public var plantMakespanSumMinutes: Int64
    public var constructivePlantMakespanSumMinutes: Int64
    public var iterations: Int

    public init(operations: Int, makespanMinutes: Int64, weightedTardinessRaw: Int128,
                constructiveWeightedTardinessRaw: Int128, plantMakespanSumMinutes: Int64,
                constructivePlantMakespanSumMinutes: Int64, iterations: Int) {
        self.operations = operations
        self.makespanMinutes = makespanMinutes
        self.weightedTardinessRaw = weightedTardinessRaw
        self.constructiveWeightedTardinessRaw = constructiveWeightedTardinessRaw
        self.plantMakespanSumMinutes = plantMakespanSumMinutes
        self.constructivePlantMakespanSumMinutes = constructivePlantMakespanSumMinutes
        self.iterations = iterations
    }

    public var makespanHours: Quantity { OperationMinutes.hours(minutes: makespanMinutes) }
    /// The weighted tardiness as a `Quantity`; it saturates at the fixed-point
    /// maximum (about 9.2e12 currency-hours), so output uses `weightedTardinessText`.
    public var weightedTardiness: Quantity { ScheduleStatistics.currencyHours(weightedTardinessRaw) }
    public var constructiveWeightedTardiness: Quantity { ScheduleStatistics.currencyHours(constructiveWeightedTardinessRaw) }
    /// The weighted tardiness in currency-hours, exact at any size: plain
    /// decimal, 6 decimals half up, trailing zeros dropped (`Quantity`'s form
    /// whenever it fits, e.g. `11293297810.7`; beyond it simply more digits).
    public var weightedTardinessText: String { ScheduleStatistics.currencyHoursText(weightedTardinessRaw) }
    public var constructiveWeightedTardinessText: String { ScheduleStatistics.currencyHoursText(constructiveWeightedTardinessRaw) }

    /// raw / (10^4 * 60) as micro-units, half up: raw * 10 / 6.
    static func currencyHours(_ raw: Int128) -> Quantity {
        Quantity(rawMicros: Int64(clamping: currencyHoursMicros(raw)))
    }

    /// raw * 10 / 6 rounded half up, computed without overflowing Int128.
    static func currencyHoursMicros(_ raw: Int128) -> Int128 {
        let whole = raw / 6, rest = raw % 6
        return whole * 10 + (rest * 10 + (raw >= 0 ? 3 : -3)) / 6
    }

    /// `currencyHoursMicros` as a plain decimal without trailing zeros.
    public static func currencyHoursText(_ raw: Int128) -> String {
        let micros = currencyHoursMicros(raw)
        let magnitude = micros.magnitude
        let units = magnitude / 1_000_000
        var fraction = magnitude % 1_000_000
        var text = (micros < 0 ? "-" : "") + String(units)
        if fraction == 0 { return text }
        var digits = 6
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        let fractionText = String(fraction)
        text += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
        return text
    }
}
