/// Where in a dataset a problem lies: a file, and when one row is at fault its
/// physical line (header = 1) and column name.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: String?

    public init(file: String, line: Int? = nil, column: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line: column`, `file:line`, or `file`.
    public var description: String {
        guard let line else { return file }
        if let column { return "\(file):\(line): \(column)" }
        return "\(file):\(line)"
    }
}

/// One problem found in input, rendered `file:line: column: reason` or
/// `file: reason` when no single row is at fault.
public struct LocatedProblem: Hashable, Sendable, CustomStringConvertible, Error {
    public var location: SourceLocation
    public var reason: String

    public init(_ location: SourceLocation, _ reason: String) {
        self.location = location
        self.reason = reason
    }

    public var description: String { "\(location): \(reason)" }
}
