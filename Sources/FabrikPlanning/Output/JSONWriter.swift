import FabrikCore

/// Appends JSON tokens to a byte buffer: strings escaped per RFC 8259
/// (quote, backslash and control characters; other UTF-8 bytes as they
/// are), quantities in plain decimal without trailing zeros, days as
/// `"YYYY-MM-DD"`. No Foundation, no intermediate Strings per number:
/// rendering 4M orders is dominated by `append`, not formatting.
struct JSONWriter {
    var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    @inline(__always) mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    @inline(__always) mutating func raw(_ prepared: [UInt8]) { bytes.append(contentsOf: prepared) }

    /// `text` as a quoted, escaped JSON string.
    mutating func string(_ text: String) { JSONWriter.appendQuoted(text, to: &bytes) }

    static func quoted(_ text: String) -> [UInt8] { JSONString.quoted(text) }

    static func appendQuoted(_ text: String, to out: inout [UInt8]) { JSONString.appendQuoted(text, to: &out) }

    mutating func integer(_ value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for i in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[i]) }
        }
    }

    /// Plain decimal notation without trailing zeros: `12.5`, `10`.
    mutating func quantity(_ value: Quantity) {
        let raw = value.rawMicros
        if raw < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = raw.magnitude
        integer(Int64(magnitude / UInt64(Quantity.scale)))
        var fraction = magnitude % UInt64(Quantity.scale)
        guard fraction != 0 else { return }
        var digits = 6
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        bytes.append(UInt8(ascii: "."))
        var divisor: UInt64 = 1
        for _ in 1..<digits { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(fraction / divisor % 10))
            divisor /= 10
        }
    }

    /// `"YYYY-MM-DD"`.
    mutating func day(_ day: Day) {
        let (y, m, d) = day.civil
        bytes.append(0x22)
        bytes.append(UInt8(ascii: "0") + UInt8(y / 1000 % 10)); bytes.append(UInt8(ascii: "0") + UInt8(y / 100 % 10))
        bytes.append(UInt8(ascii: "0") + UInt8(y / 10 % 10)); bytes.append(UInt8(ascii: "0") + UInt8(y % 10))
        bytes.append(UInt8(ascii: "-"))
        bytes.append(UInt8(ascii: "0") + UInt8(m / 10)); bytes.append(UInt8(ascii: "0") + UInt8(m % 10))
        bytes.append(UInt8(ascii: "-"))
        bytes.append(UInt8(ascii: "0") + UInt8(d / 10)); bytes.append(UInt8(ascii: "0") + UInt8(d % 10))
        bytes.append(0x22)
    }
}
