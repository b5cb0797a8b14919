/// A seeded pseudo-random generator (Steele, Lea and Flood's SplitMix64).
///
/// The generator never uses Swift's system randomness, so the same seed gives
/// the same sequence on every platform and Swift version: the dataset
/// generator's byte-identical output rests on it. Cost: a few integer
/// operations per value; 8 bytes of state.
///
/// Besides a sequential stream, `derived(seed:purpose:index:)` gives every
/// (purpose, entity) pair its own independent stream, so a generator can
/// recompute an item's BOM or cost at any time without storing it.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A stream private to one entity and purpose.
    static func derived(seed: UInt64, purpose: UInt64, index: Int) -> SplitMix64 {
        var mixer = SplitMix64(seed: seed ^ (purpose &* 0x9E37_79B9_7F4A_7C15))
        let base = mixer.next()
        return SplitMix64(seed: SplitMix64.mix(base ^ (UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03)))
    }

    /// The SplitMix64 finaliser: a good 64-bit hash of one word.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    /// A uniform integer in `range` (Lemire's multiply-shift; the tiny bias
    /// for huge ranges does not matter for synthetic data, determinism does).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) &+ 1
        if width == 0 { return Int(truncatingIfNeeded: next()) }
        let product = next().multipliedFullWidth(by: width)
        return range.lowerBound + Int(product.high)
    }

    /// True with probability `percent` / 100.
    mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }

    /// One element of a non-empty array.
    mutating func pick<T>(_ choices: [T]) -> T {
        precondition(!choices.isEmpty, "pick needs a choice")
        return choices[int(0...(choices.count - 1))]
    }
}

/// Purposes of derived streams; changing a value changes the generated data.
enum StreamPurpose: UInt64 {
    case itemKind = 1, itemDecimals, itemCost, bom, plants, nodePlanning, suppliers
    case routing, inventory, openOrders, deals, itemName, transferSource, workCenters, supplierTerms
}
