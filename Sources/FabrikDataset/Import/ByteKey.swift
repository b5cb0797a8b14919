/// An id as a dictionary key whose equality and hash are by UTF-8 bytes, like
/// FabrikCore's `IdKey`, but hashing the bytes in one call and comparing with
/// one memcmp. The import's hot path is dictionary lookups of ids: with
/// `IdKey`'s per-byte `Hasher.combine` and UTF8View `elementsEqual`, hashing
/// and equality were ~30 % of a 1.27M-row read (release, perf).
/// Invariant: `a == b` exactly when `a.text.utf8` and `b.text.utf8` are equal.
struct ByteKey: Hashable {
    var text: String

    init(_ text: String) {
        var copy = text
        copy.makeContiguousUTF8()
        self.text = copy
    }

    static func == (a: ByteKey, b: ByteKey) -> Bool {
        var left = a.text, right = b.text
        return left.withUTF8 { l in
            right.withUTF8 { r in
                l.count == r.count && (l.count == 0 || memcmpEqual(l, r))
            }
        }
    }

    func hash(into hasher: inout Hasher) {
        var copy = text
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(text.utf8.count)
    }
}

@inline(__always)
private func memcmpEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let x = a.baseAddress, let y = b.baseAddress else { return a.count == b.count }
    var i = 0
    // Eight bytes at a time, then the tail.
    while i + 8 <= a.count {
        if UnsafeRawPointer(x + i).loadUnaligned(as: UInt64.self) != UnsafeRawPointer(y + i).loadUnaligned(as: UInt64.self) { return false }
        i += 8
    }
    while i < a.count {
        if x[i] != y[i] { return false }
        i += 1
    }
    return true
}
