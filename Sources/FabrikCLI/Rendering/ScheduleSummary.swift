import FabrikCore
import FabrikScheduling
import Foundation

/// The planner's first look at a schedule: counts, the objective before and
/// after the search, messages by type, the latest orders and the busiest
/// work centers. Plain text.
struct ScheduleSummary {
    var schedule: Schedule
    var seconds: Double
    var lateOrdersMax = 10
    var workCentersMax = 5

    func render() -> String {
        let problem = schedule.problem
        let statistics = schedule.statistics
        var lines: [String] = []
        let centers = Set(problem.operations.map(\.workCenter)).count
        lines.append("Schedule as of \(problem.asOf.iso8601): \(problem.orders.count) orders, \(statistics.operations) operations "
            + "on \(centers) work centers, computed in " + String(format: "%.3f s", seconds) + " (\(statistics.iterations) iterations).")
        lines.append("Weighted tardiness \(statistics.weightedTardinessText) (dispatching gave \(statistics.constructiveWeightedTardinessText)); "
            + "makespan \(statistics.makespanHours) hours from \(problem.asOf.iso8601) 00:00.")
        let late = lateOrders()
        let overloads = schedule.messages.filter { $0.type == .capacityOverload }.count
        lines.append("\(late.count) late \(late.count == 1 ? "order" : "orders"), \(overloads) capacity-overload "
            + "\(overloads == 1 ? "message" : "messages") (MRP dates that finite capacity cannot meet).")
        if !late.isEmpty {
            var table = TextTable(["order", "item", "plant", "ends", "due", "late h", "weight", "serves"],
                                  alignments: [.left, .left, .left, .left, .left, .right, .right, .left])
            for o in late.prefix(lateOrdersMax) {
                let order = problem.orders[o]
                table.append([order.id, problem.itemCodes[Int(order.item)], problem.plantCodes[Int(order.plant)],
                              ScheduleClock.text(schedule.orderEndMinutes[o], asOf: problem.asOf), order.dueDay.iso8601,
                              schedule.tardinessHours(ofOrder: o).description, order.weight.description, order.firstDealLine ?? "-"])
            }
            lines.append("")
            lines.append(late.count > lateOrdersMax ? "Latest \(lateOrdersMax) of \(late.count) late orders:" : "Late orders:")
            lines.append(table.render())
        }
        let busiest = WorkCenterUtilisation.all(schedule).sorted { $0.fraction > $1.fraction }.prefix(workCentersMax)
        if !busiest.isEmpty {
            var table = TextTable(["work center", "plant", "days", "load h", "capacity h", "utilisation", "peak day"],
                                  alignments: [.left, .left, .right, .right, .right, .right, .left])
            for row in busiest {
                table.append([row.workCenter, row.plant, String(row.days), row.loadHours.description, row.capacityHours.description,
                              String(format: "%.1f %%", row.fraction * 100),
                              row.peakDay.iso8601 + String(format: " (%.0f %%)", row.peakFraction * 100)])
            }
            lines.append("")
            lines.append("Busiest work centers (from \(problem.asOf.iso8601) through their last loaded day):")
            lines.append(table.render())
        }
        return lines.joined(separator: "\n")
    }

    /// Late orders, most weighted tardiness first (ties: reference order).
    private func lateOrders() -> [Int] {
        let orders = schedule.problem.orders
        return schedule.ordersInReferenceOrder.filter { schedule.orderTardinessMinutes[$0] > 0 }.enumerated().sorted { a, b in
            let x = Int128(orders[a.element].weight.rawTenThousandths) * Int128(schedule.orderTardinessMinutes[a.element])
            let y = Int128(orders[b.element].weight.rawTenThousandths) * Int128(schedule.orderTardinessMinutes[b.element])
            return x != y ? x > y : a.offset < b.offset
        }.map(\.element)
    }
}

/// One work center's load over its loaded days, summed from `Schedule.loads`.
struct WorkCenterUtilisation {
    var workCenter: String
    var plant: String
    var days: Int
    var loadMinutes: Int64
    var capacityMinutes: Int64
    /// The day with the highest load / capacity (the first such day).
    var peakDay: Day
    var peakFraction: Double

    var loadHours: Quantity { OperationMinutes.hours(minutes: loadMinutes) }
    var capacityHours: Quantity { OperationMinutes.hours(minutes: capacityMinutes) }
    /// load / capacity, for display only.
    var fraction: Double { capacityMinutes > 0 ? Double(loadMinutes) / Double(capacityMinutes) : 0 }

    /// Every work center with a load row, in work center order.
    static func all(_ schedule: Schedule) -> [WorkCenterUtilisation] {
        let problem = schedule.problem
        var rows: [Int32: WorkCenterUtilisation] = [:]
        for load in schedule.loads {
            let center = problem.workCenters[Int(load.workCenter)]
            var row = rows[load.workCenter] ?? WorkCenterUtilisation(
                workCenter: center.code, plant: problem.plantCodes[Int(center.plant)], days: 0, loadMinutes: 0, capacityMinutes: 0,
                peakDay: load.day, peakFraction: -1)
            let fraction = load.capacityMinutes > 0 ? Double(load.loadMinutes) / Double(load.capacityMinutes) : 0
            if fraction > row.peakFraction { row.peakDay = load.day; row.peakFraction = fraction }
            row.days += 1
            row.loadMinutes += load.loadMinutes
            row.capacityMinutes += load.capacityMinutes
            rows[load.workCenter] = row
        }
        return rows.keys.sorted().compactMap { rows[$0] }
    }
}
