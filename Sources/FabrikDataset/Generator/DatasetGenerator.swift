#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a synthetic, valid dataset (dataset.md) of any size: multi-level
/// BOMs with scrap and effectivity, several plants linked by transfers,
/// suppliers, stock, open orders, work centers, routings, CRM deals and a
/// chart of accounts. See docs/generator.md for the shape and the knobs.
///
/// Behavior:
/// - deterministic: the same parameters give byte-identical files (a private
///   SplitMix64, never the system generator);
/// - streaming: rows go through 64 KiB buffers as they are generated; memory
///   is O(items) bytes (level, kind, decimals and plant mask per item);
/// - valid under every import check: no reserved ids, quantities within the
///   item's decimals, unique keys, resolvable references, BOM edges only
///   point to deeper levels and transfers only to lower plant indices.
/// Cost: about 13 rows per item; a few seconds per 100,000 items in release.
public enum DatasetGenerator {
    /// The files written, in writing order.
    public static let fileNames = [
        "plants.csv", "holidays.csv", "work_centers.csv", "suppliers.csv", "customers.csv", "accounts.csv",
        "items.csv", "bom.csv", "item_plants.csv", "routings.csv", "supplier_items.csv", "inventory.csv",
        "open_orders.csv", "deals.csv", "deal_lines.csv",
    ]

    /// Generates the dataset of `parameters` into `directory` (created if
    /// needed; existing files of the same names are replaced) and returns the
    /// row count of each file. `progress` is called after each file.
    @discardableResult
    public static func write(_ parameters: GeneratorParameters, to directory: String,
                             progress: (GeneratorProgress) -> Void = { _ in }) throws(GeneratorError) -> GeneratorSummary {
        try parameters.validate()
        try createDirectory(directory)
        let model = GeneratorModel(parameters)
        return try withoutActuallyEscaping(progress) { (report) throws(GeneratorError) -> GeneratorSummary in
            var run = GenerationRun(model: model, directory: directory, progress: report)
            try run.writeMasterData()
            try run.writeItemsAndBom()
            try run.writeNodes()
            try run.writeDeals()
            return run.summary
        }
    }

    /// `mkdir -p`.
    static func createDirectory(_ path: String) throws(GeneratorError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += String(component) + "/"
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
                throw GeneratorError.cannotCreateDirectory(path: path, errno: errno)
            }
        }
    }
}

/// Reported after each generated file.
public struct GeneratorProgress: Sendable, Hashable {
    /// The file just written, e.g. `bom.csv`.
    public var file: String
    /// Its data rows (header excluded).
    public var rows: Int
    /// Files written so far, this one included.
    public var filesWritten: Int
    /// Files the generator writes in all.
    public var filesTotal: Int
}

/// Row counts of a generated dataset, per file in writing order.
public struct GeneratorSummary: Sendable, Hashable {
    /// One file's name and data rows (header excluded).
    public struct FileRows: Sendable, Hashable {
        public var file: String
        public var rows: Int
    }

    public var files: [FileRows] = []

    /// Data rows over all files.
    public var totalRows: Int { files.reduce(0) { $0 + $1.rows } }

    /// The data rows of one file (0 when it was not written).
    public func rows(of file: String) -> Int { files.first { $0.file == file }?.rows ?? 0 }
}

/// The state of one `DatasetGenerator.write` call.
struct GenerationRun {
    var model: GeneratorModel
    let directory: String
    let progress: (GeneratorProgress) -> Void
    var summary = GeneratorSummary()

    func open(_ file: String, _ header: [String]) throws(GeneratorError) -> CSVRowWriter {
        try CSVRowWriter(path: directory + "/" + file, header: header)
    }

    mutating func finish(_ writer: inout CSVRowWriter, _ file: String) throws(GeneratorError) {
        try writer.close()
        summary.files.append(GeneratorSummary.FileRows(file: file, rows: writer.rowCount))
        progress(GeneratorProgress(file: file, rows: writer.rowCount, filesWritten: summary.files.count,
                                   filesTotal: DatasetGenerator.fileNames.count))
    }

    func writeItem(_ writer: inout CSVRowWriter, _ item: Int) {
        writer.id("I", item + 1, width: model.itemIdWidth)
    }

    func writePlant(_ writer: inout CSVRowWriter, _ plant: Int) {
        writer.field(model.plantIds[plant])
    }
}
