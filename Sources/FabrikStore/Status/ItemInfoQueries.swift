import FabrikCore
import FabrikPlanning
internal import GRDB

extension SQLiteStore {
    /// The item, and per plant (node, stock or supply there, by plant id
    /// bytes) its node data, on-hand, open orders (not closed, by order id)
    /// and the current plan's planned orders (by id), in ONE read
    /// transaction. Nil for an unknown item.
    public func readItemInfo(itemId: String, cache: PlanCache = PlanCache()) throws(StoreError) -> ItemInfo? {
        try read("reading item \(itemId)") { db in
            let item = try RawStatement(db, sql: "SELECT item_id, name, uom, standard_cost FROM items WHERE item_id = ?")
            item.bind(1, itemId)
            guard try item.step() else { return nil }
            var info = ItemInfo(itemId: item.text(0), name: item.text(1), unitOfMeasure: item.text(2),
                                standardCost: Money(rawTenThousandths: item.int64(3)), planAsOf: nil, planRunId: nil, plants: [])
            var plants: [IdKey: ItemPlantInfo] = [:]
            func plant(_ id: String) -> ItemPlantInfo {
                plants[IdKey(id)] ?? ItemPlantInfo(plantId: id, procurement: nil, leadTimeDays: nil, safetyStock: nil,
                                                   onHand: .zero, openSupply: [], plannedSupply: [])
            }
            let nodes = try RawStatement(db, sql: "SELECT plant_id, procurement, lead_time_days, safety_stock FROM item_plants WHERE item_id = ?")
            nodes.bind(1, itemId)
            while try nodes.step() {
                var p = plant(nodes.text(0))
                p.procurement = try StoredEnum.procurement(nodes.text(1))
                p.leadTimeDays = nodes.int32(2)
                p.safetyStock = Quantity(rawMicros: nodes.int64(3))
                plants[IdKey(p.plantId)] = p
            }
            let stock = try RawStatement(db, sql: "SELECT plant_id, on_hand FROM inventory WHERE item_id = ?")
            stock.bind(1, itemId)
            while try stock.step() {
                var p = plant(stock.text(0))
                p.onHand += Quantity(rawMicros: stock.int64(1))
                plants[IdKey(p.plantId)] = p
            }
            try readOpenSupply(db, itemId: itemId) { plantId, supply in
                var p = plant(plantId)
                p.openSupply.append(supply)
                plants[IdKey(plantId)] = p
            }
            if let current = try cache.current(db) {
                info.planAsOf = current.stored.plan.asOf
                info.planRunId = current.stored.runId
                for (plantId, supply) in try plannedSupply(db, itemId: itemId, plan: current.stored.plan) {
                    var p = plant(plantId)
                    p.plannedSupply.append(supply)
                    plants[IdKey(plantId)] = p
                }
            }
            info.plants = plants.values.sorted { utf8Precedes($0.plantId, $1.plantId) }
            for i in info.plants.indices { info.plants[i].openSupply.sort { utf8Precedes($0.orderId, $1.orderId) } }
            return info
        }
    }

    private func readOpenSupply(_ db: Database, itemId: String, _ add: (String, ItemOpenSupply) -> Void) throws {
        let rows = try RawStatement(db, sql: """
            SELECT plant_id, order_id, type, qty, received_qty, issued, closed, due_day
            FROM open_orders WHERE item_id = ? AND closed = 0
            """)
        rows.bind(1, itemId)
        while try rows.step() {
            let facts = OpenOrderFacts(
                orderId: rows.text(1), type: try StoredEnum.orderType(rows.text(2), table: "open_orders"),
                quantity: Quantity(rawMicros: rows.int64(3)), receivedQuantity: Quantity(rawMicros: rows.int64(4)),
                issued: rows.int64(5) != 0, closed: rows.int64(6) != 0, dueDate: Day(daysSinceEpoch: rows.int32(7)))
            add(rows.text(0), ItemOpenSupply(orderId: facts.orderId, type: facts.type, quantity: facts.quantity,
                                             receivedQuantity: facts.receivedQuantity, dueDate: facts.dueDate, state: facts.state))
        }
    }

    /// Planned orders of the item in `plan` (output order), with conversions.
    private func plannedSupply(_ db: Database, itemId: String, plan: MaterialPlan) throws -> [(String, ItemPlannedSupply)] {
        guard let item = plan.itemCodes.firstIndex(where: { utf8Equal($0, itemId) }).map(Int32.init) else { return [] }
        let conversion = try RawStatement(db, sql: "SELECT converted_order_id FROM planned_orders WHERE code = ?")
        let orders = plan.plannedOrders
        var result: [(String, ItemPlannedSupply)] = []
        for row in 0..<orders.count where orders.item[row] == item {
            let reference = orders.reference(ofRow: row)
            conversion.reset(); conversion.bind(1, PlanReferenceCode.encode(reference))
            let converted = try conversion.step() ? conversion.optionalText(0) : nil
            result.append((plan.plantCodes[Int(orders.plant[row])], ItemPlannedSupply(
                orderId: plan.text(of: reference) ?? "?", type: orders.type[row], quantity: orders.quantity[row],
                releaseDate: orders.releaseDate[row], dueDate: orders.dueDate[row], convertedTo: converted)))
        }
        return result
    }
}
