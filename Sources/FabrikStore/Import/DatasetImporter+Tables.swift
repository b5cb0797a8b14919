internal import FabrikCore
internal import FabrikDataset

/// The dataset's tables in insertion order (parents before children), each
/// with its columns and how one record binds to them. Encodings follow
/// `DatasetSchema`: micros, ten-thousandths, day numbers, enum names.
extension DatasetImporter {
    static func insertAllTables(_ dataset: Dataset, with inserter: inout BulkInserter) throws(StoreError) {
        try inserter.insert(dataset.plants, into: "plants", columns: ["plant_id", "name", "workdays"]) { s, r in
            s.bind(1, r.plantId); s.bind(2, r.name); s.bind(3, Int64(r.workdays.bits))
        }
        try inserter.insert(dataset.holidays, into: "holidays", columns: ["plant_id", "day"]) { s, r in
            s.bind(1, r.plantId); s.bind(2, r.date.daysSinceEpoch)
        }
        try inserter.insert(dataset.items, into: "items", columns: ["item_id", "name", "uom", "decimals", "standard_cost"]) { s, r in
            s.bind(1, r.itemId); s.bind(2, r.name); s.bind(3, r.unitOfMeasure); s.bind(4, Int64(r.decimals))
            s.bind(5, r.standardCost.rawTenThousandths)
        }
        try inserter.insert(
            dataset.itemPlants, into: "item_plants",
            columns: ["item_id", "plant_id", "procurement", "source_plant_id", "lead_time_days", "lot_rule",
                      "lot_size", "min_qty", "multiple", "safety_stock"]
        ) { s, r in
            s.bind(1, r.itemId); s.bind(2, r.plantId); s.bind(3, r.procurement.storedName); s.bind(4, r.sourcePlantId)
            s.bind(5, r.leadTimeDays); s.bind(6, r.lotRule.storedName); s.bind(7, r.lotSize.rawMicros)
            s.bind(8, r.minQuantity.rawMicros); s.bind(9, r.multiple.rawMicros); s.bind(10, r.safetyStock.rawMicros)
        }
        try inserter.insert(
            dataset.bomLines, into: "bom_lines",
            columns: ["parent_item_id", "component_item_id", "qty_per", "plant_id", "scrap_basis_points",
                      "valid_from_day", "valid_to_day"]
        ) { s, r in
            s.bind(1, r.parentItemId); s.bind(2, r.componentItemId); s.bind(3, r.quantityPer.rawMicros)
            s.bind(4, r.plantId); s.bind(5, r.scrapBasisPoints)
            s.bind(6, r.validFrom?.daysSinceEpoch); s.bind(7, r.validTo?.daysSinceEpoch)
        }
        try inserter.insert(
            dataset.workCenters, into: "work_centers",
            columns: ["work_center_id", "plant_id", "name", "capacity_hours", "machines"]
        ) { s, r in
            s.bind(1, r.workCenterId); s.bind(2, r.plantId); s.bind(3, r.name); s.bind(4, r.capacityHours.rawMicros)
            s.bind(5, r.machines)
        }
        try inserter.insert(
            dataset.routings, into: "routings",
            columns: ["item_id", "plant_id", "op_seq", "work_center_id", "setup_hours", "run_hours_per_unit"]
        ) { s, r in
            s.bind(1, r.itemId); s.bind(2, r.plantId); s.bind(3, r.operationSequence); s.bind(4, r.workCenterId)
            s.bind(5, r.setupHours.rawMicros); s.bind(6, r.runHoursPerUnit.rawMicros)
        }
        try inserter.insert(dataset.suppliers, into: "suppliers", columns: ["supplier_id", "name"]) { s, r in
            s.bind(1, r.supplierId); s.bind(2, r.name)
        }
        try inserter.insert(
            dataset.supplierItems, into: "supplier_items",
            columns: ["supplier_id", "item_id", "plant_id", "lead_time_days", "unit_price", "min_order_qty",
                      "order_multiple", "priority"]
        ) { s, r in
            s.bind(1, r.supplierId); s.bind(2, r.itemId); s.bind(3, r.plantId); s.bind(4, r.leadTimeDays)
            s.bind(5, r.unitPrice.rawTenThousandths); s.bind(6, r.minOrderQuantity.rawMicros)
            s.bind(7, r.orderMultiple.rawMicros); s.bind(8, r.priority)
        }
        try inserter.insert(dataset.inventory, into: "inventory", columns: ["item_id", "plant_id", "on_hand"]) { s, r in
            s.bind(1, r.itemId); s.bind(2, r.plantId); s.bind(3, r.onHand.rawMicros)
        }
        try inserter.insert(
            dataset.openOrders, into: "open_orders",
            columns: ["order_id", "type", "item_id", "plant_id", "qty", "due_day", "supplier_id", "source_plant_id", "issued"]
        ) { s, r in
            s.bind(1, r.orderId); s.bind(2, r.type.storedName); s.bind(3, r.itemId); s.bind(4, r.plantId)
            s.bind(5, r.quantity.rawMicros); s.bind(6, r.dueDate.daysSinceEpoch); s.bind(7, r.supplierId)
            s.bind(8, r.sourcePlantId); s.bind(9, r.issued)
        }
        try inserter.insert(dataset.customers, into: "customers", columns: ["customer_id", "name"]) { s, r in
            s.bind(1, r.customerId); s.bind(2, r.name)
        }
        try inserter.insert(dataset.deals, into: "deals", columns: ["deal_id", "customer_id", "title", "stage"]) { s, r in
            s.bind(1, r.dealId); s.bind(2, r.customerId); s.bind(3, r.title); s.bind(4, r.stage.storedName)
        }
        try inserter.insert(
            dataset.dealLines, into: "deal_lines",
            columns: ["deal_id", "line_no", "item_id", "plant_id", "qty", "due_day", "unit_price"]
        ) { s, r in
            s.bind(1, r.dealId); s.bind(2, r.lineNumber); s.bind(3, r.itemId); s.bind(4, r.plantId)
            s.bind(5, r.quantity.rawMicros); s.bind(6, r.dueDate.daysSinceEpoch); s.bind(7, r.unitPrice.rawTenThousandths)
        }
        try inserter.insert(dataset.accounts, into: "accounts", columns: ["account_code", "name", "type", "role"]) { s, r in
            s.bind(1, r.accountCode); s.bind(2, r.name); s.bind(3, r.type.storedName); s.bind(4, r.role?.storedName)
        }
    }
}
