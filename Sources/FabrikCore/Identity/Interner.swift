/// Interns external string ids into dense indices `0..<count`, in the order
/// they were first seen. Invariant: `codes[index(of: c)!] == c` byte for byte.
/// Lookup O(1) average; never removes.
public struct Interner: Sendable {
    public private(set) var codes: [String] = []
    private var positions: [IdKey: Int32] = [:]

    public init() {}

    /// Builds an interner whose indices follow the UTF-8 byte order of `codes`
    /// (duplicates dropped), so comparing indices compares ids.
    public init(sortedUnique codes: some Sequence<String>) {
        var unique = Array(Set(codes.map(IdKey.init))).sorted()
        self.codes = unique.map(\.text)
        positions.reserveCapacity(unique.count)
        for (i, key) in unique.enumerated() { positions[key] = Int32(i) }
        unique.removeAll()
    }

    public var count: Int { codes.count }

    /// The index of `code`, adding it if new.
    public mutating func intern(_ code: String) -> Int32 {
        let key = IdKey(code)
        if let existing = positions[key] { return existing }
        let index = Int32(codes.count)
        codes.append(code)
        positions[key] = index
        return index
    }

    public func index(of code: String) -> Int32? { positions[IdKey(code)] }
}
