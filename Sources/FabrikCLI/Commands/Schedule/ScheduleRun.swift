import FabrikCore
import FabrikPlanning
import FabrikScheduling
import FabrikStore

/// One scheduling run as `schedule run` and the demo do it: load the stored
/// plan and the dataset rows, build the problem, schedule (exactly
/// `iterations` iterations, or until the time limit, whichever comes first),
/// and store the result. `seconds` is the scheduling computation alone
/// (problem built to schedule in memory), as `stats.seconds` reports it.
struct ScheduleRun {
    var schedule: Schedule
    var seconds: Double

    static func perform(database: SQLiteStore, asOf: Day?, iterations: Int?, timeLimitSeconds: Double?,
                        progress: Bool) throws -> ScheduleRun {
        if try database.isEmpty() {
            throw CommandFailure("The database \(database.path) holds no dataset; load one with `fabrik import DIR` first.")
        }
        let inputs: SchedulingInputs
        switch Result(catching: { () throws(StoreError) -> SchedulingInputs in try database.loadSchedulingInputs() }) {
        case .success(let loaded): inputs = loaded
        case .failure(.noPlan): throw CommandFailure("There is no MRP plan to schedule yet; run `fabrik mrp run` first.")
        case .failure(let error): throw error
        }
        let problem: SchedulingProblem
        do {
            problem = try inputs.problem(asOf: asOf ?? inputs.storedPlan.plan.asOf)
        } catch {
            throw CommandFailure("The stored plan cannot be scheduled: \(error.sentence).")
        }
        if progress {
            Console.error("scheduling \(problem.orders.count) orders, \(problem.operations.count) operations ...")
        }
        let clock = ContinuousClock()
        let deadline = timeLimitSeconds.map { clock.now.advanced(by: .milliseconds(Int64($0 * 1_000))) }
        let parameters = SchedulingParameters(iterations: iterations ?? SchedulingParameters.iterationsUnbounded)
        var result: Result<Schedule, SchedulingError> = .failure(.invalidProblem("it was not run"))
        let elapsed = clock.measure {
            result = Result(catching: { () throws(SchedulingError) -> Schedule in
                try FiniteCapacityScheduler.schedule(problem, parameters) { deadline.map { clock.now >= $0 } ?? false }
            })
        }
        let schedule: Schedule
        switch result {
        case .success(let value): schedule = value
        case .failure(let error): throw CommandFailure("The stored plan cannot be scheduled: \(error.sentence).")
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        try database.saveSchedule(schedule, seconds: seconds, basedOn: inputs.storedPlan.identity)
        return ScheduleRun(schedule: schedule, seconds: seconds)
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
