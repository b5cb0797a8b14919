import Benchmark
import FabrikCore
import FabrikDataset
import FabrikPlanning
import FabrikScheduling
import FabrikStore
import Foundation
import Synchronization

/// Full schedules of generated datasets (docs/generator.md defaults, seed 1,
/// as of 2026-12-01): every open production order and every `MO-n` of the
/// MRP plan, all plants, what `fabrik schedule run --time-limit 10` computes.
///
/// - `Schedule.generated.<size>`: from the loaded `SchedulingInputs` to the
///   schedule in memory (problem build, dispatching, improvement, assembly)
///   under a 10 s budget for the whole span, as the CLI applies it: the
///   search stops 10 s after the start minus the CLI's assembly reserve.
/// Datasets are generated, imported, planned and loaded once per process in
/// setup (the 100k import alone takes minutes).
func registerGeneratedShopBenchmarks() {
    for (label, items) in [("10k", 10_000), ("100k", 100_000)] {
        let configuration = Benchmark.Configuration(
            maxDuration: .seconds(60), maxIterations: items >= 100_000 ? 2 : 3,
            setup: { try PreparedShops.prepare(items: items) })
        Benchmark("Schedule.generated.\(label)", configuration: configuration) { benchmark in
            guard let inputs = PreparedShops.inputs(items: items) else { return }
            let clock = ContinuousClock()
            benchmark.startMeasurement()
            let begin = clock.now
            let problem = try inputs.problem(asOf: inputs.storedPlan.plan.asOf)
            let reserve = Duration.milliseconds(Int64(Double(problem.operations.count) * 0.3e-3))
            let deadline = begin.advanced(by: .seconds(10) - reserve)
            let schedule = try FiniteCapacityScheduler.schedule(
                problem, SchedulingParameters(iterations: SchedulingParameters.iterationsUnbounded),
                shouldStop: { clock.now >= deadline })
            benchmark.stopMeasurement()
            blackHole(schedule.statistics.weightedTardinessRaw)
        }
    }
}

/// Generated datasets imported, planned and loaded back as scheduling
/// inputs, at most once per process and size.
enum PreparedShops {
    private static let loaded = Mutex<[Int: SchedulingInputs]>([:])

    static func folder(items: Int) -> String { NSTemporaryDirectory() + "fabrik-benchmark-shop-dataset-\(items)" }
    static func databasePath(items: Int) -> String { NSTemporaryDirectory() + "fabrik-benchmark-shop-\(items).sqlite" }

    static func inputs(items: Int) -> SchedulingInputs? { loaded.withLock { $0[items] } }

    static func prepare(items: Int) throws {
        if inputs(items: items) != nil { return }
        let path = databasePath(items: items)
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        try DatasetGenerator.write(GeneratorParameters(items: items), to: folder(items: items))
        let store = try SQLiteStore(path: path)
        try store.importDataset(try DatasetReader.read(directory: folder(items: items)), replace: false)
        let plan = try MaterialRequirementsPlanner.plan(
            try store.loadPlanningSnapshot(), MRPParameters(asOf: GeneratorParameters.defaultAsOf, horizonDays: 365))
        try store.savePlan(plan, seconds: 0)
        let inputs = try store.loadSchedulingInputs()
        loaded.withLock { $0[items] = inputs }
    }
}
