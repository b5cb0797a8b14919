internal import FabrikPlanning
internal import FabrikCore
internal import GRDB

/// Reads the stored plan back into the `MaterialPlan` it was saved from, in
/// one read transaction, straight from statement columns into its column
/// arrays. Pegs come back in `seq` order, which is row order within each
/// table, so the CSR `start` arrays are rebuilt in one pass.
struct PlanReader {
    let db: Database

    func read() throws -> StoredPlan {
        let run = try RawStatement(db, sql: """
            SELECT id, as_of_day, horizon_days, stored_at, seconds, nodes, planned_orders, requirements_beyond_horizon
            FROM mrp_runs ORDER BY id DESC LIMIT 1
            """)
        guard try run.step() else { throw StoreError.noPlan }
        var plan = MaterialPlan(
            asOf: Day(daysSinceEpoch: run.int32(1)), horizonDays: run.int32(2), itemCodes: [], plantCodes: [],
            supplierCodes: [], dealLineIds: [], openOrderIds: [], plannedOrders: PlannedOrderTable(),
            receipts: ReceiptTable(), onHand: OnHandTable(), messages: [],
            statistics: PlanStatistics(nodes: Int(run.int64(5)), plannedOrders: Int(run.int64(6)),
                                       requirementsBeyondHorizon: Int(run.int64(7))))
        let stored = (runId: run.int64(0), storedAt: run.text(3), seconds: run.double(4))
        try readCodes(into: &plan)
        try readPlannedOrders(into: &plan)
        try readReceiptsAndOnHand(into: &plan)
        try readPegs(into: &plan)
        try readMessages(into: &plan)
        return StoredPlan(plan: plan, runId: Int(stored.runId), storedAt: stored.storedAt, seconds: stored.seconds)
    }

    private func readCodes(into plan: inout MaterialPlan) throws {
        var tables = Array(repeating: [String](), count: PlanSchema.CodeKind.allCases.count)
        let rows = try RawStatement(db, sql: "SELECT kind, position, code FROM plan_codes ORDER BY kind, position")
        while try rows.step() {
            let kind = Int(rows.int64(0))
            guard tables.indices.contains(kind), rows.int64(1) == Int64(tables[kind].count) else {
                throw StoreError.corruptValue(table: "plan_codes", column: "position", value: "\(rows.int64(1))")
            }
            tables[kind].append(rows.text(2))
        }
        plan.itemCodes = tables[0]; plan.plantCodes = tables[1]; plan.supplierCodes = tables[2]
        plan.dealLineIds = tables[3]; plan.openOrderIds = tables[4]
    }

    private func readPlannedOrders(into plan: inout MaterialPlan) throws {
        var orders = PlannedOrderTable()
        let rows = try RawStatement(db, sql: """
            SELECT type, number, item, plant, qty, release_day, due_day, supplier, source_plant
            FROM planned_orders ORDER BY code
            """)
        while try rows.step() {
            orders.type.append(try StoredEnum.orderType(rows.text(0), table: "planned_orders"))
            orders.number.append(rows.int32(1)); orders.item.append(rows.int32(2)); orders.plant.append(rows.int32(3))
            orders.quantity.append(Quantity(rawMicros: rows.int64(4)))
            orders.releaseDate.append(Day(daysSinceEpoch: rows.int32(5))); orders.dueDate.append(Day(daysSinceEpoch: rows.int32(6)))
            orders.supplier.append(rows.optionalInt32(7) ?? -1); orders.sourcePlant.append(rows.optionalInt32(8) ?? -1)
        }
        plan.plannedOrders = orders
    }

    private func readReceiptsAndOnHand(into plan: inout MaterialPlan) throws {
        var receipts = ReceiptTable()
        let rows = try RawStatement(db, sql: """
            SELECT open_order, type, item, plant, qty, due_day, effective_day FROM plan_receipts ORDER BY row
            """)
        while try rows.step() {
            receipts.openOrder.append(rows.int32(0))
            receipts.type.append(try StoredEnum.orderType(rows.text(1), table: "plan_receipts"))
            receipts.item.append(rows.int32(2)); receipts.plant.append(rows.int32(3))
            receipts.quantity.append(Quantity(rawMicros: rows.int64(4)))
            receipts.dueDate.append(Day(daysSinceEpoch: rows.int32(5)))
            receipts.effectiveDate.append(Day(daysSinceEpoch: rows.int32(6)))
        }
        plan.receipts = receipts
        var onHand = OnHandTable()
        let stock = try RawStatement(db, sql: "SELECT item, plant, qty FROM plan_on_hand ORDER BY row")
        while try stock.step() {
            onHand.item.append(stock.int32(0)); onHand.plant.append(stock.int32(1))
            onHand.quantity.append(Quantity(rawMicros: stock.int64(2)))
        }
        plan.onHand = onHand
    }

    private func readPegs(into plan: inout MaterialPlan) throws {
        var orderPegs = PegListBuilder(rows: plan.plannedOrders.count)
        var receiptPegs = PegListBuilder(rows: plan.receipts.count)
        var onHandPegs = PegListBuilder(rows: plan.onHand.count)
        var receiptRowOfOpenOrder: [Int32: Int] = [:]
        for (row, openOrder) in plan.receipts.openOrder.enumerated() { receiptRowOfOpenOrder[openOrder] = row }
        // Computed once: `MaterialPlan.plannedOrderRow(of:)` recounts the
        // types on every call, which made this loop quadratic.
        let counts = plan.plannedOrders.countsByType
        let firstRowOfKind: [PlanReference.Kind: (first: Int, count: Int)] = [
            .productionOrder: (0, counts.production), .purchaseOrder: (counts.production, counts.purchase),
            .transferOrder: (counts.production + counts.purchase, counts.transfer),
        ]

        let rows = try RawStatement(db, sql: "SELECT supply_ref, demand_ref, qty FROM plan_pegs ORDER BY seq")
        while try rows.step() {
            let supplyCode = rows.int64(0), demandCode = rows.int64(1)
            guard let demand = PlanReferenceCode.decode(demandCode) else {
                throw StoreError.corruptValue(table: "plan_pegs", column: "demand_ref", value: "\(demandCode)")
            }
            let quantity = Quantity(rawMicros: rows.int64(2))
            let accepted: Bool
            if supplyCode >> 32 == PlanReferenceCode.onHandKind {
                accepted = onHandPegs.append(row: Int(supplyCode & 0xFFFF_FFFF), demand, quantity)
            } else if let supply = PlanReferenceCode.decode(supplyCode), let range = firstRowOfKind[supply.kind],
                      supply.value >= 1, Int(supply.value) <= range.count {
                accepted = orderPegs.append(row: range.first + Int(supply.value) - 1, demand, quantity)
            } else if let supply = PlanReferenceCode.decode(supplyCode), supply.kind == .openOrder,
                      let row = receiptRowOfOpenOrder[supply.value] {
                accepted = receiptPegs.append(row: row, demand, quantity)
            } else {
                accepted = false
            }
            guard accepted else { throw StoreError.corruptValue(table: "plan_pegs", column: "supply_ref", value: "\(supplyCode)") }
        }
        plan.plannedOrders.pegs = orderPegs.finish()
        plan.receipts.pegs = receiptPegs.finish()
        plan.onHand.pegs = onHandPegs.finish()
    }

    private func readMessages(into plan: inout MaterialPlan) throws {
        let rows = try RawStatement(db, sql: "SELECT type, item, plant, day, order_ref, demand_ref FROM plan_messages ORDER BY seq")
        while try rows.step() {
            let typeName = rows.text(0)
            guard let type = StoredNames.messageTypeByName[typeName] else {
                throw StoreError.corruptValue(table: "plan_messages", column: "type", value: typeName)
            }
            guard let order = PlanReferenceCode.decode(rows.int64(4)), let demand = PlanReferenceCode.decode(rows.int64(5)) else {
                throw StoreError.corruptValue(table: "plan_messages", column: "order_ref", value: "\(rows.int64(4))")
            }
            plan.messages.append(PlanMessage(
                type: type, item: rows.int32(1), plant: rows.int32(2), date: Day(daysSinceEpoch: rows.int32(3)),
                order: order, demand: demand))
        }
    }
}

/// Rebuilds a `PegList` from pegs arriving in row order. `append` refuses
/// (returns false) a row out of range or before the current one.
struct PegListBuilder {
    private let rows: Int
    private var list = PegList()
    private var currentRow = 0

    init(rows: Int) { self.rows = rows }

    mutating func append(row: Int, _ demand: PlanReference, _ quantity: Quantity) -> Bool {
        guard row >= currentRow, row < rows else { return false }
        while currentRow < row { list.closeRow(); currentRow += 1 }
        list.append(demand, quantity)
        return true
    }

    mutating func finish() -> PegList {
        while currentRow < rows { list.closeRow(); currentRow += 1 }
        return list
    }
}

extension SQLiteStore {
    public func loadPlan() throws(StoreError) -> StoredPlan {
        try read("loading the stored plan") { db in try PlanReader(db: db).read() }
    }
}
