public import FabrikCore
internal import GRDB

/// Reads a `PlanningSnapshot` in one read transaction, straight from
/// statement columns into the snapshot's row arrays (no intermediate record
/// per row). Code tables come first, sorted by UTF-8 bytes, so every later
/// row resolves its ids to dense indices. Rows keep storage (import) order.
struct SnapshotLoader {
    let db: Database
    var items = CodeIndex(orderedCodes: [])
    var plants = CodeIndex(orderedCodes: [])
    var suppliers = CodeIndex(orderedCodes: [])

    init(db: Database) { self.db = db }

    mutating func load() throws -> PlanningSnapshot {
        var itemCodes: [String] = [], itemDecimals: [UInt8] = []
        let itemRows = try RawStatement(db, sql: "SELECT item_id, decimals FROM items ORDER BY item_id")
        while try itemRows.step() {
            itemCodes.append(itemRows.text(0))
            itemDecimals.append(UInt8(clamping: itemRows.int64(1)))
        }
        items = CodeIndex(orderedCodes: itemCodes)
        // Decimals are parallel to the SQL order; CodeIndex keeps that order
        // unless BINARY collation ever disagreed with UTF-8 byte order.
        guard items.codes.elementsEqual(itemCodes, by: utf8Equal) else {
            throw StoreError.corruptValue(table: "items", column: "item_id", value: "(not in byte order)")
        }

        let calendars = try loadPlants()
        suppliers = CodeIndex(orderedCodes: try codes("SELECT supplier_id FROM suppliers ORDER BY supplier_id"))

        return PlanningSnapshot(
            itemCodes: items.codes, itemDecimals: itemDecimals, plantCodes: plants.codes, plantCalendars: calendars,
            supplierCodes: suppliers.codes, nodes: try loadNodes(), bomLines: try loadBomLines(),
            supplierItems: try loadSupplierItems(), onHand: try loadOnHand(), openOrders: try loadOpenOrders(),
            demandLines: try loadDemandLines())
    }

    private func codes(_ sql: String) throws -> [String] {
        var result: [String] = []
        let rows = try RawStatement(db, sql: sql)
        while try rows.step() { result.append(rows.text(0)) }
        return result
    }

    private mutating func loadPlants() throws -> [WorkCalendar] {
        var plantCodes: [String] = [], masks: [WorkdayMask] = []
        let plantRows = try RawStatement(db, sql: "SELECT plant_id, workdays FROM plants ORDER BY plant_id")
        while try plantRows.step() {
            plantCodes.append(plantRows.text(0))
            masks.append(WorkdayMask(bits: UInt8(clamping: plantRows.int64(1))))
        }
        plants = CodeIndex(orderedCodes: plantCodes)
        var holidays = Array(repeating: [Day](), count: plants.count)
        let holidayRows = try RawStatement(db, sql: "SELECT plant_id, day FROM holidays")
        while try holidayRows.step() {
            let plant = try index(plants, holidayRows.text(0), "holidays", "plant_id")
            holidays[Int(plant)].append(Day(daysSinceEpoch: holidayRows.int32(1)))
        }
        return (0..<plants.count).map { WorkCalendar(workdays: masks[$0], holidays: holidays[$0]) }
    }

    private func loadNodes() throws -> [NodeRow] {
        var nodes: [NodeRow] = []
        let rows = try RawStatement(db, sql: """
            SELECT item_id, plant_id, procurement, source_plant_id, lead_time_days, lot_rule,
                   lot_size, min_qty, multiple, safety_stock
            FROM item_plants ORDER BY rowid
            """)
        while try rows.step() {
            nodes.append(NodeRow(
                item: try index(items, rows.text(0), "item_plants", "item_id"),
                plant: try index(plants, rows.text(1), "item_plants", "plant_id"),
                procurement: try StoredEnum.procurement(rows.text(2)),
                sourcePlant: try optionalIndex(plants, rows.optionalText(3), "item_plants", "source_plant_id"),
                leadTimeDays: rows.int32(4), lotRule: try StoredEnum.lotRule(rows.text(5)),
                lotSize: Quantity(rawMicros: rows.int64(6)), minQuantity: Quantity(rawMicros: rows.int64(7)),
                multiple: Quantity(rawMicros: rows.int64(8)), safetyStock: Quantity(rawMicros: rows.int64(9))))
        }
        return nodes
    }

    private func loadBomLines() throws -> [BomLineRow] {
        var lines: [BomLineRow] = []
        let rows = try RawStatement(db, sql: """
            SELECT parent_item_id, component_item_id, plant_id, qty_per, scrap_basis_points, valid_from_day, valid_to_day
            FROM bom_lines ORDER BY rowid
            """)
        while try rows.step() {
            lines.append(BomLineRow(
                parentItem: try index(items, rows.text(0), "bom_lines", "parent_item_id"),
                componentItem: try index(items, rows.text(1), "bom_lines", "component_item_id"),
                plant: try optionalIndex(plants, rows.optionalText(2), "bom_lines", "plant_id"),
                quantityPer: Quantity(rawMicros: rows.int64(3)), scrapBasisPoints: rows.int32(4),
                validFrom: rows.optionalInt32(5).map(Day.init(daysSinceEpoch:)),
                validTo: rows.optionalInt32(6).map(Day.init(daysSinceEpoch:))))
        }
        return lines
    }

    private func loadSupplierItems() throws -> [SupplierItemRow] {
        var result: [SupplierItemRow] = []
        let rows = try RawStatement(db, sql: """
            SELECT supplier_id, item_id, plant_id, lead_time_days, unit_price, min_order_qty, order_multiple, priority
            FROM supplier_items ORDER BY rowid
            """)
        while try rows.step() {
            result.append(SupplierItemRow(
                supplier: try index(suppliers, rows.text(0), "supplier_items", "supplier_id"),
                item: try index(items, rows.text(1), "supplier_items", "item_id"),
                plant: try index(plants, rows.text(2), "supplier_items", "plant_id"),
                leadTimeDays: rows.optionalInt32(3), unitPrice: Money(rawTenThousandths: rows.int64(4)),
                minOrderQuantity: Quantity(rawMicros: rows.int64(5)), orderMultiple: Quantity(rawMicros: rows.int64(6)),
                priority: rows.int32(7)))
        }
        return result
    }

    /// Stock per (item, plant); rows with nothing on hand are left out.
    private func loadOnHand() throws -> [OnHandRow] {
        var result: [OnHandRow] = []
        let rows = try RawStatement(db, sql: "SELECT item_id, plant_id, on_hand FROM inventory WHERE on_hand > 0 ORDER BY rowid")
        while try rows.step() {
            result.append(OnHandRow(
                item: try index(items, rows.text(0), "inventory", "item_id"),
                plant: try index(plants, rows.text(1), "inventory", "plant_id"),
                quantity: Quantity(rawMicros: rows.int64(2))))
        }
        return result
    }

    /// Open orders not closed, for the quantity still to receive or complete.
    private func loadOpenOrders() throws -> [OpenOrderRow] {
        var result: [OpenOrderRow] = []
        let rows = try RawStatement(db, sql: """
            SELECT order_id, type, item_id, plant_id, qty - received_qty, due_day, supplier_id, source_plant_id, issued
            FROM open_orders WHERE closed = 0 AND qty - received_qty > 0 ORDER BY id
            """)
        while try rows.step() {
            result.append(OpenOrderRow(
                orderId: rows.text(0), type: try StoredEnum.orderType(rows.text(1)),
                item: try index(items, rows.text(2), "open_orders", "item_id"),
                plant: try index(plants, rows.text(3), "open_orders", "plant_id"),
                openQuantity: Quantity(rawMicros: rows.int64(4)), dueDate: Day(daysSinceEpoch: rows.int32(5)),
                supplier: try optionalIndex(suppliers, rows.optionalText(6), "open_orders", "supplier_id"),
                sourcePlant: try optionalIndex(plants, rows.optionalText(7), "open_orders", "source_plant_id"),
                issued: rows.int64(8) != 0))
        }
        return result
    }

    /// Lines of won deals, for the quantity not yet shipped.
    private func loadDemandLines() throws -> [DemandLineRow] {
        var result: [DemandLineRow] = []
        let rows = try RawStatement(db, sql: """
            SELECT l.deal_id, l.line_no, l.item_id, l.plant_id, l.qty - l.shipped_qty, l.due_day, l.unit_price
            FROM deal_lines l JOIN deals d ON d.deal_id = l.deal_id
            WHERE d.stage = 'won' AND l.qty - l.shipped_qty > 0 ORDER BY l.id
            """)
        while try rows.step() {
            result.append(DemandLineRow(
                dealId: rows.text(0), lineNumber: rows.int32(1),
                item: try index(items, rows.text(2), "deal_lines", "item_id"),
                plant: try index(plants, rows.text(3), "deal_lines", "plant_id"),
                openQuantity: Quantity(rawMicros: rows.int64(4)), dueDate: Day(daysSinceEpoch: rows.int32(5)),
                unitPrice: Money(rawTenThousandths: rows.int64(6))))
        }
        return result
    }

    private func index(_ codes: CodeIndex, _ code: String, _ table: String, _ column: String) throws(StoreError) -> Int32 {
        guard let index = codes.index(of: code) else { throw .corruptValue(table: table, column: column, value: code) }
        return index
    }

    private func optionalIndex(_ codes: CodeIndex, _ code: String?, _ table: String, _ column: String) throws(StoreError) -> Int32 {
        guard let code else { return -1 }
        return try index(codes, code, table, column)
    }
}

extension SQLiteStore {
    public func loadPlanningSnapshot() throws(StoreError) -> PlanningSnapshot {
        let snapshot = try read("loading the planning snapshot") { db in
            var loader = SnapshotLoader(db: db)
            return try loader.load()
        }
        if let broken = snapshot.firstBrokenInvariant() {
            throw .database(operation: "loading the planning snapshot", message: broken)
        }
        return snapshot
    }
}
