import Foundation
import FabrikCore
import FabrikPlanning

/// The planner's first look at a plan: counts, messages by type, and the
/// first planned orders. Plain text.
struct PlanSummary {
    var plan: MaterialPlan
    var seconds: Double
    var demandLines: Int
    var topOrders = 10

    func render() -> String {
        var lines: [String] = []
        let orders = plan.plannedOrders
        let counts = orders.countsByType
        lines.append("MRP as of \(plan.asOf.iso8601), horizon \(plan.horizonDays) days: \(plan.statistics.nodes) nodes planned in "
            + String(format: "%.3f s", seconds) + ".")
        if demandLines == 0 {
            lines.append("There was no demand: no won deal has a line to plan (safety stock and receipts were still planned).")
        }
        lines.append("Planned orders: \(counts.production) production (MO), \(counts.purchase) purchase (PO), \(counts.transfer) transfer (TO).")
        if plan.statistics.requirementsBeyondHorizon > 0 {
            lines.append("\(plan.statistics.requirementsBeyondHorizon) won deal lines lie beyond the horizon and were not planned.")
        }
        var byType: [PlanMessageType: Int] = [:]
        for message in plan.messages { byType[message.type, default: 0] += 1 }
        if byType.isEmpty {
            lines.append("No exception messages.")
        } else {
            var table = TextTable(["message", "count"], alignments: [.left, .right])
            for type in PlanMessageType.allCases where byType[type] != nil { table.append([type.name, String(byType[type] ?? 0)]) }
            lines.append("")
            lines.append(table.render())
        }
        if orders.count > 0 {
            lines.append("")
            lines.append("First planned orders:")
            lines.append(PlannedOrderTableText(plan: plan, rows: Array(0..<min(topOrders, orders.count))).render())
        }
        return lines.joined(separator: "\n")
    }
}

/// Planned orders as an aligned table with their first pegs.
struct PlannedOrderTableText {
    var plan: MaterialPlan
    var rows: [Int]

    func render() -> String {
        let orders = plan.plannedOrders
        var table = TextTable(["order", "type", "item", "plant", "qty", "release", "due", "supplier/source", "pegged to"],
                              alignments: [.left, .left, .left, .left, .right, .left, .left, .left, .left])
        for row in rows {
            let supplier = orders.supplier[row] >= 0 ? plan.supplierCodes[Int(orders.supplier[row])]
                : orders.sourcePlant[row] >= 0 ? "from " + plan.plantCodes[Int(orders.sourcePlant[row])] : ""
            var pegs: [String] = []
            for p in orders.pegs.range(ofRow: row) {
                pegs.append("\(plan.text(of: orders.pegs.demand[p]) ?? "?") \(orders.pegs.quantity[p])")
            }
            let pegText = pegs.count > 3 ? pegs.prefix(3).joined(separator: ", ") + ", +\(pegs.count - 3) more" : pegs.joined(separator: ", ")
            table.append([plan.text(of: orders.reference(ofRow: row)) ?? "", orders.type[row].name, plan.itemCodes[Int(orders.item[row])],
                          plan.plantCodes[Int(orders.plant[row])], orders.quantity[row].description,
                          orders.releaseDate[row].iso8601, orders.dueDate[row].iso8601, supplier, pegText])
        }
        return table.render()
    }
}
