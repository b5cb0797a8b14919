extension Cents {
    /// Why a text is not a ledger amount.
    public enum ParseFailure: Error, Hashable, Sendable, CustomStringConvertible {
        /// Not `[-]digits[.d[d]]` (no `+`, exponent, grouping, spaces or empty parts).
        case notAnAmount
        /// More than two fractional digits (trailing zeros count: `1.500` is refused).
        case tooManyFractionDigits
        /// Larger in magnitude than `Cents.lineAmountMax`.
        case outOfRange

        public var description: String {
            switch self {
            case .notAnAmount: return "is not an amount (digits with at most 2 decimals)"
            case .tooManyFractionDigits: return "has more than 2 decimals"
            case .outOfRange: return "is larger than the largest amount a line may carry (999999999999.99)"
            }
        }
    }

    /// Parses `digits[.d[d]]` with an optional leading `-` exactly. A manual
    /// journal file's debit and credit are written non-negative; the sign is
    /// accepted here so that entry validation can say `amountMustBePositive`
    /// rather than "not an amount". Magnitude at most `lineAmountMax`.
    public static func parse<S: StringProtocol>(_ text: S) -> Result<Cents, ParseFailure> { parse(utf8: text.utf8) }

    /// `parse` of UTF-8 bytes (the manual entry file's cells, read in place).
    static func parse<Bytes: Sequence<UInt8>>(utf8 bytes: Bytes) -> Result<Cents, ParseFailure> {
        var magnitude: Int64 = 0
        var fractionDigits = 0
        var negative = false
        var sawDigitBeforePoint = false
        var sawPoint = false
        var position = 0
        for byte in bytes {
            defer { position += 1 }
            switch byte {
            case UInt8(ascii: "-") where position == 0:
                negative = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if sawPoint {
                    fractionDigits += 1
                    if fractionDigits > 2 { return .failure(.tooManyFractionDigits) }
                } else {
                    sawDigitBeforePoint = true
                }
                magnitude = magnitude * 10 + Int64(byte - UInt8(ascii: "0"))
                // Checked per digit, so the accumulator never gets near Int64.max.
                if magnitude > lineAmountMax.rawCents { return .failure(.outOfRange) }
            case UInt8(ascii: "."):
                if sawPoint { return .failure(.notAnAmount) }
                sawPoint = true
            default:
                return .failure(.notAnAmount)
            }
        }
        guard sawDigitBeforePoint, !sawPoint || fractionDigits > 0 else { return .failure(.notAnAmount) }
        for _ in fractionDigits..<2 {
            magnitude *= 10
            if magnitude > lineAmountMax.rawCents { return .failure(.outOfRange) }
        }
        return .success(Cents(rawCents: negative ? -magnitude : magnitude))
    }
}
