/// A set of byte strings numbered 0, 1, 2, … in insertion order, stored
/// back to back in one buffer: the entry ids of a manual entry file, found
/// by their UTF-8 bytes without a String or a dictionary node per key.
///
/// Invariant: key `i` is `bytes[offsets[i] ..< offsets[i + 1]]`; keys are
/// distinct byte for byte; `slots` is an open-addressing table (linear
/// probing, at most half full) holding `i + 1` for each key, 0 when empty,
/// with the key's hash kept beside it to skip most byte comparisons.
/// Hashing is Swift's seeded `Hasher`, so no file can force collisions.
struct ByteKeyTable {
    private(set) var bytes: [UInt8] = []
    private var offsets: [Int] = [0]
    private var slots: [Int32]
    private var slotHashes: [Int]
    private var mask: Int

    init(capacity: Int = 1_024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        slotHashes = [Int](repeating: 0, count: size)
        mask = size - 1
    }

    var count: Int { offsets.count - 1 }

    /// Key `index` as bytes, for the caller's `body` only.
    func withKey<T>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        bytes.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[offsets[index]..<offsets[index + 1]]))
        }
    }

    /// Key `index` as a String.
    func key(_ index: Int) -> String { withKey(index) { String(decoding: $0, as: UTF8.self) } }

    /// The number of `key`, or nil when it is not in the table.
    func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = Self.hash(key)
        var slot = hash & mask
        while slots[slot] != 0 {
            let candidate = Int(slots[slot]) - 1
            if slotHashes[slot] == hash, equals(candidate, key) { return candidate }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The number of `key`, adding it (as the next number) when new.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (index: Int, inserted: Bool) {
        let hash = Self.hash(key)
        var slot = hash & mask
        while slots[slot] != 0 {
            let candidate = Int(slots[slot]) - 1
            if slotHashes[slot] == hash, equals(candidate, key) { return (candidate, false) }
            slot = (slot + 1) & mask
        }
        let index = count
        bytes.append(contentsOf: key)
        offsets.append(bytes.count)
        slots[slot] = Int32(truncatingIfNeeded: index + 1)
        slotHashes[slot] = hash
        if count * 2 > slots.count { grow() }
        return (index, true)
    }

    private func equals(_ index: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = offsets[index], length = offsets[index + 1] - start
        guard length == key.count else { return false }
        return bytes.withUnsafeBufferPointer { all in
            UnsafeBufferPointer(rebasing: all[start..<(start + length)]).elementsEqual(key)
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        var newSlots = [Int32](repeating: 0, count: size)
        var newHashes = [Int](repeating: 0, count: size)
        let newMask = size - 1
        for old in slots.indices where slots[old] != 0 {
            var slot = slotHashes[old] & newMask
            while newSlots[slot] != 0 { slot = (slot + 1) & newMask }
            newSlots[slot] = slots[old]
            newHashes[slot] = slotHashes[old]
        }
        slots = newSlots
        slotHashes = newHashes
        mask = newMask
    }

    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(key))
        return hasher.finalize()
    }
}
