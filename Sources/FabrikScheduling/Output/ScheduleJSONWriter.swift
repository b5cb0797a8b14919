import FabrikCore

/// Appends JSON tokens to a byte buffer: strings escaped per RFC 8259,
/// decimals in plain notation without trailing zeros, days and minute
/// times quoted. No Foundation.
struct ScheduleJSONWriter {
    var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func raw(_ prepared: [UInt8]) { bytes.append(contentsOf: prepared) }

    mutating func string(_ text: String) { ScheduleJSONWriter.appendQuoted(text, to: &bytes) }

    mutating func optionalString(_ text: String?) {
        if let text { string(text) } else { raw("null") }
    }

    static func quoted(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        appendQuoted(text, to: &out)
        return out
    }

    static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        out.append(0x22)
        for byte in text.utf8 {
            switch byte {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
            case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
            case 0..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                out.append(0x5C); out.append(UInt8(ascii: "u")); out.append(0x30); out.append(0x30)
                out.append(hex[Int(byte >> 4)]); out.append(hex[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
        out.append(0x22)
    }

    mutating func integer(_ value: Int64) { bytes.append(contentsOf: String(value).utf8) }

    /// Plain decimal without trailing zeros (`12.5`, `10`).
    mutating func quantity(_ value: Quantity) { bytes.append(contentsOf: value.description.utf8) }

    /// `"YYYY-MM-DD"`.
    mutating func day(_ day: Day) {
        bytes.append(0x22)
        bytes.append(contentsOf: day.iso8601.utf8)
        bytes.append(0x22)
    }

    /// `"YYYY-MM-DDTHH:MM"` of minute `t` after `asOf` 00:00.
    mutating func time(_ t: Int64, asOf: Day) {
        bytes.append(0x22)
        bytes.append(contentsOf: ScheduleClock.bytes(t, asOf: asOf))
        bytes.append(0x22)
    }
}
