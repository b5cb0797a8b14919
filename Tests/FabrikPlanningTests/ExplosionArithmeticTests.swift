import FabrikCore
@testable import FabrikPlanning
import Testing

@Suite("explosion arithmetic")
struct ExplosionArithmeticTests {
    @Test("the Int64 fast path equals the exact 128-bit rounding, overflow included")
    func fastPathIsExact() {
        var rng = SeededRandom(seed: 42)
        for _ in 0..<20_000 {
            let q = Quantity(rawMicros: Int64.random(in: 1...(Bool.random(using: &rng) ? 1_000_000_000 : Int64(1) << 50), using: &rng))
            let per = Quantity(rawMicros: Int64.random(in: 1...50_000_000, using: &rng))
            let scrap = Int32.random(in: 0...10_000, using: &rng)
            let decimals = Int.random(in: 0...6, using: &rng)
            let exact = q.explodedRoundingUp(quantityPer: per, scrapBasisPoints: scrap, decimals: decimals)
            #expect(ExplosionArithmetic.exploded(q, quantityPer: per, scrapBasisPoints: scrap, decimals: decimals) == exact)
        }
    }
}
