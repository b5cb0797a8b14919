/// A seeded pseudo-random generator (Steele, Lea and Flood's SplitMix64): the
/// only randomness in Fabrik (the dataset generator, the scheduler's search,
/// property tests). Never Swift's system randomness, so a seed gives the same
/// sequence on every platform and Swift version: byte-identical generated
/// datasets and reproducible `--iterations` schedules rest on it.
///
/// Invariant: the sequence depends only on the seed. Cost: a few integer
/// operations per value; 8 bytes of state.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// A stream private to one entity and purpose, so a generator can
    /// recompute an entity's values at any time without storing them.
    public static func derived(seed: UInt64, purpose: UInt64, index: Int) -> SplitMix64 {
        var mixer = SplitMix64(seed: seed ^ (purpose &* 0x9E37_79B9_7F4A_7C15))
        let base = mixer.next()
        return SplitMix64(seed: SplitMix64.mix(base ^ (UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03)))
    }

    /// The SplitMix64 finaliser: a good 64-bit hash of one word.
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    /// A uniform integer in `range` (Lemire's multiply-shift; the tiny bias
    /// for huge ranges does not matter here, determinism does).
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) &+ 1
        if width == 0 { return Int(truncatingIfNeeded: next()) }
        let product = next().multipliedFullWidth(by: width)
        return range.lowerBound + Int(product.high)
    }

    /// A value in `0 ..< bound` by modulo (the bias is irrelevant for search
    /// moves and test data); 0 when `bound` is 0 or less.
    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(Swift.max(bound, 1))) }

    /// True with probability `percent` / 100.
    public mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }

    /// One element of a non-empty array.
    public mutating func pick<T>(_ choices: [T]) -> T {
        precondition(!choices.isEmpty, "pick needs a choice")
        return choices[int(0...(choices.count - 1))]
    }
}
