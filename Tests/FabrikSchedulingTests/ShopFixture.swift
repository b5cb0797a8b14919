import FabrikCore
import FabrikScheduling

/// Builds small scheduling problems for tests: plants with calendars, work
/// centers, orders with operations in hours or minutes, precedences.
struct ShopFixture {
    static let monday = Day(year: 2026, month: 1, day: 5)!
    static let weekdays = WorkdayMask(bits: 0x1F)

    var asOf = ShopFixture.monday
    var plants: [(code: String, calendar: WorkCalendar)] = [("P1", WorkCalendar(workdays: .allWeek, holidays: []))]
    var workCenters: [SchedulingWorkCenter] = []
    var orders: [SchedulingOrder] = []
    var operations: [SchedulingOperation] = []
    var precedences: [SchedulingPrecedence] = []
    var items: [String] = ["ITEM"]

    @discardableResult
    mutating func workCenter(_ code: String, plant: Int32 = 0, machines: Int32 = 1, hoursPerDay: Int32 = 24) -> Int32 {
        workCenters.append(SchedulingWorkCenter(code: code, plant: plant, machines: machines, capacityMinutesPerDay: hoursPerDay * 60))
        return Int32(workCenters.count - 1)
    }

    /// A planned order `MO-<number>` (or open order `id`) with operations
    /// (work center, minutes) at op_seq 10, 20, ...
    @discardableResult
    mutating func order(_ id: String, plant: Int32 = 0, releaseDay: Int32 = 0, dueDay: Int32 = 30, weight: Int64 = 1,
                        operations steps: [(Int32, Int64)]) -> Int32 {
        let planned = id.hasPrefix("MO-") ? Int32(id.dropFirst(3)) : nil
        let index = Int32(orders.count)
        orders.append(SchedulingOrder(
            id: id, isOpenOrder: planned == nil, plannedNumber: planned ?? 0, item: 0, plant: plant, quantity: .units(1),
            releaseDay: asOf + releaseDay, dueDay: asOf + dueDay, weight: Money(rawTenThousandths: weight * 10_000)))
        for (k, step) in steps.enumerated() {
            operations.append(SchedulingOperation(order: index, opSeq: Int32(10 * (k + 1)), workCenter: step.0, durationMinutes: step.1))
        }
        return index
    }

    mutating func precede(_ predecessor: Int32, _ order: Int32, lagMinutes: Int64 = 0) {
        precedences.append(SchedulingPrecedence(order: order, predecessor: predecessor, lagMinutes: lagMinutes))
        precedences.sort { $0.order != $1.order ? $0.order < $1.order : $0.predecessor < $1.predecessor }
    }

    var problem: SchedulingProblem {
        SchedulingProblem(asOf: asOf, itemCodes: items, plantCodes: plants.map(\.code), plantCalendars: plants.map(\.calendar),
                          workCenters: workCenters, orders: orders, operations: operations, precedences: precedences)
    }

    func schedule(iterations: Int = 200, seed: UInt64 = 7) throws -> Schedule {
        try FiniteCapacityScheduler.schedule(problem, SchedulingParameters(iterations: iterations, seed: seed))
    }
}

/// Minute `hour:minute` of day `day` after as_of.
func minute(day: Int64, _ hour: Int64, _ minute: Int64 = 0) -> Int64 { day * 1_440 + hour * 60 + minute }

typealias TestRandom = SplitMix64
