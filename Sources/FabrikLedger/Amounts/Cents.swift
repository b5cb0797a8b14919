public import FabrikCore

/// A ledger amount: a signed whole number of cents (1/100 of the currency
/// unit) in an `Int64`. Exact; there is no hidden rounding anywhere.
///
/// Invariant: `rawCents` is the value. Arithmetic (`+`, `-`, negation) traps on
/// Int64 overflow (about 9.2 * 10^16 currency units). Amounts that come from
/// input are bounded by `Cents.lineAmountMax` (parsing and entry validation
/// refuse larger ones) and an entry holds at most `JournalEntry.linesMax`
/// lines, so no entry total can overflow; reports summing many entries trap
/// only past 9.2 * 10^16 units, which no ledger reaches. Conversions from
/// `Money` and `Quantity` round half away from zero, by name. Stride 8 bytes.
public struct Cents: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Hundredths of the currency unit.
    public var rawCents: Int64

    /// The largest amount one journal line may carry: 10^14 - 1 cents, just
    /// under a trillion currency units. With `JournalEntry.linesMax` lines an
    /// entry's debit total stays below Int64.max.
    public static let lineAmountMax = Cents(rawCents: 99_999_999_999_999)
    public static let zero = Cents(rawCents: 0)

    @inlinable public init(rawCents: Int64) { self.rawCents = rawCents }

    /// `units` whole currency units. Traps on overflow.
    @inlinable public static func units(_ units: Int64) -> Cents { Cents(rawCents: units * 100) }

    @inlinable public static func + (a: Cents, b: Cents) -> Cents { Cents(rawCents: a.rawCents + b.rawCents) }
    @inlinable public static func - (a: Cents, b: Cents) -> Cents { Cents(rawCents: a.rawCents - b.rawCents) }
    @inlinable public static func += (a: inout Cents, b: Cents) { a.rawCents += b.rawCents }
    @inlinable public static func -= (a: inout Cents, b: Cents) { a.rawCents -= b.rawCents }
    @inlinable public static prefix func - (a: Cents) -> Cents { Cents(rawCents: -a.rawCents) }
    @inlinable public static func < (a: Cents, b: Cents) -> Bool { a.rawCents < b.rawCents }

    @inlinable public var isZero: Bool { rawCents == 0 }
    @inlinable public var isPositive: Bool { rawCents > 0 }
    @inlinable public var isNegative: Bool { rawCents < 0 }
    /// The absolute value. Traps only for Int64.min, which no parsed amount reaches.
    @inlinable public var magnitude: Cents { Cents(rawCents: rawCents < 0 ? -rawCents : rawCents) }

    /// Plain decimal without trailing zeros, for JSON: `1200.5`, `300`, `-0.05`.
    public var description: String {
        let (sign, whole, fraction) = parts
        if fraction == 0 { return "\(sign)\(whole)" }
        if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// Fixed two decimals without grouping, for tables: `1200.50`, `300.00`, `-0.05`.
    public var fixedTwoDecimals: String {
        let (sign, whole, fraction) = parts
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    private var parts: (sign: String, whole: UInt64, fraction: UInt64) {
        let magnitude = rawCents.magnitude
        return (rawCents < 0 ? "-" : "", magnitude / 100, magnitude % 100)
    }
}

extension Cents {
    /// `money` rounded to cents, half away from zero (1.005 -> 1.01, -1.005 -> -1.01).
    @inlinable public init(roundingHalfAwayFromZero money: Money) {
        self.init(rawCents: money.centsRoundedHalfAwayFromZero)
    }

    /// The value of `quantity` units at `unitCost`, computed exactly in 128 bits
    /// (ten-thousandths times micros) and rounded ONCE to cents, half away from
    /// zero: the ledger's valuation rule. Rounding once matters: going through
    /// `Money.amount` first would round to 1/10,000 and then to cents.
    /// Traps if the value exceeds Int64 cents (a caller bug: quantities and
    /// costs of a valid dataset stay far below it).
    public static func value(of quantity: Quantity, at unitCost: Money) -> Cents {
        // unitCost is 10^-4, quantity 10^-6: the product is in 10^-10 units, a cent is 10^8 of them.
        let product = Int128(unitCost.rawTenThousandths) * Int128(quantity.rawMicros)
        let centDivisor: Int128 = 100_000_000
        let half = centDivisor / 2
        let rounded = product >= 0 ? (product + half) / centDivisor : (product - half) / centDivisor
        precondition(rounded <= Int128(Int64.max) && rounded >= Int128(Int64.min), "valuation overflows Int64 cents")
        return Cents(rawCents: Int64(rounded))
    }
}
