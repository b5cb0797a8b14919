import FabrikCore

/// The finite-capacity scheduler: a pure, synchronous function from a
/// problem to a schedule (no I/O, no clock: a time limit comes in as
/// `shouldStop`, phase ends go out through `phaseDone` for a caller that
/// times them).
///
/// Behavior:
/// - refuses a problem that breaks an invariant (`SchedulingError.invalidProblem`);
/// - builds one schedule per dispatching rule (`DispatchRule`, on up to
///   `parameters.threadCount` threads) and keeps the cheapest (weighted
///   tardiness, then the sum of plant makespans; ties to the earlier rule);
/// - improves it for `parameters.iterations` iterations or until
///   `shouldStop()` returns true, keeping the best schedule found: by tabu
///   search (`TabuSearch`, every probe re-timed in full) below
///   `parameters.largeShopNodeMin` nodes, by first-improvement descent with
///   incremental re-timing (`LargeShopSearch`) from there on;
/// - reports times, tardiness, loads, messages and counts.
/// Deterministic for a given problem and parameters when `shouldStop`
/// never fires. Cost: O(rules * nodes log nodes) + the search.
public enum FiniteCapacityScheduler {
    public static func schedule(_ problem: SchedulingProblem, _ parameters: SchedulingParameters,
                                shouldStop: () -> Bool = { false },
                                phaseDone: (SchedulingPhase) -> Void = { _ in }) throws(SchedulingError) -> Schedule {
        if let problemText = problem.firstInvalidity() { throw .invalidProblem(problemText) }
        let model = ShopModel(problem)
        phaseDone(.shopModel)
        let constructive = Construction.best(model, threadCount: parameters.threadCount)
        var evaluator = constructive.timed
        phaseDone(.dispatching)
        let best: MachineSequences
        let cost: ScheduleCost
        let iterations: Int
        let timed: (start: [Int64], end: [Int64])
        if model.nodeCount >= parameters.largeShopNodeMin {
            var search = LargeShopSearch(model: model, start: constructive.sequences, timed: constructive.timed,
                                         cost: constructive.cost, parameters: parameters)
            iterations = parameters.iterations > 0 ? search.run(shouldStop: shouldStop) : 0
            best = search.sequences
            cost = search.cost
            timed = (search.timer.start, search.timer.end)
            assert(evaluator.evaluate(model, best) == cost && evaluator.start == timed.start && evaluator.end == timed.end,
                   "incremental re-timing equals a full re-timing")
        } else {
            var search = TabuSearch(model: model, start: constructive.sequences, parameters: parameters)
            iterations = parameters.iterations > 0 ? search.run(shouldStop: shouldStop) : 0
            guard let evaluated = evaluator.evaluate(model, search.best) else {
                preconditionFailure("the best schedule was evaluated acyclic before")
            }
            precondition(evaluated == search.bestCost, "re-timing the best schedule gives its cost")
            best = search.best
            cost = evaluated
            timed = (evaluator.start, evaluator.end)
        }
        phaseDone(.search)
        let statistics = ScheduleStatistics(
            operations: problem.operations.count, makespanMinutes: 0, weightedTardinessRaw: cost.weightedTardiness,
            constructiveWeightedTardinessRaw: constructive.cost.weightedTardiness,
            plantMakespanSumMinutes: cost.makespanSum, constructivePlantMakespanSumMinutes: constructive.cost.makespanSum,
            iterations: iterations)
        let schedule = ScheduleAssembly.schedule(problem, model, timed.start, timed.end, best, statistics)
        phaseDone(.assembly)
        return schedule
    }
}

/// The scheduler's phases, in the order they end (for callers that time them).
public enum SchedulingPhase: String, Sendable, CaseIterable {
    /// The problem compiled into the engine's arrays (`ShopModel`).
    case shopModel = "shop model"
    /// Every dispatching rule run and timed, the cheapest kept.
    case dispatching
    /// The improvement search, including the final full re-timing check.
    case search
    /// Operation, order, load and message columns of the `Schedule`.
    case assembly
}
