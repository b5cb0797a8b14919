import ArgumentParser
import FabrikCore
import FabrikPlanning
import FabrikStore
import Foundation

/// `fabrik mrp run [--as-of DATE] [--horizon DAYS] [--json]`: regenerative MRP
/// over the stored data; the plan replaces the previous one in one transaction.
struct MRPRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run regenerative MRP and store the plan.")

    @Option(name: .customLong("as-of"), help: "Plan date, day 0 (YYYY-MM-DD, default today).") var asOf: String?
    @Option(help: "Horizon in days, 1 to 3650 (default 365).") var horizon: Int = 365
    @Option(help: "Worker threads (the plan is the same for any count).") var threads: Int = 2
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let asOf, Day(iso8601: asOf) == nil {
            throw ValidationError("--as-of \"\(asOf)\" is not a date of the form YYYY-MM-DD.")
        }
        guard MRPParameters.horizonDaysRange.contains(Int32(clamping: horizon)) else {
            throw ValidationError("--horizon must be a whole number of days from 1 to 3650, not \(horizon).")
        }
        guard (1...64).contains(threads) else { throw ValidationError("--threads must be 1 to 64, not \(threads).") }
    }

    func run() throws {
        try reportingFailures {
            let database = try SQLiteStore(path: store.databasePath)
            if try database.isEmpty() {
                throw CommandFailure("The database \(store.databasePath) holds no dataset; load one with `fabrik import DIR` first.")
            }
            let parameters = MRPParameters(asOf: asOf.flatMap { Day(iso8601: $0) } ?? Today.day,
                                           horizonDays: Int32(horizon), threadCount: threads)
            let showProgress = !output.json && Console.stderrIsTerminal
            if showProgress { Console.error("loading the planning snapshot ...") }
            let snapshot = try database.loadPlanningSnapshot()
            if showProgress { Console.error("planning \(snapshot.nodes.count) nodes ...") }
            let clock = ContinuousClock()
            var planned: MaterialPlan?
            let elapsed = try clock.measure { planned = try MaterialRequirementsPlanner.plan(snapshot, parameters) }
            guard let plan = planned else { return }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            if showProgress { Console.error("storing \(plan.statistics.plannedOrders) planned orders ...") }
            try database.savePlan(plan, seconds: seconds)
            if output.json {
                FileHandle.standardOutput.write(Data(plan.renderJSONBytes(seconds: seconds)))
                FileHandle.standardOutput.write(Data("\n".utf8))
                return
            }
            Console.out(PlanSummary(plan: plan, seconds: seconds, demandLines: snapshot.demandLines.count).render())
        }
    }
}
