import ArgumentParser
import FabrikCore
import FabrikScheduling
import FabrikStore
import Foundation

/// `fabrik schedule show [--plant P] [--work-center W] [--format table|csv|json|svg]`:
/// the stored schedule's operations. `json` without a filter is the
/// `schedule run --json` document byte for byte; with one, the same shape
/// restricted to the selected operations and their orders. `svg` is the
/// Gantt chart (`GanttChart`).
struct ScheduleShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "The stored schedule as a table, CSV, JSON or an SVG Gantt chart.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json, svg
    }

    @Option(help: "Only work centers of this plant.") var plant: String?
    @Option(name: .customLong("work-center"), help: "Only this work center.") var workCenter: String?
    @Option(help: "table, csv, json or svg (default table).") var format: Format = .table
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try reportingFailures {
            let stored = try ScheduleSelection.loadStored(store.databasePath)
            let selection = try ScheduleSelection(stored.schedule, plant: plant, workCenter: workCenter)
            let schedule = stored.schedule
            switch output.json ? .json : format {
            case .svg:
                FileHandle.standardOutput.write(Data(GanttChart.svg(schedule, plant: plant, workCenter: workCenter).utf8))
            case .json where plant == nil && workCenter == nil:
                FileHandle.standardOutput.write(Data(schedule.renderJSONBytes(seconds: stored.seconds)))
            case .json:
                Console.out(ScheduleRows.json(schedule, selection, seconds: stored.seconds).rendered())
            case .csv:
                FileHandle.standardOutput.write(Data(ScheduleRows.csv(schedule, selection).utf8))
            case .table:
                Console.out("Schedule of run \(stored.runId), as of \(schedule.problem.asOf.iso8601), stored \(stored.storedAt).")
                Console.out(ScheduleRows.table(schedule, selection).render())
                Console.out("\(selection.operations.count) of \(schedule.problem.operations.count) operations.")
            }
        }
    }
}
