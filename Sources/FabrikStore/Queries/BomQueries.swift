internal import FabrikCore
internal import FabrikDataset
internal import GRDB

extension SQLiteStore {
    public func loadBomModel() throws(StoreError) -> BomModel {
        try read("loading the BOM") { db in
            var plants: [PlantRecord] = []
            let plantRows = try RawStatement(db, sql: "SELECT plant_id, name, workdays FROM plants ORDER BY plant_id")
            while try plantRows.step() {
                plants.append(PlantRecord(
                    plantId: plantRows.text(0), name: plantRows.text(1),
                    workdays: WorkdayMask(bits: UInt8(clamping: plantRows.int64(2)))))
            }
            var items: [ItemRecord] = []
            let itemRows = try RawStatement(db, sql: "SELECT item_id, name, uom, decimals, standard_cost FROM items ORDER BY item_id")
            while try itemRows.step() {
                items.append(ItemRecord(
                    itemId: itemRows.text(0), name: itemRows.text(1), unitOfMeasure: itemRows.text(2),
                    decimals: Int(itemRows.int64(3)), standardCost: Money(rawTenThousandths: itemRows.int64(4))))
            }
            var itemPlants: [ItemPlantRecord] = []
            let nodeRows = try RawStatement(db, sql: """
                SELECT item_id, plant_id, procurement, source_plant_id, lead_time_days, lot_rule,
                       lot_size, min_qty, multiple, safety_stock
                FROM item_plants ORDER BY item_id, plant_id
                """)
            while try nodeRows.step() {
                itemPlants.append(ItemPlantRecord(
                    itemId: nodeRows.text(0), plantId: nodeRows.text(1),
                    procurement: try StoredEnum.procurement(nodeRows.text(2)), sourcePlantId: nodeRows.optionalText(3),
                    leadTimeDays: nodeRows.int32(4), lotRule: try StoredEnum.lotRule(nodeRows.text(5)),
                    lotSize: Quantity(rawMicros: nodeRows.int64(6)), minQuantity: Quantity(rawMicros: nodeRows.int64(7)),
                    multiple: Quantity(rawMicros: nodeRows.int64(8)), safetyStock: Quantity(rawMicros: nodeRows.int64(9))))
            }
            var bomLines: [BomRecord] = []
            let lineRows = try RawStatement(db, sql: """
                SELECT parent_item_id, component_item_id, qty_per, plant_id, scrap_basis_points, valid_from_day, valid_to_day
                FROM bom_lines ORDER BY rowid
                """)
            while try lineRows.step() {
                bomLines.append(BomRecord(
                    parentItemId: lineRows.text(0), componentItemId: lineRows.text(1),
                    quantityPer: Quantity(rawMicros: lineRows.int64(2)), plantId: lineRows.optionalText(3),
                    scrapBasisPoints: lineRows.int32(4),
                    validFrom: lineRows.optionalInt32(5).map(Day.init(daysSinceEpoch:)),
                    validTo: lineRows.optionalInt32(6).map(Day.init(daysSinceEpoch:))))
            }
            return BomModel(plants: plants, items: items, itemPlants: itemPlants, bomLines: bomLines)
        }
    }
}
