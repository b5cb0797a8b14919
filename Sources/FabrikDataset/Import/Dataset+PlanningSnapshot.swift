public import FabrikCore

extension Dataset {
    /// The planning snapshot of this dataset as if freshly imported: code
    /// tables sorted by UTF-8 bytes (indices compare as ids), on-hand from
    /// inventory, every open order with its full quantity open, the lines of
    /// `won` deals as demand, plant calendars from workdays and holidays.
    /// Rows keep file order.
    ///
    /// Precondition: the dataset is consistent as `DatasetReader` guarantees
    /// (every referenced item, plant and supplier is listed); a dangling
    /// reference traps, since it is a bug of whoever built the Dataset by hand.
    /// O(records) plus the sorts of the code tables.
    public func planningSnapshot() -> PlanningSnapshot {
        let itemTable = CodeTable(items.map(\.itemId))
        let plantTable = CodeTable(plants.map(\.plantId))
        let supplierTable = CodeTable(suppliers.map(\.supplierId))
        func item(_ id: String) -> Int32 { Dataset.index(of: id, in: itemTable, "item") }
        func plant(_ id: String) -> Int32 { Dataset.index(of: id, in: plantTable, "plant") }
        func supplier(_ id: String?) -> Int32 { id.map { Dataset.index(of: $0, in: supplierTable, "supplier") } ?? -1 }
        func optionalPlant(_ id: String?) -> Int32 { id.map(plant) ?? -1 }

        var decimals = [UInt8](repeating: 0, count: itemTable.count)
        for record in items { decimals[Int(item(record.itemId))] = UInt8(record.decimals) }

        var holidaysOfPlant = [[Day]](repeating: [], count: plantTable.count)
        for holiday in holidays { holidaysOfPlant[Int(plant(holiday.plantId))].append(holiday.date) }
        var workdaysOfPlant = [WorkdayMask](repeating: .allWeek, count: plantTable.count)
        for record in plants { workdaysOfPlant[Int(plant(record.plantId))] = record.workdays }
        let calendars = (0..<plantTable.count).map { WorkCalendar(workdays: workdaysOfPlant[$0], holidays: holidaysOfPlant[$0]) }

        let nodes = itemPlants.map { r in
            NodeRow(item: item(r.itemId), plant: plant(r.plantId), procurement: r.procurement,
                    sourcePlant: r.procurement == .transfer ? optionalPlant(r.sourcePlantId) : -1,
                    leadTimeDays: r.leadTimeDays, lotRule: r.lotRule, lotSize: r.lotSize, minQuantity: r.minQuantity,
                    multiple: r.multiple, safetyStock: r.safetyStock)
        }
        let bom = bomLines.map { r in
            BomLineRow(parentItem: item(r.parentItemId), componentItem: item(r.componentItemId), plant: optionalPlant(r.plantId),
                       quantityPer: r.quantityPer, scrapBasisPoints: r.scrapBasisPoints, validFrom: r.validFrom, validTo: r.validTo)
        }
        let supply = supplierItems.map { r in
            SupplierItemRow(supplier: supplier(r.supplierId), item: item(r.itemId), plant: plant(r.plantId),
                            leadTimeDays: r.leadTimeDays, unitPrice: r.unitPrice, minOrderQuantity: r.minOrderQuantity,
                            orderMultiple: r.orderMultiple, priority: r.priority)
        }
        let onHand = inventory.map { OnHandRow(item: item($0.itemId), plant: plant($0.plantId), quantity: $0.onHand) }
        let receipts = openOrders.map { r in
            OpenOrderRow(orderId: r.orderId, type: r.type, item: item(r.itemId), plant: plant(r.plantId), openQuantity: r.quantity,
                         dueDate: r.dueDate, supplier: supplier(r.supplierId), sourcePlant: optionalPlant(r.sourcePlantId),
                         issued: r.issued)
        }
        let won = Set(deals.filter { $0.stage == .won }.map { IdKey($0.dealId) })
        let demand = dealLines.filter { won.contains(IdKey($0.dealId)) }.map { r in
            DemandLineRow(dealId: r.dealId, lineNumber: r.lineNumber, item: item(r.itemId), plant: plant(r.plantId),
                          openQuantity: r.quantity, dueDate: r.dueDate, unitPrice: r.unitPrice)
        }
        return PlanningSnapshot(
            itemCodes: itemTable.codes, itemDecimals: decimals, plantCodes: plantTable.codes, plantCalendars: calendars,
            supplierCodes: supplierTable.codes, nodes: nodes, bomLines: bom, supplierItems: supply, onHand: onHand,
            openOrders: receipts, demandLines: demand)
    }

    private static func index(of id: String, in table: CodeTable, _ what: String) -> Int32 {
        guard let index = table.index(of: id) else {
            preconditionFailure("planningSnapshot(): unknown \(what) \(id); build Datasets with DatasetReader")
        }
        return index
    }
}

/// Ids sorted by UTF-8 bytes without duplicates, with their positions: index
/// order is id order. Lookup O(1) average (one `ByteKey` hash).
private struct CodeTable {
    let codes: [String]
    private let positions: [ByteKey: Int32]

    init(_ ids: [String]) {
        var positions: [ByteKey: Int32] = [:]
        positions.reserveCapacity(ids.count)
        let sorted = ids.sorted(by: utf8Precedes)
        var codes: [String] = []
        codes.reserveCapacity(sorted.count)
        for id in sorted where codes.last.map({ !utf8Equal($0, id) }) ?? true {
            positions[ByteKey(id)] = Int32(codes.count)
            codes.append(id)
        }
        self.codes = codes
        self.positions = positions
    }

    var count: Int { codes.count }
    func index(of id: String) -> Int32? { positions[ByteKey(id)] }
}
