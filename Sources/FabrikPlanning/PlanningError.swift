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
    /// Quantities at a node (`ITEM@PLANT`) outgrow the fixed-point range
    /// (about 2.3 * 10^12 units summed per node).
    case quantityOverflow(node: String)

    public var description: String {
        switch self {
        case .cycle(let path): return "The bill of materials has a cycle: \(path)."
        case .noWorkingDay(let plant): return "Plant \(plant) has no working day within 3650 days of a date planning needs."
        case .horizonOutOfRange(let days): return "The horizon must be 1 to 3650 days, not \(days)."
        case .invalidSnapshot(let reason): return "The planning snapshot is invalid: \(reason)."
        case .quantityOverflow(let node):
            return "The quantities needed at \(node) exceed what Fabrik can compute exactly (about 2.3 trillion units per item and plant)."
        }
    }
}
