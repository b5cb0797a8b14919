import FabrikCore
import FabrikPlanning
import FabrikScheduling
import FabrikStore
import Foundation

/// One scheduling run as `schedule run` and the demo do it: load the stored
/// plan and the dataset rows, build the problem, schedule (exactly
/// `iterations` iterations, or until the time limit, whichever comes first),
/// and store the result. `seconds` is the scheduling computation alone,
/// from the loaded inputs to the schedule in memory (problem build,
/// dispatching, search, assembly), as `stats.seconds` reports it; the time
/// limit covers the same span (the search stops early enough for the
/// assembly to fit, see `assemblyReserveSeconds`). `phases` times every step
/// including the load and the store, for `--timings`.
struct ScheduleRun {
    var schedule: Schedule
    var seconds: Double
    /// Per phase: wall seconds and this process's CPU seconds (both threads).
    var timer: PhaseTimer

    static func perform(database: SQLiteStore, asOf: Day?, iterations: Int?, timeLimitSeconds: Double?,
                        progress: Bool) throws -> ScheduleRun {
        let clock = ContinuousClock()
        var timer = PhaseTimer()
        func lap(_ name: String) { timer.lap(name) }
        if try database.isEmpty() {
            throw CommandFailure("The database \(database.path) holds no dataset; load one with `fabrik import DIR` first.")
        }
        let inputs: SchedulingInputs
        switch Result(catching: { () throws(StoreError) -> SchedulingInputs in try database.loadSchedulingInputs() }) {
        case .success(let loaded): inputs = loaded
        case .failure(.noPlan): throw CommandFailure("There is no MRP plan to schedule yet; run `fabrik mrp run` first.")
        case .failure(let error): throw error
        }
        lap("load from the store")
        let computeStart = clock.now
        let deadline = timeLimitSeconds.map { computeStart.advanced(by: .milliseconds(Int64($0 * 1_000))) }
        let problem: SchedulingProblem
        do {
            problem = try inputs.problem(asOf: asOf ?? inputs.storedPlan.plan.asOf)
        } catch {
            throw CommandFailure("The stored plan cannot be scheduled: \(error.sentence).")
        }
        lap("problem build")
        if progress {
            Console.error("scheduling \(problem.orders.count) orders, \(problem.operations.count) operations ...")
        }
        let searchDeadline = deadline.map { $0.advanced(by: .milliseconds(-Int64(assemblyReserveSeconds(problem) * 1_000))) }
        let parameters = SchedulingParameters(iterations: iterations ?? SchedulingParameters.iterationsUnbounded)
        let result = Result(catching: { () throws(SchedulingError) -> Schedule in
            try FiniteCapacityScheduler.schedule(problem, parameters, shouldStop: { searchDeadline.map { clock.now >= $0 } ?? false },
                                                 phaseDone: { lap($0.rawValue) })
        })
        let schedule: Schedule
        switch result {
        case .success(let value): schedule = value
        case .failure(let error): throw CommandFailure("The stored plan cannot be scheduled: \(error.sentence).")
        }
        let computed = PhaseTimer.seconds(clock.now - computeStart)
        try database.saveSchedule(schedule, seconds: computed, basedOn: inputs.storedPlan.identity)
        lap("store")
        return ScheduleRun(schedule: schedule, seconds: computed, timer: timer)
    }

    /// Seconds kept free at the end of the time limit for assembling the
    /// schedule after the search stops: about 0.3 s per million operations
    /// (measured, docs/performance.md), nothing for small shops.
    static func assemblyReserveSeconds(_ problem: SchedulingProblem) -> Double {
        Double(problem.operations.count) * 0.3e-6
    }

}

extension SchedulingError {
    /// The reason as a clause (the CLI wraps it in one sentence).
    var sentence: String {
        switch self {
        case .invalidProblem(let text), .invalidInput(let text): return text
        }
    }
}
