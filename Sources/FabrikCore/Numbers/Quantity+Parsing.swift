extension Quantity {
    /// Why a decimal text is not a quantity.
    public enum ParseFailure: Error, Equatable, Sendable {
        /// Not `digits[.digits]` (signs, exponents, spaces and empty parts are refused).
        case notADecimal
        /// More than six significant fractional digits.
        case tooManyFractionDigits
        /// Larger than the representable range.
        case outOfRange
    }

    /// Parses `digits[.digits]` exactly (no sign, no exponent). Trailing zeros
    /// of the fraction do not count toward the six allowed digits.
    public static func parse<S: StringProtocol>(_ text: S) -> Result<Quantity, ParseFailure> {
        var whole: Int64 = 0
        var fraction: Int64 = 0
        var fractionDigits = 0
        var sawDigitBeforePoint = false
        var sawPoint = false
        var sawDigitAfterPoint = false
        var pendingZeros = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = Int64(byte - UInt8(ascii: "0"))
                if !sawPoint {
                    sawDigitBeforePoint = true
                    let (times10, o1) = whole.multipliedReportingOverflow(by: 10)
                    let (next, o2) = times10.addingReportingOverflow(digit)
                    if o1 || o2 || next > Int64.max / Quantity.scale { return .failure(.outOfRange) }
                    whole = next
                } else {
                    sawDigitAfterPoint = true
                    if digit == 0 {
                        pendingZeros += 1
                    } else {
                        // Zeros seen since the last non-zero digit are significant now.
                        for _ in 0..<pendingZeros {
                            fractionDigits += 1
                            if fractionDigits > 6 { return .failure(.tooManyFractionDigits) }
                            fraction *= 10
                        }
                        pendingZeros = 0
                        fractionDigits += 1
                        if fractionDigits > 6 { return .failure(.tooManyFractionDigits) }
                        fraction = fraction * 10 + digit
                    }
                }
            case UInt8(ascii: "."):
                if sawPoint { return .failure(.notADecimal) }
                sawPoint = true
            default:
                return .failure(.notADecimal)
            }
        }
        guard sawDigitBeforePoint, !sawPoint || sawDigitAfterPoint else { return .failure(.notADecimal) }
        var scaledFraction = fraction
        for _ in fractionDigits..<6 { scaledFraction *= 10 }
        let (raw, overflow) = (whole * Quantity.scale).addingReportingOverflow(scaledFraction)
        if overflow { return .failure(.outOfRange) }
        return .success(Quantity(rawMicros: raw))
    }
}
