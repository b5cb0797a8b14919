/// JSON string literals per RFC 8259, shared by every JSON document Fabrik
/// writes (plan, schedule, ledger, CLI): the quote, the backslash and control
/// characters are escaped (`\n`, `\r`, `\t`, else `\u00XX`), every other
/// character is written as it is (UTF-8, no `\u` for non-ASCII).
public enum JSONString {
    /// Appends `"text"` escaped to a byte buffer.
    public static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        out.append(0x22)
        for byte in text.utf8 {
            switch byte {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
            case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
            case 0..<0x20:
                out.append(0x5C); out.append(UInt8(ascii: "u")); out.append(0x30); out.append(0x30)
                out.append(hexDigit(byte >> 4)); out.append(hexDigit(byte & 0xF))
            default: out.append(byte)
            }
        }
        out.append(0x22)
    }

    /// `"text"` escaped, as bytes (for ids rendered once and reused).
    public static func quoted(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 2)
        appendQuoted(text, to: &out)
        return out
    }

    /// Appends `"text"` escaped to a String.
    public static func appendQuoted(_ text: String, to out: inout String) {
        out += String(decoding: quoted(text), as: UTF8.self)
    }

    @inline(__always) static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }
}
