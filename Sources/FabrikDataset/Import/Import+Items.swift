import FabrikCore

enum ItemColumn: Int, DatasetColumn {
    case itemId, name, uom, decimals, standardCost
    static let file = "items.csv"
    static let schema = [
        ColumnSpec("item_id", required: true), ColumnSpec("name"), ColumnSpec("uom"), ColumnSpec("decimals"),
        ColumnSpec("standard_cost"),
    ]
}

enum ItemPlantColumn: Int, DatasetColumn {
    case itemId, plantId, procurement, sourcePlantId, leadTimeDays, lotRule, lotSize, minQty, multiple, safetyStock
    static let file = "item_plants.csv"
    static let schema = [
        ColumnSpec("item_id", required: true), ColumnSpec("plant_id", required: true),
        ColumnSpec("procurement", required: true), ColumnSpec("source_plant_id"), ColumnSpec("lead_time_days"),
        ColumnSpec("lot_rule"), ColumnSpec("lot_size"), ColumnSpec("min_qty"), ColumnSpec("multiple"),
        ColumnSpec("safety_stock"),
    ]
}

extension DatasetImport {
    func readItems(_ bytes: inout [UInt8]) {
        var lookup = Lookup<ByteKey, ItemInfo>()
        lookup.entries.reserveCapacity(rowEstimate)
        var records: [ItemRecord] = []
        records.reserveCapacity(rowEstimate)
        let complete = TableScan.scan(&bytes, as: ItemColumn.self, log: log) { row in
            let itemId = row.id(.itemId)
            let decimals = row.optional(.decimals, default: 0) { CellParsers.whole($0, in: 0...6) }
            let cost = row.optional(.standardCost, default: .zero, CellParsers.money)
            guard let itemId else { return }
            let key = ByteKey(itemId)
            let info = ItemInfo(line: row.line, ordinal: Int32(lookup.entries.count), decimals: decimals.map(Int.init))
            if let first = firstEntry(of: key, in: &lookup.entries, value: info) {
                row.report(.itemId, "duplicate item \(quoted(itemId)) (first on line \(first.line))")
                return
            }
            guard let decimals, let cost else { return }
            records.append(ItemRecord(itemId: itemId, name: row.text(.name), unitOfMeasure: row.text(.uom, default: "pc"),
                                      decimals: Int(decimals), standardCost: cost))
        }
        lookup.isComplete = complete
        items = lookup
        dataset.items = records
    }

    func readItemPlants(_ bytes: inout [UInt8]) {
        var lookup = Lookup<NodeKey, NodeInfo>()
        lookup.entries.reserveCapacity(rowEstimate)
        var records: [ItemPlantRecord] = []
        records.reserveCapacity(rowEstimate)
        var lines: [Int] = []
        lines.reserveCapacity(rowEstimate)
        var itemOrdinals: [Int32] = []
        itemOrdinals.reserveCapacity(rowEstimate)
        let complete = TableScan.scan(&bytes, as: ItemPlantColumn.self, log: log) { row in
            let itemId = row.id(.itemId)
            let item = knownItem(itemId, row, .itemId)
            let plantId = row.id(.plantId)
            let plantKnown = knownPlant(plantId, row, .plantId)
            let procurement = row.required(.procurement, Tokens.procurement.parse)
            let source = sourcePlant(row, procurement: procurement, plantId: plantId)
            let leadTime = row.optional(.leadTimeDays, default: 0) { CellParsers.whole($0, in: 0...CellParsers.countMax) }
            let lotRule = row.optional(.lotRule, default: .lotForLot, Tokens.lotRule.parse)
            let decimals = item?.decimals
            let lotSize = lotRule.flatMap { lotSizeCell(row, rule: $0, itemId: itemId ?? "", decimals: decimals) }
            var quantities: [Quantity?] = []
            for column in [ItemPlantColumn.minQty, .multiple, .safetyStock] {
                let value = row.optional(column, default: .zero) { CellParsers.quantity($0) }
                if let value, let itemId, !row.checkDecimals(column, value, itemId: itemId, decimals: decimals) {
                    quantities.append(nil)
                } else {
                    quantities.append(value)
                }
            }
            guard let itemId, let plantId else { return }
            let key = NodeKey(itemId, plantId)
            let info = NodeInfo(line: row.line, procurement: procurement, sourcePlantId: source?.value)
            if let first = firstEntry(of: key, in: &lookup.entries, value: info) {
                row.report(.plantId, "duplicate item_plants row for item \(quoted(itemId)) at plant \(quoted(plantId)) (first on line \(first.line))")
                return
            }
            guard let item, plantKnown, let procurement, let source, !source.isInvalid, let leadTime, let lotRule,
                  let lotSize, let minQty = quantities[0], let multiple = quantities[1], let safetyStock = quantities[2]
            else { return }
            records.append(ItemPlantRecord(
                itemId: itemId, plantId: plantId, procurement: procurement, sourcePlantId: source.value,
                leadTimeDays: Int32(leadTime), lotRule: lotRule, lotSize: lotSize, minQuantity: minQty,
                multiple: multiple, safetyStock: safetyStock))
            lines.append(row.line)
            itemOrdinals.append(item.ordinal)
        }
        lookup.isComplete = complete
        nodes = lookup
        dataset.itemPlants = records
        itemPlantLines = lines
        itemPlantItemOrdinals = itemOrdinals
        checkTransferSources()
    }

    /// source_plant_id: required, known and not the plant itself for transfer; blank otherwise.
    /// Nil when procurement is unknown.
    private func sourcePlant(_ row: Row<ItemPlantColumn>, procurement: Procurement?, plantId: String?) -> Cell<String>? {
        guard let procurement else { return nil }
        let cell = row.optionalId(.sourcePlantId)
        guard procurement == .transfer else {
            if let source = cell.value {
                row.report(.sourcePlantId, "\(quoted(source)) is given but only a transfer row has a source plant")
                return .invalid
            }
            return cell
        }
        switch cell {
        case .invalid: return .invalid
        case .blank:
            row.report(.sourcePlantId, "a value is required for procurement transfer")
            return .invalid
        case .value(let source):
            guard knownPlant(source, row, .sourcePlantId) else { return .invalid }
            if let plantId, utf8Equal(source, plantId) {
                row.report(.sourcePlantId, "\(quoted(source)) is the plant itself")
                return .invalid
            }
            return cell
        }
    }

    /// lot_size by rule: a quantity > 0 for fixed, whole days >= 1 for poq, ignored (zero) for lfl.
    private func lotSizeCell(_ row: Row<ItemPlantColumn>, rule: LotRule, itemId: String, decimals: Int?) -> Quantity? {
        switch rule {
        case .lotForLot:
            return .zero
        case .fixedOrderQuantity:
            if row.isBlank(.lotSize) { row.report(.lotSize, "a value is required for lot_rule fixed"); return nil }
            guard let size = row.required(.lotSize, { CellParsers.quantity($0, positive: true) }) else { return nil }
            return row.checkDecimals(.lotSize, size, itemId: itemId, decimals: decimals) ? size : nil
        case .periodOrderQuantity:
            if row.isBlank(.lotSize) { row.report(.lotSize, "a value is required for lot_rule poq"); return nil }
            let days = row.required(.lotSize) { CellParsers.whole($0, in: 1...CellParsers.countMax) }
            return days.map(Quantity.units)
        }
    }

    /// A transfer's source plant must plan the same item (an item_plants row).
    private func checkTransferSources() {
        guard nodes.isComplete else { return }
        for (index, record) in dataset.itemPlants.enumerated() {
            guard let source = record.sourcePlantId, nodes[NodeKey(record.itemId, source)] == nil else { continue }
            log.report(file: ItemPlantColumn.file, line: itemPlantLines[index], column: "source_plant_id",
                       "plant \(quoted(source)) has no item_plants row for item \(quoted(record.itemId))")
        }
    }
}
