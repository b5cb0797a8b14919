import FabrikCore

/// How an item is obtained where it is first planned (its central node).
enum ItemKind: UInt8 {
    case make, buy, phantom
}

/// The whole shape of one generated dataset in O(items) bytes: the level
/// ranges and, per item, its kind, decimals and the plants where it is a node.
/// Everything else (BOM lines, costs, planning data) is recomputed on demand
/// from per-item random streams, so no row is ever held in memory.
///
/// Layout: items are numbered level by level, finished goods first:
///
///     level:   0 (finished)   1          ...   levels-1 (bought)
///     index:   [0, s1)        [s1, s2)   ...   [s(L-1), items)
///
/// Plants: `P1` (index 0) is the central plant: every item below level 0 is
/// a node there (make, buy or phantom). Assembly plants (`P2`...) make
/// finished goods; their components are bought locally or transferred,
/// from `P1` or from a lower-numbered assembly plant, so transfer chains only
/// point to lower plant indices (no cycle). With one plant, `P1` does all.
///
/// Invariants: `levelStart` is increasing, `levelStart.last == itemCount`;
/// `nodeMask[i] != 0` for every item; bit 0 is set for every item below
/// level 0. Cost: 3 bytes per item.
struct GeneratorModel {
    let parameters: GeneratorParameters
    let itemCount: Int
    let levelCount: Int
    /// `levelCount + 1` entries.
    let levelStart: [Int]
    let kind: [ItemKind]
    let decimals: [UInt8]
    /// Bit p set = the item is a node at plant index p.
    var nodeMask: [UInt8]
    let itemIdWidth: Int
    let plantIds: [String]
    let supplierCount: Int
    let customerCount: Int
    let workCentersPerPlant: Int
    var seed: UInt64 { parameters.seed }
    var asOf: Day { parameters.asOf }

    init(_ parameters: GeneratorParameters) {
        self.parameters = parameters
        itemCount = parameters.items
        levelCount = parameters.levels
        levelStart = GeneratorModel.levelStarts(items: parameters.items, levels: parameters.levels)
        itemIdWidth = max(6, String(parameters.items).count)
        plantIds = (1...parameters.plants).map { "P\($0)" }
        supplierCount = min(5_000, max(5, parameters.items / 200))
        customerCount = min(20_000, max(3, parameters.items / 100))
        workCentersPerPlant = min(250, max(3, parameters.items / 400))
        var kinds = [ItemKind](repeating: .make, count: parameters.items)
        var places = [UInt8](repeating: 0, count: parameters.items)
        for level in 0..<parameters.levels {
            for item in levelStart[level]..<levelStart[level + 1] {
                (kinds[item], places[item]) = GeneratorModel.drawKind(item: item, level: level,
                                                                     levels: parameters.levels, seed: parameters.seed)
            }
        }
        kind = kinds
        decimals = places
        nodeMask = [UInt8](repeating: 0, count: parameters.items)
        placeNodes()
    }

    /// Level sizes grow by 1.3 per level (more parts than products), each level non-empty.
    static func levelStarts(items: Int, levels: Int) -> [Int] {
        var weights: [Int] = []
        var weight = 1_000
        for _ in 0..<levels {
            weights.append(weight)
            weight = weight * 13 / 10
        }
        let total = weights.reduce(0, +)
        var starts = [0]
        for level in 0..<levels - 1 {
            let size = max(1, items * weights[level] / total)
            let remainingLevels = levels - level - 1
            starts.append(min(starts[level] + size, items - remainingLevels))
        }
        starts.append(items)
        return starts
    }

    private static func drawKind(item: Int, level: Int, levels: Int, seed: UInt64) -> (ItemKind, UInt8) {
        var rng = SplitMix64.derived(seed: seed, purpose: StreamPurpose.itemKind.rawValue, index: item)
        if level == levels - 1 {
            let roll = rng.int(0...99)
            return (.buy, roll < 12 ? 2 : roll < 17 ? 3 : 0)
        }
        if level == 0 { return (.make, 0) }
        let roll = rng.int(0...99)
        if roll < 10 { return (.buy, 0) }
        if roll < 14 && level >= 2 { return (.phantom, 0) }
        return (.make, rng.chance(3) ? 1 : 0)
    }

    // MARK: Lookups

    func level(of item: Int) -> Int {
        var level = 0
        while levelStart[level + 1] <= item { level += 1 }
        return level
    }

    func items(atLevel level: Int) -> Range<Int> { levelStart[level]..<levelStart[level + 1] }

    /// True when the item is a node at plant `plant`.
    func isNode(_ item: Int, _ plant: Int) -> Bool { nodeMask[item] & (1 << UInt8(plant)) != 0 }

    /// A key unique per (item, plant), used to derive node streams.
    func nodeKey(_ item: Int, _ plant: Int) -> Int { item * 8 + plant }

    /// The procurement of a node, and its source plant when it is a transfer.
    func procurement(_ item: Int, _ plant: Int) -> (Procurement, source: Int?) {
        if plant == 0 || item < levelStart[1] {
            switch kind[item] {
            case .make: return (.make, nil)
            case .buy: return (.buy, nil)
            case .phantom: return (.phantom, nil)
            }
        }
        var rng = SplitMix64.derived(seed: seed, purpose: StreamPurpose.transferSource.rawValue, index: nodeKey(item, plant))
        if kind[item] == .buy && rng.chance(55) { return (.buy, nil) }
        var lowest = 1
        while lowest < plant && !isNode(item, lowest) { lowest += 1 }
        if lowest < plant && rng.chance(25) { return (.transfer, lowest) }
        return (.transfer, 0)
    }

    // MARK: Node placement

    /// Places finished goods at assembly plants, then adds the nodes their
    /// BOM lines need there (one pass over level 0), and some local buy nodes.
    private mutating func placeNodes() {
        let plantCount = parameters.plants
        for item in levelStart[1]..<itemCount { nodeMask[item] = 1 }
        guard plantCount > 1 else {
            for item in items(atLevel: 0) { nodeMask[item] = 1 }
            return
        }
        var lines: [BomLineDraft] = []
        for item in items(atLevel: 0) {
            let mask = finishedGoodMask(item)
            nodeMask[item] = mask
            let assemblyMask = mask & ~UInt8(1)
            drafts(forParent: item, into: &lines)
            for line in lines { nodeMask[Int(line.component)] |= assemblyMask }
        }
        // Stock kept at assembly plants for service and local use: most bought
        // items, and a third of the level-1 assemblies (transferred in).
        let assemblyMask = UInt8(truncatingIfNeeded: (1 << plantCount) - 2)
        for item in levelStart[1]..<itemCount where kind[item] == .buy || item < levelStart[2] {
            var rng = SplitMix64.derived(seed: seed, purpose: StreamPurpose.plants.rawValue, index: item)
            let percent = kind[item] == .buy ? (item >= levelStart[levelCount - 1] ? 70 : 40) : 35
            guard rng.chance(percent) else { continue }
            nodeMask[item] |= rng.chance(25) ? assemblyMask : UInt8(1) << UInt8(rng.int(1...(plantCount - 1)))
        }
    }

    /// The plants making finished good `item` (more than one plant): one or
    /// two distinct assembly plants, and the central plant for one item in five.
    func finishedGoodMask(_ item: Int) -> UInt8 {
        let plantCount = parameters.plants
        var rng = SplitMix64.derived(seed: seed, purpose: StreamPurpose.plants.rawValue, index: item)
        let first = rng.int(1...(plantCount - 1))
        var mask = UInt8(1) << UInt8(first)
        if plantCount > 2 && rng.chance(70) {
            mask |= UInt8(1) << UInt8((first + rng.int(0...(plantCount - 3))) % (plantCount - 1) + 1)
        }
        if rng.chance(20) { mask |= 1 }
        return mask
    }

    // MARK: Values

    /// Standard cost in ten-thousandths: raw materials cents to tens of euros,
    /// assemblies growing with the levels below them.
    func standardCostRaw(_ item: Int) -> Int64 {
        var rng = SplitMix64.derived(seed: seed, purpose: StreamPurpose.itemCost.rawValue, index: item)
        let height = Int64(levelCount - level(of: item))
        let cents = Int64(rng.int(5...8_000)) * height * height
        return cents * 100
    }

    /// A random quantity of `item` in micros: `units` whole, plus a fraction
    /// the item's decimals allow (half the time).
    func quantityRaw(_ item: Int, units: ClosedRange<Int>, rng: inout SplitMix64) -> Int64 {
        var raw = Int64(rng.int(units)) * Quantity.scale
        let step = rawStep(item)
        if step < Quantity.scale && rng.chance(50) {
            raw += Int64(rng.int(1...Int(Quantity.scale / step - 1))) * step
        }
        return max(raw, rawStep(item))
    }

    /// The smallest positive quantity of `item` (10^-decimals) in micros.
    func rawStep(_ item: Int) -> Int64 {
        var step = Quantity.scale
        for _ in 0..<Int(decimals[item]) { step /= 10 }
        return step
    }
}
