public import FabrikPlanning
internal import FabrikCore
internal import Foundation
internal import GRDB

/// Writes a `MaterialPlan` over the stored one, inside the caller's write
/// transaction: clears the current plan tables, bulk-inserts the plan's code
/// tables, orders, receipts, on-hand, pegs and messages through reused raw
/// statements, and appends one `mrp_runs` row.
struct PlanWriter {
    let db: Database

    func write(_ plan: MaterialPlan, seconds: Double) throws {
        for table in PlanSchema.currentPlanTables { try db.execute(sql: "DELETE FROM \(table)") }
        try writeCodes(plan)

        let orders = plan.plannedOrders
        let orderRows = try RawStatement(db, sql: """
            INSERT INTO planned_orders (code, type, number, item, plant, qty, release_day, due_day, supplier, source_plant)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, stagesText: true)
        for row in 0..<orders.count {
            orderRows.bind(1, PlanReferenceCode.encode(orders.reference(ofRow: row)))
            orderRows.bind(2, orders.type[row].name); orderRows.bind(3, orders.number[row])
            orderRows.bind(4, orders.item[row]); orderRows.bind(5, orders.plant[row])
            orderRows.bind(6, orders.quantity[row].rawMicros)
            orderRows.bind(7, orders.releaseDate[row].daysSinceEpoch); orderRows.bind(8, orders.dueDate[row].daysSinceEpoch)
            orderRows.bind(9, Self.optional(orders.supplier[row])); orderRows.bind(10, Self.optional(orders.sourcePlant[row]))
            try orderRows.execute()
        }

        let receipts = plan.receipts
        let receiptRows = try RawStatement(db, sql: """
            INSERT INTO plan_receipts (row, open_order, type, item, plant, qty, due_day, effective_day)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, stagesText: true)
        for row in 0..<receipts.count {
            receiptRows.bind(1, Int64(row)); receiptRows.bind(2, receipts.openOrder[row])
            receiptRows.bind(3, receipts.type[row].name); receiptRows.bind(4, receipts.item[row])
            receiptRows.bind(5, receipts.plant[row]); receiptRows.bind(6, receipts.quantity[row].rawMicros)
            receiptRows.bind(7, receipts.dueDate[row].daysSinceEpoch); receiptRows.bind(8, receipts.effectiveDate[row].daysSinceEpoch)
            try receiptRows.execute()
        }

        let onHand = plan.onHand
        let onHandRows = try RawStatement(db, sql: "INSERT INTO plan_on_hand (row, item, plant, qty) VALUES (?, ?, ?, ?)", stagesText: true)
        for row in 0..<onHand.count {
            onHandRows.bind(1, Int64(row)); onHandRows.bind(2, onHand.item[row]); onHandRows.bind(3, onHand.plant[row])
            onHandRows.bind(4, onHand.quantity[row].rawMicros)
            try onHandRows.execute()
        }

        let pegRows = try RawStatement(db, sql: "INSERT INTO plan_pegs (supply_ref, demand_ref, qty) VALUES (?, ?, ?)", stagesText: true)
        try writePegs(orders.pegs, rows: orders.count, into: pegRows) { PlanReferenceCode.encode(orders.reference(ofRow: $0)) }
        try writePegs(receipts.pegs, rows: receipts.count, into: pegRows) {
            PlanReferenceCode.encode(PlanReference(kind: .openOrder, value: receipts.openOrder[$0]))
        }
        try writePegs(onHand.pegs, rows: onHand.count, into: pegRows) { PlanReferenceCode.onHand(row: $0) }

        let messageRows = try RawStatement(db, sql: """
            INSERT INTO plan_messages (type, item, plant, day, order_ref, demand_ref) VALUES (?, ?, ?, ?, ?, ?)
            """, stagesText: true)
        for message in plan.messages {
            messageRows.bind(1, message.type.name); messageRows.bind(2, message.item); messageRows.bind(3, message.plant)
            messageRows.bind(4, message.date.daysSinceEpoch)
            messageRows.bind(5, PlanReferenceCode.encode(message.order)); messageRows.bind(6, PlanReferenceCode.encode(message.demand))
            try messageRows.execute()
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
                        plan.messages.count, pegCount, plan.statistics.requirementsBeyondHorizon])
    }

    private func writeCodes(_ plan: MaterialPlan) throws {
        let codeRows = try RawStatement(db, sql: "INSERT INTO plan_codes (kind, position, code) VALUES (?, ?, ?)", stagesText: true)
        let tables: [(PlanSchema.CodeKind, [String])] = [
            (.item, plan.itemCodes), (.plant, plan.plantCodes), (.supplier, plan.supplierCodes),
            (.dealLine, plan.dealLineIds), (.openOrder, plan.openOrderIds),
        ]
        for (kind, codes) in tables {
            for (position, code) in codes.enumerated() {
                codeRows.bind(1, kind.rawValue); codeRows.bind(2, Int64(position)); codeRows.bind(3, code)
                try codeRows.execute()
            }
        }
    }

    private func writePegs(
        _ pegs: PegList, rows: Int, into statement: RawStatement, supply: (Int) -> Int64
    ) throws(StoreError) {
        for row in 0..<rows {
            let supplyCode = supply(row)
            for peg in pegs.range(ofRow: row) {
                statement.bind(1, supplyCode)
                statement.bind(2, PlanReferenceCode.encode(pegs.demand[peg]))
                statement.bind(3, pegs.quantity[peg].rawMicros)
                try statement.execute()
            }
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
