/// An account code or entry id as a dictionary key: equality and hash by
/// UTF-8 bytes (like FabrikCore's `IdKey`), but hashing the bytes in one
/// `Hasher.combine(bytes:)` call instead of one call per byte. The manual
/// file's hot path is two lookups per row (entry id, account code).
/// Invariant: `text` is contiguous UTF-8, so `withUTF8` never copies.
struct CodeKey: Hashable {
    private(set) var text: String

    init(_ text: String) {
        var copy = text
        copy.makeContiguousUTF8()
        self.text = copy
    }

    static func == (a: CodeKey, b: CodeKey) -> Bool {
        var left = a.text, right = b.text
        return left.withUTF8 { l in right.withUTF8 { r in l.count == r.count && l.elementsEqual(r) } }
    }

    func hash(into hasher: inout Hasher) {
        var copy = text
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
