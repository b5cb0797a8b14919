import FabrikCore

/// A JSON value with ordered object keys, for the server's own documents
/// (`/health`, `/status`, `/items`, errors). Numbers are exact decimals
/// (quantities, money, counts), never binary floating point.
enum JSONDocument: Sendable {
    case object([(String, JSONDocument)])
    case array([JSONDocument])
    case string(String)
    case integer(Int64)
    /// Plain decimal of a quantity (micros).
    case quantity(Quantity)
    case bool(Bool)
    case null

    static func money(_ value: Money) -> JSONDocument { .quantity(Quantity(rawMicros: value.rawTenThousandths * 100)) }
    static func day(_ value: Day?) -> JSONDocument { value.map { .string($0.iso8601) } ?? .null }
    static func optional(_ value: String?) -> JSONDocument { value.map { .string($0) } ?? .null }
    static func int(_ value: Int) -> JSONDocument { .integer(Int64(value)) }
    /// Seconds rounded to microseconds, as a plain decimal.
    static func seconds(_ value: Double) -> JSONDocument {
        .quantity(Quantity(rawMicros: Int64((value * 1_000_000).rounded())))
    }

    /// The compact rendering (RFC 8259 escaping).
    var rendered: String {
        var out = ""
        write(to: &out)
        return out
    }

    private func write(to out: inout String) {
        switch self {
        case .object(let members):
            out += "{"
            for (i, member) in members.enumerated() {
                if i > 0 { out += ", " }
                JSONDocument.quote(member.0, into: &out)
                out += ": "
                member.1.write(to: &out)
            }
            out += "}"
        case .array(let elements):
            out += "["
            for (i, element) in elements.enumerated() {
                if i > 0 { out += ", " }
                element.write(to: &out)
            }
            out += "]"
        case .string(let text): JSONDocument.quote(text, into: &out)
        case .integer(let value): out += String(value)
        case .quantity(let value): out += value.description
        case .bool(let value): out += value ? "true" : "false"
        case .null: out += "null"
        }
    }

    static func quote(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let s where s.value < 0x20:
                let hex = String(s.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
