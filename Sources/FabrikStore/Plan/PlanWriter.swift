public import FabrikPlanning
internal import FabrikCore
internal import Foundation
internal import GRDB

/// Writes a `MaterialPlan` over the stored one, inside the caller's write
/// transaction: clears the current plan tables, bulk-inserts the plan's code
/// tables, orders, receipts, on-hand, pegs and messages (multi-row
/// statements through `BulkInserter`, as the import does), and appends one
/// `mrp_runs` row.
struct PlanWriter {
    let db: Database

    func write(_ plan: MaterialPlan, seconds: Double) throws {
        for table in PlanSchema.currentPlanTables { try db.execute(sql: "DELETE FROM \(table)") }
        var inserter = BulkInserter(db: db, rowsTotal: 0, progress: { _ in })
        try writeCodes(plan, with: &inserter)

        let orders = plan.plannedOrders
        try inserter.insert(
            count: orders.count, into: "planned_orders",
            columns: ["code", "type", "number", "item", "plant", "qty", "release_day", "due_day", "supplier", "source_plant"]
        ) { s, row in
            s.bind(1, PlanReferenceCode.encode(orders.reference(ofRow: row)))
            s.bind(2, orders.type[row].storedName); s.bind(3, orders.number[row])
            s.bind(4, orders.item[row]); s.bind(5, orders.plant[row]); s.bind(6, orders.quantity[row].rawMicros)
            s.bind(7, orders.releaseDate[row].daysSinceEpoch); s.bind(8, orders.dueDate[row].daysSinceEpoch)
            s.bind(9, Self.optional(orders.supplier[row])); s.bind(10, Self.optional(orders.sourcePlant[row]))
        }

        let receipts = plan.receipts
        try inserter.insert(
            count: receipts.count, into: "plan_receipts",
            columns: ["row", "open_order", "type", "item", "plant", "qty", "due_day", "effective_day"]
        ) { s, row in
            s.bind(1, Int64(row)); s.bind(2, receipts.openOrder[row]); s.bind(3, receipts.type[row].storedName)
            s.bind(4, receipts.item[row]); s.bind(5, receipts.plant[row]); s.bind(6, receipts.quantity[row].rawMicros)
            s.bind(7, receipts.dueDate[row].daysSinceEpoch); s.bind(8, receipts.effectiveDate[row].daysSinceEpoch)
        }

        let onHand = plan.onHand
        try inserter.insert(count: onHand.count, into: "plan_on_hand", columns: ["row", "item", "plant", "qty"]) { s, row in
            s.bind(1, Int64(row)); s.bind(2, onHand.item[row]); s.bind(3, onHand.plant[row])
            s.bind(4, onHand.quantity[row].rawMicros)
        }

        try writePegs(orders.pegs, rows: orders.count, with: &inserter) { PlanReferenceCode.encode(orders.reference(ofRow: $0)) }
        try writePegs(receipts.pegs, rows: receipts.count, with: &inserter) {
            PlanReferenceCode.encode(PlanReference(kind: .openOrder, value: receipts.openOrder[$0]))
        }
        try writePegs(onHand.pegs, rows: onHand.count, with: &inserter) { PlanReferenceCode.onHand(row: $0) }

        let messages = plan.messages
        try inserter.insert(
            messages, into: "plan_messages", columns: ["type", "item", "plant", "day", "order_ref", "demand_ref"]
        ) { s, message in
            s.bind(1, message.type.storedName); s.bind(2, message.item); s.bind(3, message.plant)
            s.bind(4, message.date.daysSinceEpoch)
            s.bind(5, PlanReferenceCode.encode(message.order)); s.bind(6, PlanReferenceCode.encode(message.demand))
        }

        let pegCount = orders.pegs.demand.count + receipts.pegs.demand.count + onHand.pegs.demand.count
        try db.execute(
            sql: """
                INSERT INTO mrp_runs (as_of_day, horizon_days, stored_at, seconds, nodes, planned_orders, receipts,
                                      on_hand, messages, pegs, requirements_beyond_horizon)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [plan.asOf.daysSinceEpoch, plan.horizonDays, ISO8601DateFormatter().string(from: Date()), seconds,
                        plan.statistics.nodes, plan.statistics.plannedOrders, receipts.count, onHand.count,
                        messages.count, pegCount, plan.statistics.requirementsBeyondHorizon])
    }

    private func writeCodes(_ plan: MaterialPlan, with inserter: inout BulkInserter) throws(StoreError) {
        let tables: [(PlanSchema.CodeKind, [String])] = [
            (.item, plan.itemCodes), (.plant, plan.plantCodes), (.supplier, plan.supplierCodes),
            (.dealLine, plan.dealLineIds), (.openOrder, plan.openOrderIds),
        ]
        for (kind, codes) in tables {
            try inserter.insert(count: codes.count, into: "plan_codes", columns: ["kind", "position", "code"]) { s, position in
                s.bind(1, kind.rawValue); s.bind(2, Int64(position)); s.bind(3, codes[position])
            }
        }
    }

    /// The pegs of one table in row order, each with its row's supply code.
    private func writePegs(
        _ pegs: PegList, rows: Int, with inserter: inout BulkInserter, supply: (Int) -> Int64
    ) throws(StoreError) {
        var supplyOfPeg: [Int64] = []
        supplyOfPeg.reserveCapacity(pegs.demand.count)
        for row in 0..<rows {
            let code = supply(row)
            for _ in pegs.range(ofRow: row) { supplyOfPeg.append(code) }
        }
        try inserter.insert(count: supplyOfPeg.count, into: "plan_pegs", columns: ["supply_ref", "demand_ref", "qty"]) { s, peg in
            s.bind(1, supplyOfPeg[peg]); s.bind(2, PlanReferenceCode.encode(pegs.demand[peg])); s.bind(3, pegs.quantity[peg].rawMicros)
        }
    }

    /// -1 ("none") as NULL.
    static func optional(_ index: Int32) -> Int32? { index < 0 ? nil : index }
}

extension SQLiteStore {
    public func savePlan(_ plan: MaterialPlan, seconds: Double) throws(StoreError) {
        try write("storing the plan") { db in try PlanWriter(db: db).write(plan, seconds: seconds) }
    }
}
