import FabrikCore

/// The finite-capacity scheduler: a pure, synchronous function from a
/// problem to a schedule (no I/O, no clock: a time limit comes in as
/// `shouldStop`).
///
/// Behavior:
/// - refuses a problem that breaks an invariant (`SchedulingError.invalidProblem`);
/// - builds one schedule per dispatching rule (`DispatchRule`) and keeps the
///   cheapest (weighted tardiness, then the sum of plant makespans; ties to
///   the earlier rule);
/// - improves it by tabu search for `parameters.iterations` iterations or
///   until `shouldStop()` returns true, keeping the best schedule found;
/// - reports times, tardiness, loads, messages and counts.
/// Deterministic for a given problem and parameters when `shouldStop`
/// never fires. Cost: O(rules * nodes log nodes) + iterations * (moves + 1)
/// * O(nodes + arcs).
public enum FiniteCapacityScheduler {
    public static func schedule(_ problem: SchedulingProblem, _ parameters: SchedulingParameters,
                                shouldStop: () -> Bool = { false }) throws(SchedulingError) -> Schedule {
        if let problemText = problem.firstInvalidity() { throw .invalidProblem(problemText) }
        let model = ShopModel(problem)
        var evaluator = Evaluator(model: model)
        var first: (sequences: MachineSequences, cost: ScheduleCost)?
        for rule in DispatchRule.allCases {
            let sequences = Dispatcher.run(model, rule: rule)
            guard let cost = evaluator.evaluate(model, sequences) else {
                preconditionFailure("dispatching follows time, so its sequences are acyclic")
            }
            if first.map({ cost < $0.cost }) ?? true { first = (sequences, cost) }
        }
        guard let constructive = first else { preconditionFailure("DispatchRule has cases") }
        var search = TabuSearch(model: model, start: constructive.sequences, parameters: parameters)
        let iterations = parameters.iterations > 0 ? search.run(shouldStop: shouldStop) : 0
        guard let cost = evaluator.evaluate(model, search.best) else {
            preconditionFailure("the best schedule was evaluated acyclic before")
        }
        precondition(cost == search.bestCost, "re-timing the best schedule gives its cost")
        let statistics = ScheduleStatistics(
            operations: problem.operations.count, makespanMinutes: 0, weightedTardinessRaw: cost.weightedTardiness,
            constructiveWeightedTardinessRaw: constructive.cost.weightedTardiness,
            plantMakespanSumMinutes: cost.makespanSum, constructivePlantMakespanSumMinutes: constructive.cost.makespanSum,
            iterations: iterations)
        return ScheduleAssembly.schedule(problem, model, evaluator, search.best, statistics)
    }
}
