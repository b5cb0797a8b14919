import Benchmark

/// The scheduling suites: classic job-shop instances under a time budget
/// (JobShopBenchmarks.swift) and full schedules of generated datasets
/// (GeneratedShopBenchmarks.swift).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .milliseconds,
        warmupIterations: 0,
        maxDuration: .seconds(120),
        maxIterations: 3
    )
    registerJobShopBenchmarks()
    registerGeneratedShopBenchmarks()
}
