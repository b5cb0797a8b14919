internal import GRDB

/// Rows written through multi-row INSERTs (`INSERT ... VALUES (...), (...)`)
/// of `rowsPerStatement` rows, each statement prepared once and reused
/// with texts staged (`RawStatement`): the technique of the importer, for
/// the journal writers (`ManualEntryWriter`, `JournalBulkWriter`).
///
/// Why: one execution's fixed cost (cursor open, halt, reset) is spread
/// over many rows; 128 rows stay far below SQLite's parameter limit.
struct MultiRowInsert {
    let db: Database
    static let rowsPerStatement = 128

    /// Binds `count` rows in statements of `rowsPerStatement` rows (the last
    /// one shorter): `sql` is the INSERT up to `VALUES `, `tuple` one row's
    /// `(?, ...)` with `width` parameters; `bind(statement, row)` binds row
    /// `row`'s parameters 1...width. `report(rows)` after each statement.
    func insert(count: Int, sql: String, tuple: String, width: Int32, report: (Int) -> Void = { _ in },
                bind: (RawStatement, Int) -> Void) throws {
        var row = 0
        var full: RawStatement?
        while row < count {
            let rows = min(Self.rowsPerStatement, count - row)
            let statement: RawStatement
            if rows == Self.rowsPerStatement, let full {
                statement = full
            } else {
                statement = try RawStatement(db, sql: sql + Array(repeating: tuple, count: rows).joined(separator: ", "),
                                             stagesText: true)
                if rows == Self.rowsPerStatement { full = statement }
            }
            for k in 0..<rows {
                statement.parameterOffset = Int32(k) * width
                bind(statement, row + k)
            }
            statement.parameterOffset = 0
            try statement.execute()
            row += rows
            report(rows)
        }
    }
}
