import FabrikCore

extension GenerationRun {
    /// items.csv and bom.csv in one pass over the items.
    mutating func writeItemsAndBom() throws(GeneratorError) {
        var items = try open("items.csv", ["item_id", "name", "uom", "decimals", "standard_cost"])
        var bom = try open("bom.csv", ["parent_item_id", "component_item_id", "qty_per", "plant_id", "scrap_pct",
                                       "valid_from", "valid_to"])
        var lines: [BomLineDraft] = []
        for item in 0..<model.itemCount {
            var rng = SplitMix64.derived(seed: model.seed, purpose: StreamPurpose.itemName.rawValue, index: item)
            writeItem(&items, item)
            items.field(itemName(item, rng: &rng))
            items.field(unitOfMeasure(item, rng: &rng))
            items.int(Int(model.decimals[item]))
            items.fixed(model.standardCostRaw(item), scaleDigits: 4)
            try items.endRow()
            model.drafts(forParent: item, into: &lines)
            for line in lines {
                writeItem(&bom, item)
                writeItem(&bom, Int(line.component))
                bom.fixed(line.quantityPerRaw, scaleDigits: 6)
                if line.plant >= 0 { writePlant(&bom, Int(line.plant)) } else { bom.blank() }
                if line.scrapBasisPoints > 0 { bom.fixed(Int64(line.scrapBasisPoints), scaleDigits: 2) } else { bom.blank() }
                if let from = line.validFrom { bom.day(from) } else { bom.blank() }
                if let to = line.validTo { bom.day(to) } else { bom.blank() }
                try bom.endRow()
            }
        }
        try finish(&items, "items.csv")
        try finish(&bom, "bom.csv")
    }

    private func itemName(_ item: Int, rng: inout SplitMix64) -> String {
        let level = model.level(of: item)
        switch model.kind[item] {
        case .make where level == 0:
            return "\(rng.pick(GeneratorNames.productLines)) \(rng.pick(GeneratorNames.products)) \(rng.int(100...990))"
        case .make:
            return "\(rng.pick(GeneratorNames.assemblies)) \(rng.pick(GeneratorNames.qualifiers)) L\(level)-\(rng.int(10...99))"
        case .phantom:
            return "\(rng.pick(GeneratorNames.assemblies)) Kit \(rng.int(10...99))"
        case .buy where model.decimals[item] > 0:
            return "\(rng.pick(GeneratorNames.materials)) \(rng.pick(["grade", "type", "spec"])) \(rng.int(10...99))"
        case .buy where level < model.levelCount - 1 || rng.chance(40):
            return "\(rng.pick(GeneratorNames.purchased)) \(rng.int(1_000...9_999))"
        case .buy:
            return "\(rng.pick(GeneratorNames.hardware)) \(rng.pick(["zinc", "steel", "A2", "nylon"]))"
        }
    }

    private func unitOfMeasure(_ item: Int, rng: inout SplitMix64) -> String {
        guard model.decimals[item] > 0 else { return "pc" }
        return model.kind[item] == .make ? "l" : rng.pick(["kg", "m", "l", "kg"])
    }
}
