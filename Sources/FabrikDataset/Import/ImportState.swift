import FabrikCore

/// An (item, plant) pair compared by bytes: the key of nodes, inventory and
/// other per-node tables.
struct NodeKey: Hashable {
    let item: IdKey
    let plant: IdKey
    init(_ item: String, _ plant: String) {
        self.item = IdKey(item)
        self.plant = IdKey(plant)
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

/// What later files need of an item: its line and decimals (nil when that cell was bad).
struct ItemInfo {
    let line: Int
    let decimals: Int?
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
struct DatasetImport {
    let log: ProblemLog
    var dataset = Dataset()
    var plants = Lookup<IdKey, Int>()
    var items = Lookup<IdKey, ItemInfo>()
    var nodes = Lookup<NodeKey, NodeInfo>()
    /// Work center -> its plant.
    var workCenters = Lookup<IdKey, IdKey>()
    var suppliers = Lookup<IdKey, Int>()
    var customers = Lookup<IdKey, Int>()
    var deals = Lookup<IdKey, Int>()
    /// Line of each accepted item_plants and bom record, parallel to the dataset arrays.
    var itemPlantLines: [Int] = []
    var bomLineNumbers: [Int] = []

    init(log: ProblemLog) { self.log = log }

    // MARK: references, reported at the referencing row

    func knownPlant<C: DatasetColumn>(_ id: String?, _ row: Row<C>, _ column: C) -> Bool {
        guard let id else { return false }
        if plants[IdKey(id)] != nil { return true }
        if plants.isComplete { row.report(column, "unknown plant \(quoted(id))") }
        return false
    }

    /// The item's decimals when it is known (`.some(nil)`: known, decimals unknown).
    func knownItem<C: DatasetColumn>(_ id: String?, _ row: Row<C>, _ column: C) -> ItemInfo? {
        guard let id else { return nil }
        if let info = items[IdKey(id)] { return info }
        if items.isComplete { row.report(column, "unknown item \(quoted(id))") }
        return nil
    }

    func known<C: DatasetColumn>(_ lookup: Lookup<IdKey, Int>, _ what: String, _ id: String?, _ row: Row<C>, _ column: C) -> Bool {
        guard let id else { return false }
        if lookup[IdKey(id)] != nil { return true }
        if lookup.isComplete { row.report(column, "unknown \(what) \(quoted(id))") }
        return false
    }
}

/// Records `key` at `line` in a duplicate table; returns the first line when
/// the key was already there.
func firstLine<Key: Hashable>(of key: Key, in table: inout [Key: Int], line: Int) -> Int? {
    if let first = table[key] { return first }
    table[key] = line
    return nil
}
