/// One column of a dataset file: its header name and whether it is required.
struct ColumnSpec: Sendable {
    let name: String
    let isRequired: Bool
    init(_ name: String, required: Bool = false) {
        self.name = name
        self.isRequired = required
    }
}

/// The columns of one dataset file as an enum whose raw values index
/// `schema`. Invariant: `schema.count == allCases.count` and case `n` is
/// `schema[n]`.
protocol DatasetColumn: RawRepresentable<Int>, CaseIterable {
    static var file: String { get }
    static var schema: [ColumnSpec] { get }
}

extension DatasetColumn {
    var name: String { Self.schema[rawValue].name }
}
