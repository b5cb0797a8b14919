import FabrikCore
import Foundation

/// Reads and validates a dataset folder (docs/dataset.md): every file and
/// column of the contract, defaults applied, every import check made.
///
/// Behavior:
/// - `*.csv` files (lower case) are read; hidden files, subfolders and other
///   files are ignored; a `.csv` the contract does not name is an error;
/// - a missing required file stops the read after the folder-level problems;
/// - files are read in `fileNames` order, so references always point back;
/// - problems are collected (at most `problemsPerFileMax` per file and
///   `problemsTotalMax` in all) and thrown together as `DatasetReadError`.
/// Cost: one pass over each file's bytes plus hash lookups per reference.
public enum DatasetReader {
    public static let problemsPerFileMax = 50
    public static let problemsTotalMax = 200

    /// Every file of the contract, in reading order (each refers only to earlier ones).
    public static let fileNames = [
        "plants.csv", "holidays.csv", "items.csv", "item_plants.csv", "bom.csv", "work_centers.csv", "routings.csv",
        "suppliers.csv", "supplier_items.csv", "inventory.csv", "open_orders.csv", "customers.csv", "deals.csv",
        "deal_lines.csv", "accounts.csv",
    ]
    /// Files without which there is no dataset.
    public static let requiredFileNames = ["items.csv", "item_plants.csv", "plants.csv"]

    /// Reads the dataset in folder `directory`.
    public static func read(directory: String) throws(DatasetReadError) -> Dataset {
        let names = try DatasetFolder.csvFileNames(in: directory)
        return try read(names: names) { name in DatasetFolder.load(name, in: directory) }
    }

    /// Reads a dataset given as file name -> contents (for tests and generators).
    public static func read(files: [String: [UInt8]]) throws(DatasetReadError) -> Dataset {
        try read(names: Array(files.keys)) { files[$0] }
    }

    /// The shared driver: `names` are the `.csv` files present, `load` reads one (nil: unreadable).
    static func read(names: [String], load: (String) -> [UInt8]?) throws(DatasetReadError) -> Dataset {
        let log = ProblemLog(perFileMax: problemsPerFileMax, totalMax: problemsTotalMax)
        let present = Set(names.map(IdKey.init))
        let known = Set(fileNames.map(IdKey.init))
        for name in names.sorted(by: utf8Precedes) where !known.contains(IdKey(name)) {
            log.report(file: name, "unknown file: the dataset format has no file of this name")
        }
        var required = requiredFileNames
        if present.contains(IdKey("deals.csv")) { required.append("customers.csv") }
        for name in required where !present.contains(IdKey(name)) {
            log.report(file: name, name == "customers.csv" ? "the file is required with deals.csv but is missing" : "the required file is missing")
        }
        if required.contains(where: { !present.contains(IdKey($0)) }) { throw DatasetReadError(problems: log.problems) }

        let state = DatasetImport(log: log)
        for name in fileNames where present.contains(IdKey(name)) && !log.totalCapReached {
            guard var bytes = load(name) else {
                log.report(file: name, "the file cannot be read")
                continue
            }
            state.read(name, &bytes)
        }
        if !present.contains(IdKey("accounts.csv")) {
            state.dataset.accounts = Dataset.builtInAccounts
            state.dataset.accountsAreBuiltIn = true
        }
        if !log.totalCapReached { state.checkNodeGraph() }
        if !log.isEmpty { throw DatasetReadError(problems: log.problems) }
        return state.dataset
    }
}

extension DatasetImport {
    /// Reads one file of the contract by name.
    func read(_ name: String, _ bytes: inout [UInt8]) {
        for slot in itemMemo.indices { itemMemo[slot] = nil }
        rowEstimate = bytes.withUnsafeBufferPointer { buffer in
            var count = 1
            for byte in buffer where byte == UInt8(ascii: "\n") { count += 1 }
            return count
        }
        switch name {
        case PlantColumn.file: readPlants(&bytes)
        case HolidayColumn.file: readHolidays(&bytes)
        case ItemColumn.file: readItems(&bytes)
        case ItemPlantColumn.file: readItemPlants(&bytes)
        case BomColumn.file: readBom(&bytes)
        case WorkCenterColumn.file: readWorkCenters(&bytes)
        case RoutingColumn.file: readRoutings(&bytes)
        case SupplierColumn.file: readSuppliers(&bytes)
        case SupplierItemColumn.file: readSupplierItems(&bytes)
        case InventoryColumn.file: readInventory(&bytes)
        case OpenOrderColumn.file: readOpenOrders(&bytes)
        case CustomerColumn.file: readCustomers(&bytes)
        case DealColumn.file: readDeals(&bytes)
        case DealLineColumn.file: readDealLines(&bytes)
        case AccountColumn.file: readAccounts(&bytes)
        default: preconditionFailure("read(_:_:) is called only with names from DatasetReader.fileNames")
        }
    }
}

/// The thin Foundation layer: lists a folder's `.csv` files and loads them as bytes.
enum DatasetFolder {
    static func csvFileNames(in directory: String) throws(DatasetReadError) -> [String] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue,
              let entries = try? manager.contentsOfDirectory(atPath: directory)
        else {
            throw DatasetReadError(problems: [LocatedProblem(SourceLocation(file: directory), "not a readable folder")])
        }
        return entries.filter { name in
            guard !name.hasPrefix("."), name.utf8.count > 4, name.utf8.suffix(4).elementsEqual(".csv".utf8) else { return false }
            var entryIsDirectory: ObjCBool = false
            let path = (directory as NSString).appendingPathComponent(name)
            return manager.fileExists(atPath: path, isDirectory: &entryIsDirectory) && !entryIsDirectory.boolValue
        }
    }

    static func load(_ name: String, in directory: String) -> [UInt8]? {
        let path = (directory as NSString).appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return [UInt8](data)
    }
}
