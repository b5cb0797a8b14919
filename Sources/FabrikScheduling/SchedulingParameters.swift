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

    /// The default when only a time limit bounds the search.
    public static let iterationsUnbounded = Int.max

    public init(iterations: Int, seed: UInt64 = 0x5EED_FAB5, neighborsPerIterationMax: Int = 24,
                restartAfterIterations: Int = 400) {
        self.iterations = iterations
        self.seed = seed
        self.neighborsPerIterationMax = neighborsPerIterationMax
        self.restartAfterIterations = restartAfterIterations
    }
}

/// Why the scheduler refused to run: its input breaks an invariant of
/// `SchedulingProblem` (the sentence names the first one).
public enum SchedulingError: Error, Equatable, Sendable {
    case invalidProblem(String)
    /// A builder input names something the plan or tables do not have.
    case invalidInput(String)
}
