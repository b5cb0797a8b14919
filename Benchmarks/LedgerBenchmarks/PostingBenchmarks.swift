import Benchmark
import FabrikCore
import FabrikDataset
import FabrikLedger
import FabrikStore
import Foundation
import Synchronization

/// `fabrik ledger post` of generated manual-entry files (docs/performance.md, Ledger):
///
/// - `Ledger.post.100k` / `Ledger.post.1M`: `SQLiteStore.postManualEntries`
///   of a `ManualEntryGenerator` file (seed 1, 2-4 lines per entry, 365
///   days from 2026-01-01, the built-in chart) into a fresh migrated
///   database holding only the built-in accounts: the whole file parsed and
///   validated (on 2 threads, as `fabrik ledger post` by default), the
///   idempotency check, and every entry, line and daily movement written in
///   one transaction, committed. The file text is generated once per
///   process (setup); each iteration opens a new database (not measured).
///   `entries/s` is the file's entries divided by the measured time.
func registerPostingBenchmarks() {
    let entriesPerSecond = BenchmarkMetric.custom("entries/s", polarity: .prefersLarger, useScalingFactor: false)
    for (label, entries) in [("100k", 100_000), ("1M", 1_000_000)] {
        let configuration = Benchmark.Configuration(
            metrics: [.wallClock, .throughput, .peakMemoryResident, entriesPerSecond], timeUnits: .milliseconds,
            maxDuration: .seconds(entries >= 1_000_000 ? 180 : 60), maxIterations: entries >= 1_000_000 ? 3 : 5,
            setup: { PostingFiles.prepare(entries: entries) })
        Benchmark("Ledger.post.\(label)", configuration: configuration) { benchmark in
            guard let text = PostingFiles.text(entries: entries) else { return }
            let path = NSTemporaryDirectory() + "fabrik-benchmark-post-\(label)-\(UUID().uuidString).sqlite"
            defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
            let store = try PostingFiles.freshStore(path: path)
            let clock = ContinuousClock()
            let start = clock.now
            benchmark.startMeasurement()
            let outcome = try store.postManualEntries(text: text, fileName: "generated-\(label).csv",
                                                      threadCount: PostingFiles.threadCount, progress: { _ in })
            benchmark.stopMeasurement()
            let elapsed = clock.now - start
            precondition(outcome.postedKeys.count == entries, "every generated entry posts")
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            benchmark.measurement(entriesPerSecond, Int(Double(entries) / seconds))
        }
    }
}

/// The generated files, built once per process and size (generation is deterministic).
enum PostingFiles {
    private static let texts = Mutex<[Int: String]>([:])

    /// Threads that read and check the file: `fabrik ledger post`'s default.
    static let threadCount = 2

    static func text(entries: Int) -> String? { texts.withLock { $0[entries] } }

    static func prepare(entries: Int) {
        guard text(entries: entries) == nil else { return }
        let text = ManualEntryGenerator(entries: entries, seed: 1).text(chart: .builtIn)
        texts.withLock { $0[entries] = text }
    }

    /// A new migrated database with the built-in accounts (what `fabrik import`
    /// stores for a dataset without accounts.csv), so the lines' account
    /// references resolve.
    static func freshStore(path: String) throws -> SQLiteStore {
        var dataset = Dataset()
        dataset.accounts = Dataset.builtInAccounts
        let store = try SQLiteStore(path: path)
        try store.importDataset(dataset, replace: false)
        return store
    }
}
