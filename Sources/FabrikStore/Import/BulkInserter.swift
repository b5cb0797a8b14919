internal import GRDB

/// Writes arrays of records into tables with one prepared statement per
/// table, reused for every row (bind, step, reset through the C API), and
/// reports progress.
///
/// Why: GRDB's `StatementArguments` path allocates per row; binding straight
/// into the reused `sqlite3_stmt` is what makes ~1.3 M rows fit in seconds.
/// Must run inside the import's write transaction.
struct BulkInserter {
    let db: Database
    let rowsTotal: Int
    let progress: (ImportProgress) -> Void
    private(set) var rowsDone = 0

    /// Rows between two progress reports.
    static let progressStride = 16_384

    init(db: Database, rowsTotal: Int, progress: @escaping (ImportProgress) -> Void) {
        self.db = db
        self.rowsTotal = rowsTotal
        self.progress = progress
    }

    /// Inserts `rows` into `table`; `bind` binds one row's values to
    /// parameters 1...columns.count, in `columns` order.
    mutating func insert<Row>(
        _ rows: [Row], into table: String, columns: [String], bind: (RawStatement, Row) -> Void
    ) throws(StoreError) {
        progress(ImportProgress(table: table, rowsDone: rowsDone, rowsTotal: rowsTotal))
        guard !rows.isEmpty else { return }
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        let sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(placeholders))"
        let statement: RawStatement
        do {
            statement = try RawStatement(db, sql: sql, stagesText: true)
        } catch {
            throw .importFailed(table: table, reason: SQLiteStore.storeError(error, operation: "preparing").description)
        }
        var sinceReport = 0
        for (offset, row) in rows.enumerated() {
            bind(statement, row)
            do {
                try statement.execute()
            } catch {
                throw .importFailed(table: table, reason: "row \(offset + 1): \(Self.reason(error))")
            }
            sinceReport += 1
            if sinceReport == Self.progressStride {
                rowsDone += sinceReport
                sinceReport = 0
                progress(ImportProgress(table: table, rowsDone: rowsDone, rowsTotal: rowsTotal))
            }
        }
        rowsDone += sinceReport
    }

    /// The SQLite message of a failure, without the wrapping sentence.
    static func reason(_ error: StoreError) -> String {
        if case .database(_, let message) = error { return message }
        return error.description
    }
}
