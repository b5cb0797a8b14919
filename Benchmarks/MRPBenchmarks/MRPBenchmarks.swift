import Benchmark
import FabrikCore
import FabrikDataset
import FabrikPlanning
import FabrikStore
import Foundation
import Synchronization

/// MRP on generated datasets (docs/generator.md defaults: 3 plants, 5 levels,
/// fanout 4, seed 1), as of the generator's 2026-12-01, horizon 365.
///
/// - `MRP.plan.<size>`: `MaterialRequirementsPlanner.plan` alone, from the
///   snapshot in memory to the plan in memory (what `stats.seconds` reports),
///   2 threads; `MRP.plan1thread.<size>` the same on one thread.
/// - `MRP.endToEnd.<size>`: what `fabrik mrp run` does: load the snapshot from
///   SQLite, plan, store the plan with all its pegs (one transaction).
/// Datasets, snapshots and databases are prepared once per process, in setup.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .milliseconds,
        warmupIterations: 0,
        maxDuration: .seconds(60),
        maxIterations: 10
    )
    let asOf = GeneratorParameters.defaultAsOf
    for (label, items) in [("10k", 10_000), ("100k", 100_000), ("1M", 1_000_000)] {
        let big = items >= 1_000_000
        let configuration = Benchmark.Configuration(
            maxDuration: .seconds(big ? 300 : 120), maxIterations: big ? 2 : (items >= 100_000 ? 5 : 10),
            setup: { try PreparedPlans.prepareSnapshot(items: items) })
        for threads in [2, 1] {
            let name = threads == 2 ? "MRP.plan.\(label)" : "MRP.plan1thread.\(label)"
            Benchmark(name, configuration: configuration) { benchmark in
                guard let snapshot = PreparedPlans.snapshot(items: items) else { return }
                benchmark.startMeasurement()
                let plan = try MaterialRequirementsPlanner.plan(snapshot, MRPParameters(asOf: asOf, horizonDays: 365, threadCount: threads))
                benchmark.stopMeasurement()
                blackHole(plan.statistics.plannedOrders)
            }
        }
        guard !big else { continue }
        let storeConfiguration = Benchmark.Configuration(
            maxDuration: .seconds(120), maxIterations: items >= 100_000 ? 3 : 10,
            setup: { try PreparedPlans.prepareDatabase(items: items) })
        Benchmark("MRP.endToEnd.\(label)", configuration: storeConfiguration) { benchmark in
            let store = try SQLiteStore(path: PreparedPlans.databasePath(items: items))
            benchmark.startMeasurement()
            let snapshot = try store.loadPlanningSnapshot()
            let plan = try MaterialRequirementsPlanner.plan(snapshot, MRPParameters(asOf: asOf, horizonDays: 365))
            try store.savePlan(plan, seconds: 0)
            benchmark.stopMeasurement()
            blackHole(plan.statistics.plannedOrders)
        }
    }
}

/// Generated datasets, their snapshots and imported databases, built at most
/// once per process and size (generation is deterministic).
enum PreparedPlans {
    private static let snapshots = Mutex<[Int: PlanningSnapshot]>([:])
    private static let databases = Mutex<Set<Int>>([])

    static func folder(items: Int) -> String { NSTemporaryDirectory() + "fabrik-benchmark-dataset-\(items)" }
    static func databasePath(items: Int) -> String { NSTemporaryDirectory() + "fabrik-benchmark-mrp-\(items).sqlite" }

    static func snapshot(items: Int) -> PlanningSnapshot? { snapshots.withLock { $0[items] } }

    static func prepareSnapshot(items: Int) throws {
        if snapshot(items: items) != nil { return }
        try DatasetGenerator.write(GeneratorParameters(items: items), to: folder(items: items))
        let snapshot = try DatasetReader.read(directory: folder(items: items)).planningSnapshot()
        snapshots.withLock { $0[items] = snapshot }
    }

    static func prepareDatabase(items: Int) throws {
        guard databases.withLock({ $0.insert(items).inserted }) else { return }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: databasePath(items: items) + suffix) }
        try DatasetGenerator.write(GeneratorParameters(items: items), to: folder(items: items))
        let dataset = try DatasetReader.read(directory: folder(items: items))
        try SQLiteStore(path: databasePath(items: items)).importDataset(dataset, replace: false)
    }
}
