import FabrikCore

/// One generated BOM line before it is written. `plant` is -1 for every plant.
struct BomLineDraft {
    var component: Int32
    var quantityPerRaw: Int64
    var scrapBasisPoints: Int32
    var validFrom: Day?
    var validTo: Day?
    var plant: Int8
}

extension GeneratorModel {
    /// Fills `lines` with the BOM of `parent` (empty for bought items).
    ///
    /// Behavior:
    /// - a made or phantom item at level l gets `fanout - 1 ... fanout + 2`
    ///   distinct components (finished goods `fanout ... fanout + 4`):
    ///   level 0 from level 1 (70%) or the bought level; deeper
    ///   items from level l+1 (65%) or any level below it, so every edge
    ///   points down and the graph has no cycle;
    /// - about 8% of lines carry scrap; about 4% switch mid-horizon, either to
    ///   another component or to a new quantity, as two lines whose validity
    ///   ranges touch but do not overlap;
    /// - 3% of finished goods have plant-specific lines for their first
    ///   assembly plant (the same components, so the nodes exist there).
    /// The result depends only on (seed, parent): it is recomputed, not stored.
    func drafts(forParent parent: Int, into lines: inout [BomLineDraft]) {
        lines.removeAll(keepingCapacity: true)
        guard kind[parent] != .buy else { return }
        let parentLevel = level(of: parent)
        guard parentLevel < levelCount - 1 else { return }
        var rng = SplitMix64.derived(seed: seed, purpose: StreamPurpose.bom.rawValue, index: parent)
        let fanout = parameters.fanout
        let count = parentLevel == 0 ? rng.int(fanout...(fanout + 4)) : rng.int(max(1, fanout - 1)...(fanout + 2))
        for _ in 0..<count {
            guard let component = drawComponent(parentLevel: parentLevel, lines: lines, rng: &rng) else { continue }
            var line = BomLineDraft(component: Int32(component), quantityPerRaw: drawQuantityPer(component, rng: &rng),
                                    scrapBasisPoints: 0, validFrom: nil, validTo: nil, plant: -1)
            if rng.chance(8) { line.scrapBasisPoints = rng.pick([50, 100, 150, 200, 250, 500, 1_000]) }
            let effectivity = rng.int(0...99)
            if effectivity < 4 {
                let switchDay = asOf + Int32(rng.int(20...300))
                var successor = line
                line.validTo = switchDay - 1
                successor.validFrom = switchDay
                if effectivity < 2, let other = drawComponent(parentLevel: parentLevel, lines: lines, rng: &rng),
                   other != component {
                    successor.component = Int32(other)
                    successor.quantityPerRaw = drawQuantityPer(other, rng: &rng)
                } else {
                    successor.quantityPerRaw = line.quantityPerRaw + rawStep(component) * Int64(rng.int(1...3))
                }
                lines.append(line)
                lines.append(successor)
            } else {
                if effectivity < 6 { line.validFrom = asOf - Int32(rng.int(30...700)) }
                lines.append(line)
            }
        }
        if parentLevel == 0 && parameters.plants > 1 && rng.chance(3) {
            appendPlantLines(parent: parent, lines: &lines)
        }
    }

    /// A component not yet on the parent, or nil after a few collisions.
    private func drawComponent(parentLevel: Int, lines: [BomLineDraft], rng: inout SplitMix64) -> Int? {
        let lowest = levelCount - 1
        for _ in 0..<8 {
            let level: Int
            if parentLevel == 0 {
                level = rng.chance(70) ? 1 : lowest
            } else if parentLevel + 1 == lowest || rng.chance(65) {
                level = parentLevel + 1
            } else {
                level = rng.int((parentLevel + 2)...lowest)
            }
            let range = items(atLevel: level)
            let candidate = rng.int(range.lowerBound...(range.upperBound - 1))
            if parentLevel == 0 && kind[candidate] == .phantom { continue }
            if !lines.contains(where: { $0.component == Int32(candidate) }) { return candidate }
        }
        return nil
    }

    /// Whole quantities for counted parts, three-decimal ones for materials.
    private func drawQuantityPer(_ component: Int, rng: inout SplitMix64) -> Int64 {
        if decimals[component] > 0 { return Int64(rng.int(50...5_000)) * 1_000 }
        let roll = rng.int(0...99)
        let units = roll < 60 ? 1 : roll < 80 ? 2 : rng.int(3...8)
        return Int64(units) * Quantity.scale
    }

    /// Plant-specific lines for the first assembly plant of a finished good:
    /// its open-ended blank-plant components, the last one dropped and the
    /// first one doubled.
    private func appendPlantLines(parent: Int, lines: inout [BomLineDraft]) {
        var plant = 1
        let mask = finishedGoodMask(parent)
        while plant < parameters.plants && mask & (UInt8(1) << UInt8(plant)) == 0 { plant += 1 }
        guard plant < parameters.plants else { return }
        var plantLines: [BomLineDraft] = []
        var seen: [Int32] = []
        for line in lines where line.validTo == nil && !seen.contains(line.component) {
            seen.append(line.component)
            var copy = line
            copy.plant = Int8(plant)
            copy.validFrom = nil
            plantLines.append(copy)
        }
        if plantLines.count > 1 { plantLines.removeLast() }
        if !plantLines.isEmpty { plantLines[0].quantityPerRaw *= 2 }
        lines.append(contentsOf: plantLines)
    }
}
