/// Why a plan could not be made. Every case is bad input (a usage error or a
/// dataset that import should have refused); the engine never traps on data.
///
/// `description` is one sentence for people, the way the CLI prints it.
public enum PlanningError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The node graph has a cycle, written per planning.md: `A@P1 -> B@P1 -> A@P1`.
    case cycle(path: String)
    /// A plant's calendar has no working day within 3,650 days of a date planning needs.
    case noWorkingDay(plant: String)
    /// `horizon_days` outside 1...3,650.
    case horizonOutOfRange(days: Int32)
    /// The snapshot breaks one of its documented invariants.
    case invalidSnapshot(reason: String)

    public var description: String {
        switch self {
        case .cycle(let path): return "the bill of materials has a cycle: \(path)"
        case .noWorkingDay(let plant): return "plant \(plant) has no working day within 3650 days of a needed date"
        case .horizonOutOfRange(let days): return "the horizon must be 1 to 3650 days, not \(days)"
        case .invalidSnapshot(let reason): return "the planning snapshot is invalid: \(reason)"
        }
    }
}
