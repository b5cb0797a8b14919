import FabrikCore
import FabrikDataset
import FabrikPlanning
import Testing

/// Builds a plan from dataset CSV text (the import format), so each test
/// reads like a tiny dataset folder, and renders the result as short lines
/// that tests compare exactly.
struct PlanFixture {
    var files: [String: String] = ["plants.csv": "plant_id\nP1\n"]
    var asOf = "2026-01-05"
    var horizon: Int32 = 30

    init(items: String, nodes: String) {
        files["items.csv"] = items
        files["item_plants.csv"] = nodes
    }

    /// Won deal lines, `deal_id,line_no,item_id,plant_id,qty,due_date` rows.
    mutating func demand(_ rows: String) {
        let deals = Set(rows.split(separator: "\n").compactMap { $0.split(separator: ",").first.map(String.init) })
        files["deal_lines.csv"] = "deal_id,line_no,item_id,plant_id,qty,due_date\n" + rows
        files["customers.csv"] = "customer_id\nC1\n"
        files["deals.csv"] = "deal_id,customer_id,stage\n" + deals.sorted().map { "\($0),C1,won\n" }.joined()
    }

    func snapshot() throws -> PlanningSnapshot {
        var bytes: [String: [UInt8]] = [:]
        for (name, text) in files { bytes[name] = Array(text.utf8) }
        return try DatasetReader.read(files: bytes).planningSnapshot()
    }

    func plan(threads: Int = 2) throws -> MaterialPlan {
        let day = try #require(Day(iso8601: asOf))
        return try MaterialRequirementsPlanner.plan(snapshot(), MRPParameters(asOf: day, horizonDays: horizon,
                                                                                threadCount: threads))
    }
}

extension MaterialPlan {
    func pegText(_ list: PegList, _ row: Int) -> String {
        list.range(ofRow: row).map { "\(text(of: list.demand[$0]) ?? "null") \(list.quantity[$0])" }
            .joined(separator: ", ")
    }

    /// `PO-1 A@P1 7 rel 2026-01-08 due 2026-01-10 [D1/3 7]` (+ ` S1` / ` from P1`).
    var orderLines: [String] {
        (0..<plannedOrders.count).map { r in
            let o = plannedOrders
            var line = "\(text(of: o.reference(ofRow: r)) ?? "?") \(itemCodes[Int(o.item[r])])@\(plantCodes[Int(o.plant[r])])"
            line += " \(o.quantity[r]) rel \(o.releaseDate[r]) due \(o.dueDate[r])"
            if o.supplier[r] >= 0 { line += " \(supplierCodes[Int(o.supplier[r])])" }
            if o.sourcePlant[r] >= 0 { line += " from \(plantCodes[Int(o.sourcePlant[r])])" }
            return line + " [\(pegText(o.pegs, r))]"
        }
    }

    /// `OO-1 A@P1 10 due 2026-01-10 eff 2026-01-07 [D1/1 6, stock 4]`.
    var receiptLines: [String] {
        (0..<receipts.count).map { r in
            let t = receipts
            return "\(openOrderIds[Int(t.openOrder[r])]) \(itemCodes[Int(t.item[r])])@\(plantCodes[Int(t.plant[r])])"
                + " \(t.quantity[r]) due \(t.dueDate[r]) eff \(t.effectiveDate[r]) [\(pegText(t.pegs, r))]"
        }
    }

    /// `A@P1 10 [safety-stock 5, D1/1 5]`.
    var onHandLines: [String] {
        (0..<onHand.count).map { r in
            "\(itemCodes[Int(onHand.item[r])])@\(plantCodes[Int(onHand.plant[r])]) \(onHand.quantity[r])"
                + " [\(pegText(onHand.pegs, r))]"
        }
    }

    /// `late-release A@P1 PO-1 null 2026-01-03`.
    var messageLines: [String] {
        messages.map { m in
            "\(m.type.name) \(itemCodes[Int(m.item)])@\(plantCodes[Int(m.plant)]) \(text(of: m.order) ?? "null")"
                + " \(text(of: m.demand) ?? "null") \(m.date)"
        }
    }
}
