/// Why the dataset generator could not do its work: bad parameters or a
/// file-system failure. Thrown, never trapped.
public enum GeneratorError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A parameter is outside its documented range.
    case invalidParameter(name: String, reason: String)
    /// The output directory could not be created.
    case cannotCreateDirectory(path: String, errno: Int32)
    /// A file could not be opened, written or closed.
    case cannotWrite(path: String, errno: Int32)

    public var description: String {
        switch self {
        case .invalidParameter(let name, let reason): return "generator parameter \(name): \(reason)"
        case .cannotCreateDirectory(let path, let code): return "\(path): cannot create directory (errno \(code))"
        case .cannotWrite(let path, let code): return "\(path): cannot write (errno \(code))"
        }
    }
}
