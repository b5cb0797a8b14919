import FabrikScheduling
import FabrikStore
import Foundation

/// The demo's scheduling page: a deterministic run (a fixed iteration
/// count) on the plan just stored, its summary, and the Gantt chart written
/// as an SVG file next to the demo database.
struct ScheduleDemoSection {
    var database: SQLiteStore
    static let iterations = 300

    func print() throws {
        let run = try ScheduleRun.perform(database: database, asOf: nil, iterations: Self.iterations, timeLimitSeconds: nil,
                                          progress: false)
        Console.out("\n-- Planner: finite-capacity schedule (fabrik schedule run --iterations \(Self.iterations))")
        Console.out(ScheduleSummary(schedule: run.schedule, seconds: run.seconds, lateOrdersMax: 5, workCentersMax: 5).render())
        let databaseURL = URL(fileURLWithPath: database.path)
        let svgURL = databaseURL.deletingPathExtension().appendingPathExtension("gantt.svg")
        do {
            try Data(GanttChart.svg(run.schedule).utf8).write(to: svgURL)
        } catch {
            throw CommandFailure("Cannot write the Gantt chart to \(svgURL.path): \(error.localizedDescription)")
        }
        Console.out("\nGantt chart of the schedule: \(svgURL.path) (fabrik schedule show --format svg)")
    }
}
