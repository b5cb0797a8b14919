/// How long and how the scheduler improves its first schedule.
///
/// `iterations` is the exact number of local-search iterations (each: pick
/// a critical chain, try up to `neighborsPerIterationMax` moves on it, take
/// the best allowed one). With a fixed `iterations` and `seed` the schedule
/// is reproducible byte for byte. A caller with a time limit passes a large
/// `iterations` and a `shouldStop` closure to the scheduler instead; the
/// pure module reads no clock.
public struct SchedulingParameters: Sendable, Hashable {
    public var iterations: Int
    public var seed: UInt64
    public var neighborsPerIterationMax: Int
    /// Iterations without a new best before the search restarts from the
    /// best schedule with a small seeded perturbation.
    public var restartAfterIterations: Int
    /// From this many engine nodes (operations, plus one per order without
    /// a routing) on, the scheduler improves with `LargeShopSearch`
    /// (incremental re-timing, first improvement) instead of the tabu search,
    /// whose every probe re-times the whole shop (docs/scheduling.md: about
    /// 0.2 ms per thousand nodes, so at 20,000 nodes an iteration of 24 probes
    /// takes ~0.1 s and a 2 s budget gets only ~20 iterations).
    public var largeShopNodeMin: Int
    /// Threads for the constructive phase (the dispatching rules run side by
    /// side; the result does not depend on it). The search is sequential.
    public var threadCount: Int

    /// The default when only a time limit bounds the search.
    public static let iterationsUnbounded = Int.max
    /// See `largeShopNodeMin`.
    public static let largeShopNodeMinDefault = 20_000

    public init(iterations: Int, seed: UInt64 = 0x5EED_FAB5, neighborsPerIterationMax: Int = 24,
                restartAfterIterations: Int = 400, largeShopNodeMin: Int = SchedulingParameters.largeShopNodeMinDefault, threadCount: Int = 2) {
        self.iterations = iterations
        self.seed = seed
        self.neighborsPerIterationMax = neighborsPerIterationMax
        self.restartAfterIterations = restartAfterIterations
        self.largeShopNodeMin = largeShopNodeMin
        self.threadCount = threadCount
    }
}

/// Why the scheduler refused to run: its input breaks an invariant of
/// `SchedulingProblem` (the sentence names the first one).
public enum SchedulingError: Error, Equatable, Sendable {
    case invalidProblem(String)
    /// A builder input names something the plan or tables do not have.
    case invalidInput(String)
}
