internal import FabrikCore
internal import FabrikPlanning
internal import GRDB

/// Approving purchase suggestions and releasing planned production and
/// transfer orders: each creates an open order (a scheduled receipt the next
/// run nets) with an id from its own sequence, and marks the planned order
/// converted, in one write transaction with foreign keys enforced.
extension SQLiteStore {
    /// Approves `PO-n` suggestions as open purchase orders `PUR-m`, in the
    /// order given. All or nothing: an unknown, repeated or already approved
    /// id refuses the whole request.
    public func approvePurchase(ids: [String]) throws(StoreError) -> [OrderConversion] {
        try write("approving purchase suggestions") { db in
            var seen = Set<IdKey>()
            var conversions: [OrderConversion] = []
            for id in ids {
                guard seen.insert(IdKey(id)).inserted else { throw StoreError.duplicatePlannedOrder(id) }
                guard let parsed = PlanReferenceCode.plannedOrder(id), parsed.type == .purchase else {
                    throw StoreError.unknownPlannedOrder(id)
                }
                conversions.append(try Self.convert(db, id: id, type: parsed.type, number: parsed.number))
            }
            return conversions
        }
    }

    /// Releases `MO-n` as production order `MFG-m`, or `TO-n` as transfer
    /// order `TRF-m`.
    public func releaseOrder(id: String) throws(StoreError) -> OrderConversion {
        try write("releasing a planned order") { db in
            guard let parsed = PlanReferenceCode.plannedOrder(id), parsed.type != .purchase else {
                throw StoreError.unknownPlannedOrder(id)
            }
            return try Self.convert(db, id: id, type: parsed.type, number: parsed.number)
        }
    }

    /// Every planned order of the stored plan converted so far.
    public func plannedOrderConversions() throws(StoreError) -> [OrderConversion] {
        try read("listing converted planned orders") { db in
            var result: [OrderConversion] = []
            let rows = try RawStatement(db, sql: """
                SELECT type, number, converted_order_id FROM planned_orders
                WHERE converted_order_id IS NOT NULL ORDER BY code
                """)
            while try rows.step() {
                let type = try StoredEnum.orderType(rows.text(0), table: "planned_orders")
                result.append(OrderConversion(plannedOrderId: "\(type.plannedPrefix)-\(rows.int64(1))", orderId: rows.text(2)))
            }
            return result
        }
    }

    static func sequenceName(of type: OrderType) -> String {
        switch type {
        case .purchase: return "PUR"
        case .production: return "MFG"
        case .transfer: return "TRF"
        }
    }

    static func convert(_ db: Database, id: String, type: OrderType, number: Int32) throws -> OrderConversion {
        let code = PlanReferenceCode.encode(PlanReference(kind: PlanReferenceCode.kind(of: type), value: number))
        let order = try RawStatement(db, sql: """
            SELECT i.code, p.code, o.qty, o.due_day, s.code, sp.code, o.converted_order_id
            FROM planned_orders o
            JOIN plan_codes i ON i.kind = 0 AND i.position = o.item
            JOIN plan_codes p ON p.kind = 1 AND p.position = o.plant
            LEFT JOIN plan_codes s ON s.kind = 2 AND s.position = o.supplier
            LEFT JOIN plan_codes sp ON sp.kind = 1 AND sp.position = o.source_plant
            WHERE o.code = ?
            """)
        order.bind(1, code)
        guard try order.step() else { throw StoreError.unknownPlannedOrder(id) }
        if let converted = order.optionalText(6) { throw StoreError.plannedOrderAlreadyConverted(id, orderId: converted) }
        let itemId = order.text(0), plantId = order.text(1), quantity = order.int64(2), dueDay = order.int64(3)
        let supplierId = order.optionalText(4), sourcePlantId = order.optionalText(5)
        order.reset()

        let sequence = sequenceName(of: type)
        let next = try Int64.fetchOne(db, sql: "SELECT next_value FROM sequences WHERE name = ?", arguments: [sequence]) ?? 1
        try db.execute(
            sql: "INSERT INTO sequences (name, next_value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET next_value = excluded.next_value",
            arguments: [sequence, next + 1])
        let orderId = "\(sequence)-\(next)"
        try db.execute(
            sql: """
                INSERT INTO open_orders (order_id, type, item_id, plant_id, qty, due_day, supplier_id, source_plant_id,
                                         issued, origin, planned_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
                """,
            arguments: [orderId, type.name, itemId, plantId, quantity, dueDay,
                        type == .purchase ? supplierId : nil, type == .transfer ? sourcePlantId : nil,
                        type == .purchase ? "approved" : "released", id])
        try db.execute(sql: "UPDATE planned_orders SET converted_order_id = ? WHERE code = ?", arguments: [orderId, code])
        return OrderConversion(plannedOrderId: id, orderId: orderId)
    }
}
