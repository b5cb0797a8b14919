public import FabrikCore

/// A JSON document built in code with object keys kept in insertion order and
/// numbers kept as their exact text (quantities print as plain decimals).
enum JSONValue {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func quantity(_ q: Quantity) -> JSONValue { .number(q.description) }
    static func money(_ m: Money) -> JSONValue { .number(m.description) }
    static func int<I: BinaryInteger>(_ i: I) -> JSONValue { .number(String(i)) }
    static func optionalString(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }

    /// Compact rendering with one space after separators.
    func rendered() -> String {
        var out = ""
        write(into: &out)
        return out
    }

    func write(into out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += n
        case .string(let s): JSONValue.writeString(s, into: &out)
        case .array(let values):
            out += "["
            for (i, v) in values.enumerated() {
                if i > 0 { out += ", " }
                v.write(into: &out)
            }
            out += "]"
        case .object(let pairs):
            out += "{"
            for (i, (k, v)) in pairs.enumerated() {
                if i > 0 { out += ", " }
                JSONValue.writeString(k, into: &out)
                out += ": "
                v.write(into: &out)
            }
            out += "}"
        }
    }

    static func writeString(_ s: String, into out: inout String) { JSONString.appendQuoted(s, to: &out) }
}
