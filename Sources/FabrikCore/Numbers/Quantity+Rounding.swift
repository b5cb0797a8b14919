extension Quantity {
    /// Raw micros in one step of `decimals` fractional digits (decimals 0-6).
    @inlinable public static func rawStep(decimals: Int) -> Int64 {
        precondition((0...6).contains(decimals), "decimals must be 0-6 (validated at import)")
        var step: Int64 = 1
        for _ in 0..<(6 - decimals) { step *= 10 }
        return step
    }

    /// The smallest value >= self with at most `decimals` fractional digits.
    @inlinable public func roundedUp(toDecimals decimals: Int) -> Quantity {
        roundedUp(toRawMultiple: Quantity.rawStep(decimals: decimals))
    }

    /// The smallest multiple of `multiple` that is >= self; `multiple` zero or
    /// negative means "no multiple" and returns self.
    @inlinable public func roundedUp(toMultipleOf multiple: Quantity) -> Quantity {
        multiple.rawMicros > 0 ? roundedUp(toRawMultiple: multiple.rawMicros) : self
    }

    @inlinable func roundedUp(toRawMultiple step: Int64) -> Quantity {
        let remainder = rawMicros % step
        if remainder == 0 { return self }
        // Toward +infinity for both signs.
        return Quantity(rawMicros: rawMicros > 0 ? rawMicros - remainder + step : rawMicros - remainder)
    }

    /// `self * quantityPer * (1 + scrapBasisPoints / 10_000)`, computed exactly in
    /// 128 bits and rounded UP once to `decimals` fractional digits: the
    /// contract's dependent-demand rule. Traps if the result exceeds Int64.
    public func explodedRoundingUp(quantityPer: Quantity, scrapBasisPoints: Int32, decimals: Int) -> Quantity {
        guard let result = explodedRoundingUpReportingOverflow(quantityPer: quantityPer, scrapBasisPoints: scrapBasisPoints,
                                                               decimals: decimals) else {
            preconditionFailure("exploded quantity overflows Int64 (callers on data use the reporting variant)")
        }
        return result
    }

    /// `explodedRoundingUp`, or nil when the exact result does not fit a Quantity.
    public func explodedRoundingUpReportingOverflow(quantityPer: Quantity, scrapBasisPoints: Int32, decimals: Int) -> Quantity? {
        let numerator = Int128(rawMicros) * Int128(quantityPer.rawMicros) * Int128(10_000 + Int64(scrapBasisPoints))
        // numerator is in micros * micros * basis points; one result micro is 10^6 * 10^4 of it.
        let denominator = Int128(Quantity.scale) * 10_000 * Int128(Quantity.rawStep(decimals: decimals))
        var steps = numerator / denominator
        if numerator % denominator != 0 && numerator > 0 { steps += 1 }
        let raw = steps * Int128(Quantity.rawStep(decimals: decimals))
        guard raw <= Int128(Int64.max), raw >= Int128(Int64.min) else { return nil }
        return Quantity(rawMicros: Int64(raw))
    }

    /// `self * factor` where factor is a quantity, rounded UP to `decimals`.
    public func multipliedRoundingUp(by factor: Quantity, decimals: Int) -> Quantity {
        explodedRoundingUp(quantityPer: factor, scrapBasisPoints: 0, decimals: decimals)
    }

    @inlinable public static func max(_ a: Quantity, _ b: Quantity) -> Quantity { a < b ? b : a }
    @inlinable public static func min(_ a: Quantity, _ b: Quantity) -> Quantity { a < b ? a : b }
}
