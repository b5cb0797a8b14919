import Benchmark

/// The ledger suites: `Ledger.post.*` (`fabrik ledger post` of generated
/// manual-entry files, PostingBenchmarks.swift) and `Ledger.trialBalance.*`
/// (reports over large journals, TrialBalanceBenchmarks.swift).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .milliseconds,
        warmupIterations: 0,
        maxDuration: .seconds(120),
        maxIterations: 5
    )
    registerPostingBenchmarks()
    registerTrialBalanceBenchmarks()
}
