/// A set of byte strings numbered 0, 1, 2, … in insertion order, stored
/// back to back in one buffer: the entry ids of a manual entry file, found
/// by their UTF-8 bytes without a String or a dictionary node per key.
///
/// Invariant: key `i` is `bytes[offsets[i] ..< offsets[i + 1]]`; keys are
/// distinct byte for byte; `slots` is an open-addressing table (linear
/// probing, at most half full) whose non-zero elements pack a key's 32-bit
/// hash (high half) with `i + 1` (low half), so a probe touches one word
/// and skips most byte comparisons without reading the key.
///
/// Hashing: `.seeded` is Swift's per-process seeded `Hasher`, so no file can
/// force collisions (the entry ids of a file); `.fast` (FNV-1a) is for
/// tables whose keys are fixed in advance and small (the chart's account
/// codes), where any probe sequence is bounded by the table's size.
struct ByteKeyTable: Sendable {
    enum Hashing: Sendable {
        case seeded, fast
    }

    private(set) var bytes: [UInt8] = []
    private var offsets: [Int] = [0]
    private var slots: [UInt64]
    private var mask: Int
    private let hashing: Hashing

    init(capacity: Int = 1_024, hashing: Hashing = .seeded) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        self.hashing = hashing
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

    /// Whether key `index` is exactly `other`.
    func keyEquals(_ index: Int, _ other: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = offsets[index], length = offsets[index + 1] - start
        guard length == other.count else { return false }
        return bytes.withUnsafeBufferPointer { all in
            Self.equal(UnsafeBufferPointer(rebasing: all[start..<(start + length)]), other)
        }
    }

    /// The number of `key`, or nil when it is not in the table.
    func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = hash(key)
        var slot = Int(hash) & mask
        while slots[slot] != 0 {
            let packed = slots[slot]
            let candidate = Int(truncatingIfNeeded: packed & 0xFFFF_FFFF) - 1
            if UInt32(truncatingIfNeeded: packed >> 32) == hash, keyEquals(candidate, key) { return candidate }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The number of `key`, adding it (as the next number) when new.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (index: Int, inserted: Bool) {
        insert(key, hash: hash(key))
    }

    /// Room for `total` keys without growing on the way.
    mutating func reserve(_ total: Int) {
        while total * 2 > slots.count { grow() }
        offsets.reserveCapacity(total + 1)
    }

    /// `insert` of every key of `other` in its order: the number each got
    /// here and whether it was new, by `other`'s numbering. The hashes are
    /// taken from `other`'s slots, so no key is hashed twice (both tables
    /// must hash alike).
    mutating func insertAll(of other: ByteKeyTable) -> [(index: Int, inserted: Bool)] {
        precondition(other.hashing == hashing, "merged tables hash alike")
        var hashOfKey = [UInt32](repeating: 0, count: other.count)
        for packed in other.slots where packed != 0 {
            hashOfKey[Int(truncatingIfNeeded: packed & 0xFFFF_FFFF) - 1] = UInt32(truncatingIfNeeded: packed >> 32)
        }
        reserve(count + other.count)
        bytes.reserveCapacity(bytes.count + other.bytes.count)
        return other.bytes.withUnsafeBufferPointer { all in
            (0..<other.count).map { old in
                insert(UnsafeBufferPointer(rebasing: all[other.offsets[old]..<other.offsets[old + 1]]), hash: hashOfKey[old])
            }
        }
    }

    private mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (index: Int, inserted: Bool) {
        var slot = Int(hash) & mask
        while slots[slot] != 0 {
            let packed = slots[slot]
            let candidate = Int(truncatingIfNeeded: packed & 0xFFFF_FFFF) - 1
            if UInt32(truncatingIfNeeded: packed >> 32) == hash, keyEquals(candidate, key) { return (candidate, false) }
            slot = (slot + 1) & mask
        }
        let index = count
        bytes.append(contentsOf: key)
        offsets.append(bytes.count)
        slots[slot] = UInt64(hash) << 32 | UInt64(index + 1)
        if count * 2 > slots.count { grow() }
        return (index, true)
    }

    private mutating func grow() {
        let size = slots.count * 2
        var newSlots = [UInt64](repeating: 0, count: size)
        let newMask = size - 1
        for packed in slots where packed != 0 {
            var slot = Int(truncatingIfNeeded: packed >> 32) & newMask
            while newSlots[slot] != 0 { slot = (slot + 1) & newMask }
            newSlots[slot] = packed
        }
        slots = newSlots
        mask = newMask
    }

    private func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        switch hashing {
        case .seeded:
            var hasher = Hasher()
            hasher.combine(bytes: UnsafeRawBufferPointer(key))
            return UInt32(truncatingIfNeeded: hasher.finalize())
        case .fast:
            var hash: UInt32 = 2_166_136_261
            for byte in key { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
            return hash
        }
    }

    /// Byte equality of two views of the same length, eight bytes at a time.
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let pa = a.baseAddress, let pb = b.baseAddress else { return a.count == 0 }
        let raw = UnsafeRawPointer(pa), other = UnsafeRawPointer(pb)
        var at = 0
        while at + 8 <= a.count {
            if raw.loadUnaligned(fromByteOffset: at, as: UInt64.self) != other.loadUnaligned(fromByteOffset: at, as: UInt64.self) {
                return false
            }
            at += 8
        }
        while at < a.count {
            if pa[at] != pb[at] { return false }
            at += 1
        }
        return true
    }
}
