public import FabrikCore

/// Why a dataset folder was refused: every problem found, in file order then
/// line order, each rendered `file:line: column: reason` or `file: reason`.
///
/// Invariant: `problems` is never empty. At most `DatasetReader.problemsPerFileMax`
/// problems per file and `DatasetReader.problemsTotalMax` in all are kept;
/// when a cap cut the list short, its last entry says so.
public struct DatasetReadError: Error, Sendable, CustomStringConvertible {
    public var problems: [LocatedProblem]

    public init(problems: [LocatedProblem]) {
        precondition(!problems.isEmpty, "a read error needs at least one problem")
        self.problems = problems
    }

    /// Each problem on its own line.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
