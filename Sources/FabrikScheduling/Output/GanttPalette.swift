/// Colours of the Gantt chart: one per deal, stable across runs.
///
/// A deal's colour is the palette slot of the FNV-1a hash of its id; when
/// that slot is taken by another deal of the same chart (deals taken in id
/// order), the next free slot is used, so up to `colours.count` deals stay
/// distinct and a deal keeps its colour while the set of deals is stable.
/// Orders serving no deal are drawn in `neutral`. The hash is computed here
/// (not `Hasher`, which is seeded per process) so colours never change
/// between runs. Pure; O(deals x colours).
public struct GanttPalette: Sendable {
    /// Fill colour per deal id.
    public private(set) var colourOfDeal: [String: String] = [:]
    /// Deal ids in byte order, for the legend.
    public private(set) var deals: [String] = []

    /// Medium, distinguishable tones (Tableau's, without red, which marks lateness).
    public static let colours = [
        "#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#9c755f", "#ff9da7", "#2f4b7c", "#8cd17d",
    ]
    /// Orders that serve no deal line.
    public static let neutral = "#bab0ac"
    /// The outline and marker of late orders.
    public static let late = "#d62728"

    public init(deals dealIds: [String]) {
        let unique = Array(Set(dealIds)).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        deals = unique
        var taken = [Bool](repeating: false, count: Self.colours.count)
        for deal in unique {
            let home = Int(Self.fnv1a(deal) % UInt64(Self.colours.count))
            var slot = home
            if unique.count <= Self.colours.count {
                while taken[slot] { slot = (slot + 1) % Self.colours.count }
            }
            taken[slot] = true
            colourOfDeal[deal] = Self.colours[slot]
        }
    }

    /// The deal of a deal line id `DEAL/LINE` (the part before the last slash).
    public static func deal(ofLine line: String) -> String {
        guard let slash = line.lastIndex(of: "/") else { return line }
        return String(line[..<slash])
    }

    /// The fill of an order serving `dealLine` (nil: none).
    public func fill(dealLine: String?) -> String {
        guard let dealLine else { return Self.neutral }
        return colourOfDeal[Self.deal(ofLine: dealLine)] ?? Self.neutral
    }

    /// Dark or white text, whichever reads better on `fill` (`#rrggbb`).
    public static func textColour(on fill: String) -> String {
        let digits = Array(fill.utf8.dropFirst())
        guard digits.count == 6 else { return "#1f1f1f" }
        func channel(_ k: Int) -> Int { hex(digits[k]) * 16 + hex(digits[k + 1]) }
        let luminance = 299 * channel(0) + 587 * channel(2) + 114 * channel(4)
        return luminance >= 140_000 ? "#1f1f1f" : "#ffffff"
    }

    private static func hex(_ c: UInt8) -> Int {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return Int(c - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return Int(c - UInt8(ascii: "A")) + 10
        default: return 0
        }
    }

    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
