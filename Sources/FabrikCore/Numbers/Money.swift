/// An amount of money in ten-thousandths (10^-4) of the currency unit: prices
/// and standard costs. Arithmetic traps on overflow.
public struct Money: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var rawTenThousandths: Int64
    public static let scale: Int64 = 10_000
    public static let zero = Money(rawTenThousandths: 0)

    @inlinable public init(rawTenThousandths: Int64) { self.rawTenThousandths = rawTenThousandths }
    @inlinable public static func + (a: Money, b: Money) -> Money { Money(rawTenThousandths: a.rawTenThousandths + b.rawTenThousandths) }
    @inlinable public static func - (a: Money, b: Money) -> Money { Money(rawTenThousandths: a.rawTenThousandths - b.rawTenThousandths) }
    @inlinable public static func < (a: Money, b: Money) -> Bool { a.rawTenThousandths < b.rawTenThousandths }

    /// Parses `digits[.digits]` with at most 4 fractional digits (trailing zeros free).
    public static func parse<S: StringProtocol>(_ text: S) -> Result<Money, Quantity.ParseFailure> {
        switch Quantity.parse(text) {
        case .failure(let failure): return .failure(failure)
        case .success(let quantity):
            if quantity.fractionDigits > 4 { return .failure(.tooManyFractionDigits) }
            return .success(Money(rawTenThousandths: quantity.rawMicros / 100))
        }
    }

    /// `unitPrice * quantity`, exact in ten-thousandths, rounded half away from zero.
    public static func amount(unitPrice: Money, quantity: Quantity) -> Money {
        let product = Int128(unitPrice.rawTenThousandths) * Int128(quantity.rawMicros)
        let half = Int128(Quantity.scale / 2)
        let rounded = product >= 0 ? (product + half) / Int128(Quantity.scale) : (product - half) / Int128(Quantity.scale)
        return Money(rawTenThousandths: Int64(rounded))
    }

    /// Rounded to cents, half away from zero (the ledger's rounding).
    public var centsRoundedHalfAwayFromZero: Int64 {
        let r = rawTenThousandths
        return r >= 0 ? (r + 50) / 100 : (r - 50) / 100
    }

    /// Plain decimal without trailing zeros.
    public var description: String { Quantity(rawMicros: rawTenThousandths * 100).description }

    /// Fixed two decimals, for people (`1234.50`); rounds half away from zero.
    public var formattedCents: String {
        let cents = centsRoundedHalfAwayFromZero
        let sign = cents < 0 ? "-" : ""
        let m = cents.magnitude
        let c = m % 100
        return "\(sign)\(m / 100).\(c < 10 ? "0" : "")\(c)"
    }
}
