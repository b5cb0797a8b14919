import FabrikCore

enum SupplierColumn: Int, DatasetColumn {
    case supplierId, name
    static let file = "suppliers.csv"
    static let schema = [ColumnSpec("supplier_id", required: true), ColumnSpec("name")]
}

enum SupplierItemColumn: Int, DatasetColumn {
    case supplierId, itemId, plantId, leadTimeDays, unitPrice, minOrderQty, orderMultiple, priority
    static let file = "supplier_items.csv"
    static let schema = [
        ColumnSpec("supplier_id", required: true), ColumnSpec("item_id", required: true), ColumnSpec("plant_id", required: true),
        ColumnSpec("lead_time_days"), ColumnSpec("unit_price"), ColumnSpec("min_order_qty"), ColumnSpec("order_multiple"),
        ColumnSpec("priority"),
    ]
}

enum InventoryColumn: Int, DatasetColumn {
    case itemId, plantId, onHand
    static let file = "inventory.csv"
    static let schema = [ColumnSpec("item_id", required: true), ColumnSpec("plant_id", required: true), ColumnSpec("on_hand", required: true)]
}

/// supplier_items key: supplier, item, plant.
private struct SupplyKey: Hashable {
    let supplier: ByteKey
    let node: NodeKey
}

extension DatasetImport {
    func readSuppliers(_ bytes: inout [UInt8]) {
        var lookup = Lookup<ByteKey, Int>()
        lookup.entries.reserveCapacity(rowEstimate)
        var records: [SupplierRecord] = []
        records.reserveCapacity(rowEstimate)
        let complete = TableScan.scan(&bytes, as: SupplierColumn.self, log: log) { row in
            guard let supplierId = row.id(.supplierId) else { return }
            if let first = firstLine(of: ByteKey(supplierId), in: &lookup.entries, line: row.line) {
                row.report(.supplierId, "duplicate supplier \(quoted(supplierId)) (first on line \(first))")
                return
            }
            records.append(SupplierRecord(supplierId: supplierId, name: row.text(.name)))
        }
        lookup.isComplete = complete
        suppliers = lookup
        dataset.suppliers = records
    }

    func readSupplierItems(_ bytes: inout [UInt8]) {
        var seen: [SupplyKey: Int] = [:]
        seen.reserveCapacity(rowEstimate)
        var records: [SupplierItemRecord] = []
        records.reserveCapacity(rowEstimate)
        _ = TableScan.scan(&bytes, as: SupplierItemColumn.self, log: log) { row in
            let supplierId = row.id(.supplierId)
            let supplierKnown = known(suppliers, "supplier", supplierId, row, .supplierId)
            let itemId = row.id(.itemId)
            let item = knownItem(itemId, row, .itemId)
            let plantId = row.id(.plantId)
            let plantKnown = knownPlant(plantId, row, .plantId)
            let leadTime = row.cell(.leadTimeDays) { CellParsers.whole($0, in: 0...CellParsers.countMax) }
            let price = row.optional(.unitPrice, default: .zero, CellParsers.money)
            var quantities: [Quantity?] = []
            for column in [SupplierItemColumn.minOrderQty, .orderMultiple] {
                let value = row.optional(column, default: .zero) { CellParsers.quantity($0) }
                if let value, let itemId, !row.checkDecimals(column, value, itemId: itemId, decimals: item?.decimals) {
                    quantities.append(nil)
                } else {
                    quantities.append(value)
                }
            }
            let priority = row.optional(.priority, default: 1) { CellParsers.whole($0, in: 0...CellParsers.countMax) }
            guard let supplierId, let itemId, let plantId else { return }
            let key = SupplyKey(supplier: ByteKey(supplierId), node: NodeKey(itemId, plantId))
            if let first = firstLine(of: key, in: &seen, line: row.line) {
                row.report(.plantId, "duplicate supplier_items row for supplier \(quoted(supplierId)), item \(quoted(itemId)) and plant \(quoted(plantId)) (first on line \(first))")
                return
            }
            guard supplierKnown, item != nil, plantKnown, !leadTime.isInvalid, let price,
                  let minimum = quantities[0], let multiple = quantities[1], let priority
            else { return }
            records.append(SupplierItemRecord(
                supplierId: supplierId, itemId: itemId, plantId: plantId, leadTimeDays: leadTime.value.map { Int32($0) },
                unitPrice: price, minOrderQuantity: minimum, orderMultiple: multiple, priority: Int32(priority)))
        }
        dataset.supplierItems = records
    }

    func readInventory(_ bytes: inout [UInt8]) {
        var seen: [NodeKey: Int] = [:]
        seen.reserveCapacity(rowEstimate)
        var records: [InventoryRecord] = []
        records.reserveCapacity(rowEstimate)
        _ = TableScan.scan(&bytes, as: InventoryColumn.self, log: log) { row in
            let itemId = row.id(.itemId)
            let item = knownItem(itemId, row, .itemId)
            let plantId = row.id(.plantId)
            let plantKnown = knownPlant(plantId, row, .plantId)
            var onHand = row.required(.onHand) { CellParsers.quantity($0) }
            if let value = onHand, let itemId, !row.checkDecimals(.onHand, value, itemId: itemId, decimals: item?.decimals) {
                onHand = nil
            }
            guard let itemId, let plantId else { return }
            if let first = firstLine(of: NodeKey(itemId, plantId), in: &seen, line: row.line) {
                row.report(.plantId, "duplicate inventory row for item \(quoted(itemId)) at plant \(quoted(plantId)) (first on line \(first))")
                return
            }
            guard item != nil, plantKnown, let onHand else { return }
            records.append(InventoryRecord(itemId: itemId, plantId: plantId, onHand: onHand))
        }
        dataset.inventory = records
    }
}
