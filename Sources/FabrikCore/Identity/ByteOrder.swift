/// Ids compare by their UTF-8 bytes, never by locale or Unicode
/// normalisation (planning.md). Swift's `String <` normalises, so every sort
/// of ids in Fabrik goes through these.
@inlinable public func utf8Precedes(_ a: String, _ b: String) -> Bool {
    a.utf8.lexicographicallyPrecedes(b.utf8)
}

/// Byte-for-byte equality of two ids (`==` on String treats canonically
/// equivalent strings as equal).
@inlinable public func utf8Equal(_ a: String, _ b: String) -> Bool {
    a.utf8.elementsEqual(b.utf8)
}

/// A string wrapper whose equality, hashing and order are by UTF-8 bytes: the
/// key type for every id dictionary.
public struct IdKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var text: String
    @inlinable public init(_ text: String) { self.text = text }
    @inlinable public static func == (a: IdKey, b: IdKey) -> Bool { utf8Equal(a.text, b.text) }
    public func hash(into hasher: inout Hasher) {
        for byte in text.utf8 { hasher.combine(byte) }
        hasher.combine(0xFF as UInt8)
    }
    @inlinable public static func < (a: IdKey, b: IdKey) -> Bool { utf8Precedes(a.text, b.text) }
    public var description: String { text }
}
