/// A non-negative or signed quantity of an item, as a fixed-point integer of
/// millionths (10^-6) of the item's unit of measure.
///
/// Invariant: `rawMicros` is the exact value; there is no hidden rounding.
/// Arithmetic (`+`, `-`) traps on Int64 overflow (about 9.2 * 10^12 units),
/// which no valid dataset reaches; products are computed in 128 bits and
/// rounded by a named method. Stride 8 bytes.
public struct Quantity: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Millionths of a unit.
    public var rawMicros: Int64

    /// Raw micros per unit.
    public static let scale: Int64 = 1_000_000
    /// The most fractional digits a quantity can carry.
    public static let fractionDigitsMax = 6
    public static let zero = Quantity(rawMicros: 0)

    @inlinable public init(rawMicros: Int64) { self.rawMicros = rawMicros }

    /// `n` whole units.
    @inlinable public static func units(_ n: Int64) -> Quantity { Quantity(rawMicros: n * scale) }

    @inlinable public static func + (a: Quantity, b: Quantity) -> Quantity { Quantity(rawMicros: a.rawMicros + b.rawMicros) }
    @inlinable public static func - (a: Quantity, b: Quantity) -> Quantity { Quantity(rawMicros: a.rawMicros - b.rawMicros) }
    @inlinable public static func += (a: inout Quantity, b: Quantity) { a.rawMicros += b.rawMicros }
    @inlinable public static func -= (a: inout Quantity, b: Quantity) { a.rawMicros -= b.rawMicros }
    @inlinable public static prefix func - (a: Quantity) -> Quantity { Quantity(rawMicros: -a.rawMicros) }
    @inlinable public static func < (a: Quantity, b: Quantity) -> Bool { a.rawMicros < b.rawMicros }

    @inlinable public var isZero: Bool { rawMicros == 0 }
    @inlinable public var isPositive: Bool { rawMicros > 0 }
    @inlinable public var isNegative: Bool { rawMicros < 0 }

    /// The number of fractional digits needed to write this value exactly (0-6).
    public var fractionDigits: Int {
        var fraction = abs(rawMicros % Quantity.scale)
        if fraction == 0 { return 0 }
        var digits = 6
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        return digits
    }

    /// True when the value has no fractional part.
    public var isWhole: Bool { rawMicros % Quantity.scale == 0 }

    /// The whole part when the value is whole, else nil.
    public var wholeUnits: Int64? { isWhole ? rawMicros / Quantity.scale : nil }

    /// Plain decimal notation without trailing zeros: `12.5`, `10`, `-0.000001`.
    public var description: String {
        let negative = rawMicros < 0
        let magnitude = rawMicros.magnitude
        let whole = magnitude / UInt64(Quantity.scale)
        var fraction = magnitude % UInt64(Quantity.scale)
        var text = negative ? "-" : ""
        text += String(whole)
        if fraction != 0 {
            var digits = 6
            while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
            let fractionText = String(fraction)
            text += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
        }
        return text
    }
}
