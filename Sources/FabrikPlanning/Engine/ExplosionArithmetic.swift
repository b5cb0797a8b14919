import FabrikCore

/// `Quantity.explodedRoundingUp` with an Int64 fast path: the exact product
/// `quantity * qty_per * (10_000 + scrap)` is formed with overflow checks and
/// divided once; only when it would overflow does it fall back to the
/// 128-bit Core routine. Same result bit for bit (ceiling of the same exact
/// fraction). The 128-bit division (`__divti3`) was the costliest step of
/// explosion. Nil when the exact result does not fit a Quantity.
enum ExplosionArithmetic {
    @inline(__always)
    static func exploded(_ quantity: Quantity, quantityPer: Quantity, scrapBasisPoints: Int32, decimals: Int) -> Quantity? {
        let step = Quantity.rawStep(decimals: decimals)
        let (product, overflow1) = quantity.rawMicros.multipliedReportingOverflow(by: quantityPer.rawMicros)
        let (numerator, overflow2) = product.multipliedReportingOverflow(by: 10_000 + Int64(scrapBasisPoints))
        let (denominator, overflow3) = (Quantity.scale * 10_000).multipliedReportingOverflow(by: step)
        guard !overflow1, !overflow2, !overflow3, numerator >= 0 else {
            return quantity.explodedRoundingUpReportingOverflow(quantityPer: quantityPer, scrapBasisPoints: scrapBasisPoints,
                                               decimals: decimals)
        }
        var steps = numerator / denominator
        if numerator % denominator != 0 { steps += 1 }
        let (raw, overflow4) = steps.multipliedReportingOverflow(by: step)
        guard !overflow4 else {
            return quantity.explodedRoundingUpReportingOverflow(quantityPer: quantityPer, scrapBasisPoints: scrapBasisPoints,
                                               decimals: decimals)
        }
        return Quantity(rawMicros: raw)
    }
}
