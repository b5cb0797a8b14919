import FabrikCore

/// The five per-node files, open together so the nodes are walked once.
private struct NodeWriters {
    var itemPlants: CSVRowWriter
    var routings: CSVRowWriter
    var supplierItems: CSVRowWriter
    var inventory: CSVRowWriter
    var openOrders: CSVRowWriter
}

extension GenerationRun {
    /// item_plants, routings, supplier_items, inventory and open_orders in
    /// one pass over the nodes, in (item, plant) order.
    mutating func writeNodes() throws(GeneratorError) {
        var writers = NodeWriters(
            itemPlants: try open("item_plants.csv", ["item_id", "plant_id", "procurement", "source_plant_id", "lead_time_days",
                                                     "lot_rule", "lot_size", "min_qty", "multiple", "safety_stock"]),
            routings: try open("routings.csv", ["item_id", "plant_id", "op_seq", "work_center_id", "setup_hours",
                                                "run_hours_per_unit"]),
            supplierItems: try open("supplier_items.csv", ["supplier_id", "item_id", "plant_id", "lead_time_days", "unit_price",
                                                           "min_order_qty", "order_multiple", "priority"]),
            inventory: try open("inventory.csv", ["item_id", "plant_id", "on_hand"]),
            openOrders: try open("open_orders.csv", ["order_id", "type", "item_id", "plant_id", "qty", "due_date", "supplier_id",
                                                     "source_plant_id", "issued"]))
        let workCenterIds = (0..<model.plantIds.count).map { plant in
            (0..<model.workCentersPerPlant).map { model.workCenterId(plant: plant, center: $0) }
        }
        var orderNumber = 0
        for item in 0..<model.itemCount {
            for plant in 0..<model.plantIds.count where model.isNode(item, plant) {
                let (procurement, source) = model.procurement(item, plant)
                try writeItemPlant(&writers.itemPlants, item, plant, procurement, source)
                if procurement == .make {
                    try writeRouting(&writers.routings, item, plant, workCenterIds[plant])
                }
                let suppliers = procurement == .buy ? model.suppliers(item, plant) : []
                try writeSupplierItems(&writers.supplierItems, item, plant, suppliers)
                try writeInventory(&writers.inventory, item, plant, procurement)
                try writeOpenOrders(&writers.openOrders, item, plant, procurement, source, suppliers, &orderNumber)
            }
        }
        try finish(&writers.itemPlants, "item_plants.csv")
        try finish(&writers.routings, "routings.csv")
        try finish(&writers.supplierItems, "supplier_items.csv")
        try finish(&writers.inventory, "inventory.csv")
        try finish(&writers.openOrders, "open_orders.csv")
    }

    /// Lead times by procurement; lot rules lfl 55%, fixed 20%, poq 25%;
    /// minimums, multiples and safety stock on some nodes.
    private func writeItemPlant(_ writer: inout CSVRowWriter, _ item: Int, _ plant: Int,
                                _ procurement: Procurement, _ source: Int?) throws(GeneratorError) {
        var rng = SplitMix64.derived(seed: model.seed, purpose: StreamPurpose.nodePlanning.rawValue, index: model.nodeKey(item, plant))
        writeItem(&writer, item)
        writePlant(&writer, plant)
        writer.field(procurement.name)
        if let source { writePlant(&writer, source) } else { writer.blank() }
        guard procurement != .phantom else {
            for _ in 0..<6 { writer.blank() }
            return try writer.endRow()
        }
        switch procurement {
        case .buy: writer.int(rng.int(5...45))
        case .transfer: writer.int(rng.int(1...6))
        default: writer.int(rng.int(1...10))
        }
        let places = model.decimals[item]
        let rule = rng.int(0...99)
        if rule < 55 {
            writer.field("lfl")
            writer.blank()
        } else if rule < 75 {
            writer.field("fixed")
            let half: Int64 = places > 0 && rng.chance(30) ? Quantity.scale / 2 : 0
            writer.fixed(Int64(rng.pick([10, 20, 25, 50, 100, 200, 500])) * Quantity.scale + half, scaleDigits: 6)
        } else {
            writer.field("poq")
            writer.int(rng.pick([5, 7, 10, 14, 21, 30]))
        }
        if rng.chance(15) { writer.int(rng.pick([5, 10, 20, 50, 100])) } else { writer.blank() }
        if rng.chance(12) {
            let multiples: [Int64] = places >= 2 ? [250_000, 500_000, 2_500_000] : places == 1 ? [500_000, 2_500_000]
                : [2_000_000, 5_000_000, 10_000_000, 12_000_000, 24_000_000, 25_000_000, 50_000_000]
            writer.fixed(rng.pick(multiples), scaleDigits: 6)
        } else {
            writer.blank()
        }
        if rng.chance(20) { writer.fixed(model.quantityRaw(item, units: 1...200, rng: &rng), scaleDigits: 6) } else { writer.blank() }
        try writer.endRow()
    }

    /// Two to six operations, 10, 20, ... on work centers of the plant.
    private func writeRouting(_ writer: inout CSVRowWriter, _ item: Int, _ plant: Int,
                              _ workCenterIds: [String]) throws(GeneratorError) {
        var rng = SplitMix64.derived(seed: model.seed, purpose: StreamPurpose.routing.rawValue, index: model.nodeKey(item, plant))
        for operation in 1...rng.int(2...6) {
            writeItem(&writer, item)
            writePlant(&writer, plant)
            writer.int(operation * 10)
            writer.field(rng.pick(workCenterIds))
            let setupQuarters = rng.int(0...8)
            if setupQuarters > 0 { writer.fixed(Int64(setupQuarters) * 25, scaleDigits: 2) } else { writer.blank() }
            writer.fixed(Int64(rng.int(5...300)), scaleDigits: 3)
            try writer.endRow()
        }
    }

    /// The node's suppliers by priority, with prices near the standard cost.
    private func writeSupplierItems(_ writer: inout CSVRowWriter, _ item: Int, _ plant: Int,
                                    _ suppliers: [Int]) throws(GeneratorError) {
        guard !suppliers.isEmpty else { return }
        var rng = SplitMix64.derived(seed: model.seed, purpose: StreamPurpose.supplierTerms.rawValue, index: model.nodeKey(item, plant))
        let costCents = model.standardCostRaw(item) / 100
        for (rank, supplier) in suppliers.enumerated() {
            writer.id("S", supplier + 1, width: model.supplierIdWidth)
            writeItem(&writer, item)
            writePlant(&writer, plant)
            if rng.chance(50) { writer.int(rng.int(3...60)) } else { writer.blank() }
            writer.fixed(max(1, costCents * Int64(rng.int(85...115)) / 100) * 100, scaleDigits: 4)
            if rng.chance(30) { writer.int(rng.pick([10, 25, 50, 100, 250, 500, 1_000])) } else { writer.blank() }
            if rng.chance(20) { writer.int(rng.pick([5, 10, 12, 25, 50, 100])) } else { writer.blank() }
            writer.int(rank + 1)
            try writer.endRow()
        }
    }

    /// Stock at 85% of the nodes (one phantom node in five).
    private func writeInventory(_ writer: inout CSVRowWriter, _ item: Int, _ plant: Int,
                                _ procurement: Procurement) throws(GeneratorError) {
        var rng = SplitMix64.derived(seed: model.seed, purpose: StreamPurpose.inventory.rawValue, index: model.nodeKey(item, plant))
        guard rng.chance(procurement == .phantom ? 20 : 85) else { return }
        writeItem(&writer, item)
        writePlant(&writer, plant)
        if rng.chance(10) { writer.int(0) } else { writer.fixed(model.quantityRaw(item, units: 1...800, rng: &rng), scaleDigits: 6) }
        try writer.endRow()
    }

    /// Zero to three open orders per non-phantom node, due from 20 days
    /// before as_of to 120 days after; some production and transfer orders issued.
    private func writeOpenOrders(_ writer: inout CSVRowWriter, _ item: Int, _ plant: Int, _ procurement: Procurement,
                                 _ source: Int?, _ suppliers: [Int], _ orderNumber: inout Int) throws(GeneratorError) {
        guard procurement != .phantom else { return }
        var rng = SplitMix64.derived(seed: model.seed, purpose: StreamPurpose.openOrders.rawValue, index: model.nodeKey(item, plant))
        let roll = rng.int(0...99)
        let count = roll < 30 ? 1 : roll < 40 ? 2 : roll < 44 ? 3 : 0
        for _ in 0..<count {
            orderNumber += 1
            writer.id("OO-", orderNumber, width: 7)
            writer.field(procurement == .buy ? "purchase" : procurement == .make ? "production" : "transfer")
            writeItem(&writer, item)
            writePlant(&writer, plant)
            writer.fixed(model.quantityRaw(item, units: 1...400, rng: &rng), scaleDigits: 6)
            writer.day(model.asOf + Int32(rng.int(-20...120)))
            if let first = suppliers.first {
                let supplier = suppliers.count > 1 && rng.chance(20) ? suppliers[1] : first
                writer.id("S", supplier + 1, width: model.supplierIdWidth)
            } else {
                writer.blank()
            }
            if let source, rng.chance(50) { writePlant(&writer, source) } else { writer.blank() }
            writer.field(procurement != .buy && rng.chance(25) ? "yes" : "no")
            try writer.endRow()
        }
    }
}

extension GeneratorModel {
    /// A buy node's suppliers by priority: none for 2% of nodes, two for 15%.
    func suppliers(_ item: Int, _ plant: Int) -> [Int] {
        var rng = SplitMix64.derived(seed: seed, purpose: StreamPurpose.suppliers.rawValue, index: nodeKey(item, plant))
        let roll = rng.int(0...99)
        guard roll >= 2 else { return [] }
        let first = rng.int(0...(supplierCount - 1))
        guard roll < 17 && supplierCount > 1 else { return [first] }
        return [first, (first + 1 + rng.int(0...(supplierCount - 2))) % supplierCount]
    }
}
