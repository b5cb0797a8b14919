import ArgumentParser
import FabrikCore
import FabrikScheduling
import FabrikStore
import Foundation

/// `fabrik schedule load [--plant P] [--json]`: the stored schedule's load
/// per work center per working day (load hours, capacity hours,
/// utilisation), from as_of through each work center's last loaded day.
struct ScheduleLoadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load", abstract: "Load per work center and day of the stored schedule.")

    @Option(help: "Only work centers of this plant.") var plant: String?
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try reportingFailures {
            let stored = try ScheduleSelection.loadStored(store.databasePath)
            let schedule = stored.schedule
            let selection = try ScheduleSelection(schedule, plant: plant, workCenter: nil)
            let problem = schedule.problem
            let loads = schedule.loads.filter { selection.workCenters.contains(Int($0.workCenter)) }
            if output.json {
                let rows: [JSONValue] = loads.map { load in
                    let center = problem.workCenters[Int(load.workCenter)]
                    return .object([
                        ("work_center", .string(center.code)), ("plant", .string(problem.plantCodes[Int(center.plant)])),
                        ("date", .string(load.day.iso8601)), ("load_hours", .quantity(load.loadHours)),
                        ("capacity_hours", .quantity(load.capacityHours)), ("utilisation", .quantity(load.utilisation)),
                    ])
                }
                Console.out(JSONValue.object([("as_of", .string(problem.asOf.iso8601)), ("loads", .array(rows))]).rendered())
                return
            }
            var table = TextTable(["work center", "plant", "date", "day", "load h", "capacity h", "utilisation"],
                                  alignments: [.left, .left, .left, .left, .right, .right, .right])
            for load in loads {
                let center = problem.workCenters[Int(load.workCenter)]
                let percent = load.capacityMinutes > 0 ? Double(load.loadMinutes) * 100 / Double(load.capacityMinutes) : 0
                table.append([center.code, problem.plantCodes[Int(center.plant)], load.day.iso8601, load.day.weekday.shortName,
                              load.loadHours.description, load.capacityHours.description,
                              String(format: "%.1f %%", percent) + (load.loadMinutes > load.capacityMinutes ? " !" : "")])
            }
            Console.out("Load of the schedule as of \(problem.asOf.iso8601) (run \(stored.runId)), per work center and working day.")
            Console.out(table.render())
        }
    }
}
