/// One record of a CSV file as a borrowed view: `count` fields, each a run of
/// bytes (quotes removed, doubled quotes undoubled) inside the buffer being
/// parsed, and the physical line the record starts on (header = line 1).
///
/// Invariant: the view is valid only inside the `CSVReader.forEachRecord`
/// callback that received it; copy out what you keep (`string(_:)`). Field
/// access is O(1) and allocates nothing.
public struct CSVRecord {
    /// Physical line of the record's first byte (1-based).
    public let line: Int
    @usableFromInline let base: UnsafeBufferPointer<UInt8>
    /// Start and end offsets of each field, two entries per field.
    @usableFromInline let bounds: UnsafeBufferPointer<Int>

    init(line: Int, base: UnsafeBufferPointer<UInt8>, bounds: UnsafeBufferPointer<Int>) {
        self.line = line
        self.base = base
        self.bounds = bounds
    }

    /// The number of fields.
    @inlinable public var count: Int { bounds.count / 2 }

    /// The bytes of field `index` (precondition: `0 <= index < count`).
    @inlinable public subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: base[bounds[2 * index] ..< bounds[2 * index + 1]])
    }

    /// A copy of field `index` as a String (the file was checked to be UTF-8).
    public func string(_ index: Int) -> String {
        String(decoding: self[index], as: UTF8.self)
    }

    /// Every field as a String (for tests and small files).
    public var strings: [String] { (0..<count).map(string) }
}

/// A CSV syntax error: malformed quoting at a physical line.
public struct CSVSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Hashable, Sendable {
        /// A quoted field runs to the end of the file.
        case unclosedQuote
        /// A `"` inside a field that did not start with one.
        case quoteInUnquotedField
        /// Something other than a comma or line end right after a closing quote.
        case textAfterClosingQuote
    }

    /// The physical line of the fault (for an unclosed quote: where it opened).
    public var line: Int
    public var kind: Kind

    public init(line: Int, kind: Kind) {
        self.line = line
        self.kind = kind
    }

    /// The reason as a sentence, without the line.
    public var reason: String {
        switch kind {
        case .unclosedQuote: return "a quoted field is not closed before the end of the file"
        case .quoteInUnquotedField: return "a quote appears inside a field that is not quoted"
        case .textAfterClosingQuote: return "text follows a closing quote before the next comma or line end"
        }
    }

    public var description: String { "line \(line): \(reason)" }
}
