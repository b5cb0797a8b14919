import FabrikCore

/// Small helpers over `JSONWriter` for the status documents: `key` writes
/// `"name": ` (with the comma before every key but an object's first).
struct StatusJSONWriter {
    var w = JSONWriter(capacity: 4096)
    private var first = true

    mutating func open() { w.raw("{"); first = true }
    mutating func close() { w.raw("}"); first = false }
    mutating func openArray() { w.raw("["); first = true }
    mutating func closeArray() { w.raw("]"); first = false }
    /// Before an array element.
    mutating func element() { if !first { w.raw(", ") }; first = true }

    mutating func key(_ name: StaticString) {
        w.raw(first ? "\"" : ", \"")
        w.raw(name)
        w.raw("\": ")
        first = false
    }

    mutating func string(_ name: StaticString, _ value: String?) {
        key(name)
        if let value { w.string(value) } else { w.raw("null") }
    }

    mutating func day(_ name: StaticString, _ value: Day?) {
        key(name)
        if let value { w.day(value) } else { w.raw("null") }
    }

    mutating func quantity(_ name: StaticString, _ value: Quantity?) {
        key(name)
        if let value { w.quantity(value) } else { w.raw("null") }
    }

    mutating func money(_ name: StaticString, _ value: Money) {
        key(name)
        w.quantity(Quantity(rawMicros: value.rawTenThousandths * 100))
    }

    mutating func cents(_ name: StaticString, _ cents: Int64) {
        key(name)
        w.quantity(Quantity(rawMicros: cents * 10_000))
    }

    mutating func integer(_ name: StaticString, _ value: Int?) {
        key(name)
        if let value { w.integer(Int64(value)) } else { w.raw("null") }
    }

    mutating func bool(_ name: StaticString, _ value: Bool) {
        key(name)
        w.raw(value ? "true" : "false")
    }

    var text: String { String(decoding: w.bytes, as: UTF8.self) }
}
