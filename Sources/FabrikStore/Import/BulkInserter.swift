internal import GRDB

/// Writes arrays of records into tables with one prepared multi-row
/// statement per table, reused for every batch (bind, step, reset through
/// the C API), and reports progress.
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

    /// Rows per multi-row INSERT. One statement execution costs a cursor
    /// open/close, a halt and allocations whatever its row count, so
    /// `VALUES (...), (...), ...` of 64 rows amortises that overhead; 64 x 10
    /// columns stays far below SQLite's 32,766-parameter limit.
    static let rowsPerStatement = 64

    /// Inserts `rows` into `table`; `bind` binds one row's values to
    /// parameters 1...columns.count, in `columns` order (the statement's
    /// `parameterOffset` places it within a batch).
    mutating func insert<Row>(
        _ rows: [Row], into table: String, columns: [String], bind: (RawStatement, Row) -> Void
    ) throws(StoreError) {
        try insert(count: rows.count, into: table, columns: columns) { statement, index in bind(statement, rows[index]) }
    }

    /// Inserts `count` rows; `bind` binds row `index` (0..<count) as above.
    mutating func insert(
        count rowCount: Int, into table: String, columns: [String], bind: (RawStatement, Int) -> Void
    ) throws(StoreError) {
        progress(ImportProgress(table: table, rowsDone: rowsDone, rowsTotal: rowsTotal))
        guard rowCount > 0 else { return }
        let batchSize = min(Self.rowsPerStatement, rowCount)
        let batch = try prepare(table: table, columns: columns, rowCount: batchSize)
        let single = batchSize == 1 ? batch : try prepare(table: table, columns: columns, rowCount: 1)
        let width = Int32(columns.count)
        var offset = 0
        var sinceReport = 0
        while offset < rowCount {
            let statement = rowCount - offset >= batchSize ? batch : single
            let count = statement === batch ? batchSize : 1
            for k in 0..<count {
                statement.parameterOffset = Int32(k) * width
                bind(statement, offset + k)
            }
            statement.parameterOffset = 0
            do {
                try statement.execute()
            } catch {
                let rowRange = count == 1 ? "row \(offset + 1)" : "rows \(offset + 1)-\(offset + count)"
                throw .importFailed(table: table, reason: "\(rowRange): \(Self.reason(error))")
            }
            offset += count
            sinceReport += count
            if sinceReport >= Self.progressStride {
                rowsDone += sinceReport
                sinceReport = 0
                progress(ImportProgress(table: table, rowsDone: rowsDone, rowsTotal: rowsTotal))
            }
        }
        rowsDone += sinceReport
    }

    private func prepare(table: String, columns: [String], rowCount: Int) throws(StoreError) -> RawStatement {
        let tuple = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        let values = Array(repeating: tuple, count: rowCount).joined(separator: ", ")
        let sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES \(values)"
        do {
            return try RawStatement(db, sql: sql, stagesText: true)
        } catch {
            throw .importFailed(table: table, reason: SQLiteStore.storeError(error, operation: "preparing").description)
        }
    }

    /// The SQLite message of a failure, without the wrapping sentence.
    static func reason(_ error: StoreError) -> String {
        if case .database(_, let message) = error { return message }
        return error.description
    }
}
