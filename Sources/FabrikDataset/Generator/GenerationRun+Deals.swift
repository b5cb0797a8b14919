import FabrikCore

extension GenerationRun {
    /// deals.csv and deal_lines.csv in one pass over the deals.
    ///
    /// The first six deals take the six stages in order (so every stage is
    /// present); then 40% are won. Lines sell finished goods at a plant
    /// making them (85%) or spare parts from the central plant; won lines
    /// are due from 10 days before as_of to the end of the horizon, with 1%
    /// beyond it.
    mutating func writeDeals() throws(GeneratorError) {
        var deals = try open("deals.csv", ["deal_id", "customer_id", "title", "stage"])
        var lines = try open("deal_lines.csv", ["deal_id", "line_no", "item_id", "plant_id", "qty", "due_date", "unit_price"])
        let horizon = model.parameters.horizonDays
        let finished = model.items(atLevel: 0)
        let spares = model.items(atLevel: 1)
        for deal in 0..<model.parameters.dealCount {
            var rng = SplitMix64.derived(seed: model.seed, purpose: StreamPurpose.deals.rawValue, index: deal)
            let stage = deal < DealStage.allCases.count ? DealStage.allCases[deal] : drawStage(&rng)
            deals.id("D", deal + 1, width: model.dealIdWidth)
            deals.id("C", rng.int(1...model.customerCount), width: model.customerIdWidth)
            deals.field("\(rng.pick(GeneratorNames.dealTitles)) \(rng.int(100...999))")
            deals.field(stage.name)
            try deals.endRow()
            for lineNumber in 1...rng.int(1...20) {
                let item: Int
                let plant: Int
                if spares.lowerBound > finished.lowerBound && !spares.isEmpty && rng.chance(15) {
                    item = rng.int(spares.lowerBound...(spares.upperBound - 1))
                    plant = 0
                } else {
                    item = rng.int(finished.lowerBound...(finished.upperBound - 1))
                    plant = pickPlant(of: item, rng: &rng)
                }
                lines.id("D", deal + 1, width: model.dealIdWidth)
                lines.int(lineNumber)
                writeItem(&lines, item)
                writePlant(&lines, plant)
                lines.fixed(model.quantityRaw(item, units: 1...40, rng: &rng), scaleDigits: 6)
                let offset: Int
                if rng.chance(1) {
                    offset = horizon + rng.int(0...60)
                } else if stage == .won {
                    offset = rng.int(-10...(horizon - 1))
                } else {
                    offset = rng.int(min(14, horizon - 1)...(horizon - 1))
                }
                lines.day(model.asOf + Int32(offset))
                let cents = model.standardCostRaw(item) / 100 * Int64(rng.int(130...190)) / 100
                lines.fixed(max(1, cents) * 100, scaleDigits: 4)
                try lines.endRow()
            }
        }
        try finish(&deals, "deals.csv")
        try finish(&lines, "deal_lines.csv")
    }

    private func drawStage(_ rng: inout SplitMix64) -> DealStage {
        let roll = rng.int(0...99)
        if roll < 15 { return .lead }
        if roll < 27 { return .qualified }
        if roll < 39 { return .proposal }
        if roll < 50 { return .negotiation }
        if roll < 90 { return .won }
        return .lost
    }

    /// One of the plants where the item is a node, uniformly.
    private func pickPlant(of item: Int, rng: inout SplitMix64) -> Int {
        let mask = model.nodeMask[item]
        let choice = rng.int(0...(mask.nonzeroBitCount - 1))
        var seen = 0
        for plant in 0..<model.plantIds.count where mask & (UInt8(1) << UInt8(plant)) != 0 {
            if seen == choice { return plant }
            seen += 1
        }
        return 0
    }
}
