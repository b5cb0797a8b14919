internal import FabrikCore

/// Dense indices of one code table (items, plants or suppliers), in UTF-8
/// byte order, with a hash lookup from id to index.
///
/// Invariant: `codes` is strictly ascending by UTF-8 bytes and
/// `index(of: codes[i]) == i`. Keys hash their UTF-8 bytes in one call
/// (`Hasher.combine(bytes:)`), several times faster than per-byte `IdKey`
/// hashing on the million lookups of a 100k-item snapshot.
struct CodeIndex {
    private(set) var codes: [String]
    private var positions: [CodeKey: Int32]

    /// `codes` as read with `ORDER BY id` (SQLite's BINARY collation compares
    /// UTF-8 bytes); sorted again here only if that ever was not the case.
    init(orderedCodes: [String]) {
        var codes = orderedCodes
        if !zip(codes, codes.dropFirst()).allSatisfy({ utf8Precedes($0, $1) }) {
            codes.sort(by: utf8Precedes)
        }
        self.codes = codes
        positions = Dictionary(minimumCapacity: codes.count)
        for (offset, code) in codes.enumerated() { positions[CodeKey(code)] = Int32(offset) }
    }

    func index(of code: String) -> Int32? { positions[CodeKey(code)] }

    var count: Int { codes.count }
}

/// A String key with byte-wise equality and a one-call byte hash.
struct CodeKey: Hashable {
    let text: String
    init(_ text: String) { self.text = text }
    static func == (a: CodeKey, b: CodeKey) -> Bool {
        var left = a.text, right = b.text
        return left.withUTF8 { l in right.withUTF8 { r in l.count == r.count && l.elementsEqual(r) } }
    }
    func hash(into hasher: inout Hasher) {
        var text = self.text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
