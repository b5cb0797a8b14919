import FabrikCore
import FabrikScheduling
import FabrikStore

/// The work centers and operations a `--plant`/`--work-center` filter
/// selects from a schedule, in the schedule's own order; refuses a plant or
/// work center the schedule does not have.
struct ScheduleSelection {
    var workCenters: Set<Int>
    /// Operation indices, in (plant, work center, machine, start) order.
    var operations: [Int]

    init(_ schedule: Schedule, plant: String?, workCenter: String?) throws {
        let problem = schedule.problem
        if let plant, !problem.plantCodes.contains(where: { utf8Equal($0, plant) }) {
            throw CommandFailure("The stored schedule has no plant \(plant).")
        }
        if let workCenter, !problem.workCenters.contains(where: { utf8Equal($0.code, workCenter) }) {
            throw CommandFailure("The stored schedule has no work center \(workCenter).")
        }
        var selected = Set<Int>()
        for (w, center) in problem.workCenters.enumerated() {
            if let plant, !utf8Equal(problem.plantCodes[Int(center.plant)], plant) { continue }
            if let workCenter, !utf8Equal(center.code, workCenter) { continue }
            selected.insert(w)
        }
        workCenters = selected
        operations = problem.operations.indices.filter { selected.contains(Int(problem.operations[$0].workCenter)) }.sorted { a, b in
            let x = problem.operations[a], y = problem.operations[b]
            let px = problem.workCenters[Int(x.workCenter)].plant, py = problem.workCenters[Int(y.workCenter)].plant
            if px != py { return px < py }
            if x.workCenter != y.workCenter { return x.workCenter < y.workCenter }
            if schedule.operationMachine[a] != schedule.operationMachine[b] { return schedule.operationMachine[a] < schedule.operationMachine[b] }
            if schedule.operationStartMinutes[a] != schedule.operationStartMinutes[b] {
                return schedule.operationStartMinutes[a] < schedule.operationStartMinutes[b]
            }
            return a < b
        }
    }

    /// The stored schedule, or the sentence that says there is none.
    static func loadStored(_ path: String) throws -> StoredSchedule {
        guard let stored = try SQLiteStore(path: path).loadSchedule() else {
            throw CommandFailure("There is no stored schedule yet; run `fabrik schedule run` first.")
        }
        return stored
    }
}
