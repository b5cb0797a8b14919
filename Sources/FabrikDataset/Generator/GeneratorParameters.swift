public import FabrikCore

/// The knobs of the synthetic dataset generator (see docs/generator.md).
///
/// Invariant after `validate()`: every value is inside its documented range.
/// The same parameters always give byte-identical files.
public struct GeneratorParameters: Sendable, Hashable {
    /// Number of items (1 ... 5,000,000; at least `levels`).
    public var items: Int
    /// Number of plants (1 ... 8). `P1` is the central component plant; the
    /// others are assembly plants fed from it by transfers.
    public var plants: Int
    /// BOM depth: finished goods are level 0, bought materials level `levels - 1` (2 ... 10).
    public var levels: Int
    /// Mean number of components per made item (1 ... 20).
    public var fanout: Int
    /// Number of CRM deals; nil = `max(6, items / 20)`.
    public var deals: Int?
    /// The seed of every random choice.
    public var seed: UInt64
    /// The plan date the data is built around (open orders, deal due dates, effectivity).
    public var asOf: Day
    /// Days after `asOf` over which won deal lines are spread (1 ... 3,650).
    public var horizonDays: Int

    /// 2026-12-01, the project's reference "today".
    public static let defaultAsOf = Day(daysSinceEpoch: 20_788)

    public init(items: Int, plants: Int = 3, levels: Int = 5, fanout: Int = 4, deals: Int? = nil,
                seed: UInt64 = 1, asOf: Day = GeneratorParameters.defaultAsOf, horizonDays: Int = 365) {
        self.items = items
        self.plants = plants
        self.levels = levels
        self.fanout = fanout
        self.deals = deals
        self.seed = seed
        self.asOf = asOf
        self.horizonDays = horizonDays
    }

    /// The number of deals generated.
    public var dealCount: Int { deals ?? max(6, items / 20) }

    /// Throws the first parameter outside its range.
    public func validate() throws(GeneratorError) {
        func check(_ ok: Bool, _ name: String, _ reason: String) throws(GeneratorError) {
            if !ok { throw GeneratorError.invalidParameter(name: name, reason: reason) }
        }
        try check((2...10).contains(levels), "levels", "must be 2 ... 10, got \(levels)")
        try check((1...5_000_000).contains(items), "items", "must be 1 ... 5,000,000, got \(items)")
        try check(items >= levels, "items", "must be at least levels (\(levels)), got \(items)")
        try check((1...8).contains(plants), "plants", "must be 1 ... 8, got \(plants)")
        try check((1...20).contains(fanout), "fanout", "must be 1 ... 20, got \(fanout)")
        try check((0...10_000_000).contains(dealCount), "deals", "must be 0 ... 10,000,000, got \(dealCount)")
        try check((1...3_650).contains(horizonDays), "horizonDays", "must be 1 ... 3,650, got \(horizonDays)")
    }
}
