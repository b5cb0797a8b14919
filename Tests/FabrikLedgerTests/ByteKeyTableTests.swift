import Testing
@testable import FabrikLedger

/// `ByteKeyTable`: numbering in insertion order, lookups by bytes, growth
/// from a tiny table, and merging another table's keys, for both hashings.
@Suite("Byte key table")
struct ByteKeyTableTests {
    static func insert(_ key: String, into table: inout ByteKeyTable) -> (index: Int, inserted: Bool) {
        var key = key
        return key.withUTF8 { table.insert($0) }
    }

    static func index(_ key: String, in table: ByteKeyTable) -> Int? {
        var key = key
        return key.withUTF8 { table.index(of: $0) }
    }

    @Test("keys are numbered in insertion order, found again, and a repeat is not added", arguments: [
        ByteKeyTable.Hashing.seeded, .fast,
    ])
    func numbering(hashing: ByteKeyTable.Hashing) {
        var table = ByteKeyTable(capacity: 1, hashing: hashing)
        let keys = (0..<5_000).map { "K-\($0)" } + ["", "é", "K-1 ", "k-1"]
        for (expected, key) in keys.enumerated() {
            let result = Self.insert(key, into: &table)
            #expect(result.index == expected && result.inserted, "\(key)")
        }
        #expect(table.count == keys.count)
        #expect(Self.insert("K-4999", into: &table) == (4_999, false))
        for (expected, key) in keys.enumerated() { #expect(Self.index(key, in: table) == expected, "\(key)") }
        #expect(Self.index("K-5000", in: table) == nil)
        #expect(table.key(5_001) == "é")
    }

    @Test("merging a table adds its new keys after ours and finds the shared ones")
    func mergeKeepsOrder() {
        var first = ByteKeyTable(capacity: 4), second = ByteKeyTable(capacity: 4)
        for key in ["A", "B", "C"] { _ = Self.insert(key, into: &first) }
        for key in ["D", "B", "E", "A"] { _ = Self.insert(key, into: &second) }
        let merged = first.insertAll(of: second)
        #expect(merged.map(\.index) == [3, 1, 4, 0])
        #expect(merged.map(\.inserted) == [true, false, true, false])
        #expect((0..<first.count).map(first.key) == ["A", "B", "C", "D", "E"])
        for (expected, key) in ["A", "B", "C", "D", "E"].enumerated() { #expect(Self.index(key, in: first) == expected) }
    }

    @Test("byte equality agrees with element-wise comparison for every length up to 20")
    func equality() {
        for length in 0...20 {
            let a = (0..<length).map { UInt8(truncatingIfNeeded: $0 * 7 + 1) }
            for position in 0..<max(1, length) {
                var b = a
                if length > 0 { b[position] &+= 1 }
                a.withUnsafeBufferPointer { pa in
                    b.withUnsafeBufferPointer { pb in
                        #expect(ByteKeyTable.equal(pa, pb) == a.elementsEqual(b), "length \(length) at \(position)")
                        #expect(ByteKeyTable.equal(pa, pa))
                    }
                }
            }
        }
    }
}
