import FabrikCore

/// An (item, plant) pair compared by bytes: the key of nodes, inventory and
/// other per-node tables.
struct NodeKey: Hashable {
    let item: ByteKey
    let plant: ByteKey
    init(_ item: String, _ plant: String) {
        self.item = ByteKey(item)
        self.plant = ByteKey(plant)
    }
}

/// The ids of one file seen so far, each with what later files need to know.
/// `isComplete` is false when the file could not be read through (then an id
/// missing here is not reported as unknown, to avoid a cascade of errors).
struct Lookup<Key: Hashable, Value> {
    var entries: [Key: Value] = [:]
    var isComplete = true
    subscript(key: Key) -> Value? { entries[key] }
}

/// What later files need of an item: its line, its ordinal (position among the
/// distinct ids of items.csv, dense from 0) and decimals (nil when that cell was bad).
// 16 bytes (was 24 with `decimals: Int?`): the items table is probed once or
// twice per row of most files, and at 1M items it no longer fits in cache.
struct ItemInfo {
    let line: Int
    let ordinal: Int32
    private let storedDecimals: Int8

    init(line: Int, ordinal: Int32, decimals: Int?) {
        self.line = line
        self.ordinal = ordinal
        storedDecimals = decimals.map { Int8(clamping: $0) } ?? -1
    }

    /// 0...6 as parsed, nil when the cell was bad.
    var decimals: Int? { storedDecimals < 0 ? nil : Int(storedDecimals) }
}

/// What later files need of an item_plants row (nil fields: that cell was bad).
struct NodeInfo {
    let line: Int
    let procurement: Procurement?
    let sourcePlantId: String?
}

/// The state of one import: the dataset being filled, the ids each file
/// declared, and the problem log. Files are read in `DatasetReader.fileNames`
/// order, so every reference points to a file already read.
// A class: the per-row closures capture it by reference. As a struct captured
// by the row callbacks it was copied (value witness copies were ~25 % of a
// 1.27M-row read in release).
final class DatasetImport {
    let log: ProblemLog
    var dataset = Dataset()
    var plants = Lookup<ByteKey, Int>()
    var items = Lookup<ByteKey, ItemInfo>()
    var nodes = Lookup<NodeKey, NodeInfo>()
    /// Work center -> its plant.
    var workCenters = Lookup<ByteKey, ByteKey>()
    var suppliers = Lookup<ByteKey, Int>()
    var customers = Lookup<ByteKey, Int>()
    var deals = Lookup<ByteKey, Int>()
    /// Line of each accepted item_plants and bom record, parallel to the dataset arrays.
    var itemPlantLines: [Int] = []
    var bomLineNumbers: [Int] = []
    /// Item ordinals (`ItemInfo.ordinal`) of each accepted item_plants record and
    /// of each accepted bom record's parent and component, parallel to the
    /// dataset arrays: the node-graph check indexes arrays with them instead of
    /// hashing id strings again.
    var itemPlantItemOrdinals: [Int32] = []
    var bomParentOrdinals: [Int32] = []
    var bomComponentOrdinals: [Int32] = []
    /// Line ends in the file being read: an upper bound of its rows, to reserve tables.
    var rowEstimate = 0
    /// The last item found through each column of the file being read (by
    /// column raw value; emptied per file).
    // Files list an item's rows together, so in generated data 48 % of item
    // lookups repeat the previous row's id (routings 79 %, bom parents 80 %,
    // item_plants 45 %, bom components 2 %). At 1M items each probe of the
    // ~64 MB table is a cache miss and a short-string compare is not; with the
    // BOM overlap key this took the read from 2.5 s to 2.0 s CPU at 100k.
    var itemMemo = [(key: ByteKey, info: ItemInfo)?](repeating: nil, count: 16)

    init(log: ProblemLog) { self.log = log }

    // MARK: references, reported at the referencing row

    func knownPlant<C: DatasetColumn>(_ id: String?, _ row: Row<C>, _ column: C) -> Bool {
        guard let id else { return false }
        if plants[ByteKey(id)] != nil { return true }
        if plants.isComplete { row.report(column, "unknown plant \(quoted(id))") }
        return false
    }

    /// The item's decimals when it is known (`.some(nil)`: known, decimals unknown).
    func knownItem<C: DatasetColumn>(_ id: String?, _ row: Row<C>, _ column: C) -> ItemInfo? {
        guard let id else { return nil }
        let key = ByteKey(id)
        let slot = column.rawValue
        if slot < itemMemo.count, let memo = itemMemo[slot], memo.key == key { return memo.info }
        if let info = items[key] {
            if slot < itemMemo.count { itemMemo[slot] = (key, info) }
            return info
        }
        if items.isComplete { row.report(column, "unknown item \(quoted(id))") }
        return nil
    }

    func known<C: DatasetColumn>(_ lookup: Lookup<ByteKey, Int>, _ what: String, _ id: String?, _ row: Row<C>, _ column: C) -> Bool {
        guard let id else { return false }
        if lookup[ByteKey(id)] != nil { return true }
        if lookup.isComplete { row.report(column, "unknown \(what) \(quoted(id))") }
        return false
    }
}

/// Records `key` at `line` in a duplicate table; returns the first line when
/// the key was already there (the table keeps the first).
func firstLine<Key: Hashable>(of key: Key, in table: inout [Key: Int], line: Int) -> Int? {
    firstEntry(of: key, in: &table, value: line)
}

/// Inserts `value` for `key` unless the key is there; returns the value kept
/// from before when it was. One hash lookup when the key is new (the usual case).
func firstEntry<Key: Hashable, Value>(of key: Key, in table: inout [Key: Value], value: Value) -> Value? {
    guard let previous = table.updateValue(value, forKey: key) else { return nil }
    table[key] = previous
    return previous
}
