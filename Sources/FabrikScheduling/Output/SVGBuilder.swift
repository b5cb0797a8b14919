/// A minimal SVG text builder: elements appended as strings, text and
/// attribute values XML-escaped, coordinates printed with at most one
/// decimal (no Foundation formatting). Pure; the output is a standalone
/// SVG 1.1 document.
struct SVGBuilder {
    private(set) var body = ""

    mutating func raw(_ text: String) { body += text; body += "\n" }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, extra: String = "") {
        raw("<rect x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" width=\"\(Self.n(width))\" height=\"\(Self.n(height))\" fill=\"\(fill)\"\(extra.isEmpty ? "" : " " + extra)/>")
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, extra: String = "") {
        raw("<line x1=\"\(Self.n(x1))\" y1=\"\(Self.n(y1))\" x2=\"\(Self.n(x2))\" y2=\"\(Self.n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(Self.n(width))\"\(extra.isEmpty ? "" : " " + extra)/>")
    }

    mutating func text(_ content: String, x: Double, y: Double, size: Double = 11, fill: String = "#333333",
                       anchor: String = "start", weight: String = "normal") {
        var attributes = "x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" font-size=\"\(Self.n(size))\" fill=\"\(fill)\""
        if anchor != "start" { attributes += " text-anchor=\"\(anchor)\"" }
        if weight != "normal" { attributes += " font-weight=\"\(weight)\"" }
        raw("<text \(attributes)>\(Self.escaped(content))</text>")
    }

    /// The whole document.
    func document(width: Double, height: Double, title: String) -> String {
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"\(Self.n(width))\" height=\"\(Self.n(height))\" "
        out += "viewBox=\"0 0 \(Self.n(width)) \(Self.n(height))\" font-family=\"Helvetica, Arial, sans-serif\">\n"
        out += "<title>\(Self.escaped(title))</title>\n"
        out += body
        out += "</svg>\n"
        return out
    }

    /// `&`, `<`, `>`, `"` and `'` as entities; control characters dropped.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                if scalar.value >= 0x20 || scalar == "\n" || scalar == "\t" { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// `x` rounded to one decimal, without a trailing `.0`.
    static func n(_ x: Double) -> String {
        let tenths = Int64((x * 10).rounded())
        let whole = tenths / 10, fraction = abs(tenths % 10)
        if fraction == 0 { return String(whole) }
        return (tenths < 0 && whole == 0 ? "-" : "") + "\(whole).\(fraction)"
    }
}
