import ArgumentParser
import FabrikCore
import FabrikScheduling
import FabrikStore
import Foundation

/// `fabrik schedule run [--as-of DATE] [--time-limit S] [--iterations N] [--json]`:
/// schedules every open production order and planned `MO-n` of the stored
/// plan on finite capacity; the schedule replaces the previous one in one
/// transaction. With `--iterations` the search runs exactly N iterations
/// (reproducible byte for byte apart from `stats.seconds`) and no time
/// limit applies unless `--time-limit` is also given.
struct ScheduleRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Schedule the stored plan on finite capacity and store the schedule.")

    @Option(name: .customLong("as-of"), help: "Schedule start, minute 0 (YYYY-MM-DD, default: the plan's as_of).")
    var asOf: String?
    @Option(name: .customLong("time-limit"),
            help: "Seconds of computation after loading: build, dispatching and search (default 2; not applied with --iterations alone).")
    var timeLimit: Double?
    @Option(help: "Exactly this many improvement iterations (reproducible).") var iterations: Int?
    @Flag(help: "Print how long each phase took (load, build, dispatching, search, assembly, store) to stderr.")
    var timings = false
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    static let defaultTimeLimitSeconds: Double = 2
    static let timeLimitSecondsMax: Double = 86_400

    func validate() throws {
        if let asOf, Day(iso8601: asOf) == nil {
            throw ValidationError("--as-of \"\(asOf)\" is not a date of the form YYYY-MM-DD.")
        }
        if let timeLimit, !(timeLimit > 0 && timeLimit <= Self.timeLimitSecondsMax) {
            throw ValidationError("--time-limit must be a number of seconds above 0 and at most 86400, not \(timeLimit).")
        }
        if let iterations, iterations < 0 {
            throw ValidationError("--iterations must be 0 or more, not \(iterations).")
        }
    }

    func run() throws {
        try reportingFailures {
            let database = try SQLiteStore(path: store.databasePath)
            let run = try ScheduleRun.perform(
                database: database, asOf: asOf.flatMap { Day(iso8601: $0) }, iterations: iterations,
                timeLimitSeconds: timeLimit ?? (iterations == nil ? Self.defaultTimeLimitSeconds : nil),
                progress: !output.json && Console.stderrIsTerminal)
            if timings { run.timer.printToStderr() }
            if output.json {
                FileHandle.standardOutput.write(Data(run.schedule.renderJSONBytes(seconds: run.seconds)))
                return
            }
            Console.out(ScheduleSummary(schedule: run.schedule, seconds: run.seconds).render())
        }
    }
}
