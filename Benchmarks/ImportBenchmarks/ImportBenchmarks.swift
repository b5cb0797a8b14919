import Benchmark
import FabrikDataset
import FabrikStore
import Foundation
import Synchronization

/// Import of generated datasets (docs/generator.md defaults: 3 plants, 5 levels,
/// fanout 4, seed 1) at 10k and 100k items, about 13 CSV rows per item.
///
/// - `Import.read.<size>`: `DatasetReader.read(directory:)`, the CSV parse and
///   every dataset.md check.
/// - `Import.readAndStore.<size>`: read, then `SQLiteStore.importDataset` into
///   a fresh database (opened, i.e. created and migrated, before the clock starts).
/// The datasets are generated once per process, in setup, outside any measurement.
/// Compare with `scripts/sqlite-import-baseline.sh` (sqlite3's own `.import`).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .milliseconds,
        warmupIterations: 0,
        maxDuration: .seconds(30),
        maxIterations: 10
    )
    for (label, items) in [("10k", 10_000), ("100k", 100_000)] {
        let iterations = items >= 100_000 ? 3 : 10
        let configuration = Benchmark.Configuration(
            maxDuration: .seconds(items >= 100_000 ? 120 : 30),
            maxIterations: iterations,
            setup: { try GeneratedDatasets.prepare(items: items) }
        )

        Benchmark("Import.read.\(label)", configuration: configuration) { benchmark in
            let folder = GeneratedDatasets.folder(items: items)
            benchmark.startMeasurement()
            let dataset = try DatasetReader.read(directory: folder)
            benchmark.stopMeasurement()
            blackHole(dataset.recordCount)
        }

        Benchmark("Import.readAndStore.\(label)", configuration: configuration) { benchmark in
            let folder = GeneratedDatasets.folder(items: items)
            let databasePath = GeneratedDatasets.freshDatabasePath()
            defer { GeneratedDatasets.removeDatabase(at: databasePath) }
            let store = try SQLiteStore(path: databasePath)
            benchmark.startMeasurement()
            let dataset = try DatasetReader.read(directory: folder)
            let summary = try store.importDataset(dataset, replace: false)
            benchmark.stopMeasurement()
            blackHole(summary.rowCount)
        }
    }
}

/// Generated dataset folders under the temporary directory, one per size,
/// written at most once per process (generation is deterministic, so a
/// rewrite gives the same bytes).
enum GeneratedDatasets {
    private static let prepared = Mutex<Set<Int>>([])

    static func folder(items: Int) -> String {
        NSTemporaryDirectory() + "fabrik-benchmark-dataset-\(items)"
    }

    static func prepare(items: Int) throws {
        guard prepared.withLock({ $0.insert(items).inserted }) else { return }
        try DatasetGenerator.write(GeneratorParameters(items: items), to: folder(items: items))
    }

    static func freshDatabasePath() -> String {
        NSTemporaryDirectory() + "fabrik-benchmark-\(UUID().uuidString).sqlite"
    }

    /// The database and its WAL files.
    static func removeDatabase(at path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
