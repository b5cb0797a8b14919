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

    static func quoted(_ text: String) -> [UInt8] { JSONString.quoted(text) }

    static func appendQuoted(_ text: String, to out: inout [UInt8]) { JSONString.appendQuoted(text, to: &out) }

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
