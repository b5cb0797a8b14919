internal import GRDB
internal import GRDBSQLite

/// A prepared statement driven directly through the SQLite C API: the bulk
/// paths (import, snapshot loading, plan saving) bind and read columns
/// without GRDB's per-row `StatementArguments`/`Row` objects.
///
/// Invariant: the wrapped GRDB `Statement` is alive as long as this object,
/// so `handle` stays valid; a write is reset after each `execute()`, a query
/// is reset by `reset()` before being bound again. Bind failures (only a
/// programming error: a wrong index) are remembered and reported by the next
/// `execute()`.
///
/// Text binding: normally SQLite copies each string (SQLITE_TRANSIENT). A
/// statement made with `stagesText` (bulk inserts) instead appends the row's
/// strings to one reused byte buffer and binds them SQLITE_STATIC inside
/// `execute()`, while the buffer is pinned: no allocation per string, which
/// measured ~20 % of a 1 M-row import (malloc, free and SQLite's
/// memory-statistics mutex). Every execute rebinds all staged texts, so no
/// stale pointer is ever stepped.
final class RawStatement {
    private let statement: Statement
    private let handle: OpaquePointer
    private var bindFailure: Int32 = SQLITE_OK
    private let stagesText: Bool
    /// Added to every bind index: a multi-row INSERT binds row k of a batch
    /// with the row's own indexes 1...columns and `parameterOffset = k * columns`.
    var parameterOffset: Int32 = 0
    private var stagedBytes: [UInt8] = []
    private var stagedTexts: [(index: Int32, offset: Int, count: Int)] = []
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    init(_ db: Database, sql: String, stagesText: Bool = false) throws {
        statement = try db.makeStatement(sql: sql)
        handle = statement.sqliteStatement
        self.stagesText = stagesText
        if stagesText {
            stagedBytes.reserveCapacity(1_024)
            stagedTexts.reserveCapacity(16)
        }
    }

    // MARK: Binding (1-based indexes, as in SQLite)

    func bind(_ index: Int32, _ value: Int64) {
        record(sqlite3_bind_int64(handle, index + parameterOffset, value))
    }

    func bind(_ index: Int32, _ value: Int32) {
        record(sqlite3_bind_int64(handle, index + parameterOffset, Int64(value)))
    }

    func bind(_ index: Int32, _ value: Int64?) {
        if let value { bind(index, value) } else { bindNull(index) }
    }

    func bind(_ index: Int32, _ value: Int32?) {
        if let value { bind(index, Int64(value)) } else { bindNull(index) }
    }

    func bind(_ index: Int32, _ value: Bool) {
        record(sqlite3_bind_int64(handle, index + parameterOffset, value ? 1 : 0))
    }

    func bind(_ index: Int32, _ value: Double) {
        record(sqlite3_bind_double(handle, index + parameterOffset, value))
    }

    /// Binds UTF-8 text: staged (see the type's comment) or copied by SQLite
    /// (SQLITE_TRANSIENT), so the Swift buffer need not outlive the call.
    /// An empty string binds '' (not NULL).
    func bind(_ index: Int32, _ value: String) {
        let index = index + parameterOffset
        var text = value
        if stagesText {
            let offset = stagedBytes.count
            text.withUTF8 { stagedBytes.append(contentsOf: $0) }
            stagedTexts.append((index, offset, stagedBytes.count - offset))
            return
        }
        let code = text.withUTF8 { buffer -> Int32 in
            guard let base = buffer.baseAddress, buffer.count > 0 else {
                return sqlite3_bind_text(handle, index, "", 0, RawStatement.transient)
            }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                sqlite3_bind_text(handle, index, $0, Int32(buffer.count), RawStatement.transient)
            }
        }
        record(code)
    }

    func bind(_ index: Int32, _ value: String?) {
        if let value { bind(index, value) } else { bindNull(index) }
    }

    func bindNull(_ index: Int32) {
        record(sqlite3_bind_null(handle, index + parameterOffset))
    }

    private func record(_ code: Int32) {
        if code != SQLITE_OK, bindFailure == SQLITE_OK { bindFailure = code }
    }

    // MARK: Stepping

    /// Runs a statement that returns no row, then resets it for the next bindings.
    func execute() throws(StoreError) {
        if bindFailure != SQLITE_OK {
            let code = bindFailure
            bindFailure = SQLITE_OK
            stagedBytes.removeAll(keepingCapacity: true)
            stagedTexts.removeAll(keepingCapacity: true)
            sqlite3_reset(handle)
            throw .database(operation: "binding values", message: String(cString: sqlite3_errstr(code)))
        }
        let code = stagedTexts.isEmpty ? sqlite3_step(handle) : stepWithStagedTexts()
        guard code == SQLITE_DONE || code == SQLITE_ROW else {
            let message = errorMessage
            sqlite3_reset(handle)
            throw .database(operation: "writing a row", message: message)
        }
        sqlite3_reset(handle)
    }

    /// Binds the staged texts SQLITE_STATIC and steps while their buffer is pinned.
    private func stepWithStagedTexts() -> Int32 {
        defer {
            stagedBytes.removeAll(keepingCapacity: true)
            stagedTexts.removeAll(keepingCapacity: true)
        }
        return stagedBytes.withUnsafeBufferPointer { buffer -> Int32 in
            // An empty buffer has no base address; bind '' from a static literal.
            let base = buffer.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }
            for text in stagedTexts {
                let code: Int32
                if let base, text.count > 0 {
                    code = sqlite3_bind_text(handle, text.index, base + text.offset, Int32(text.count), nil)
                } else {
                    code = sqlite3_bind_text(handle, text.index, "", 0, RawStatement.transient)
                }
                if code != SQLITE_OK { return code }
            }
            return sqlite3_step(handle)
        }
    }

    /// Advances a query: true when a row is available, false when done.
    func step() throws(StoreError) -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let message = errorMessage
            sqlite3_reset(handle)
            throw .database(operation: "reading rows", message: message)
        }
    }

    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    private var errorMessage: String {
        guard let db = sqlite3_db_handle(handle), let text = sqlite3_errmsg(db) else { return "unknown SQLite error" }
        return String(cString: text)
    }

    // MARK: Reading columns (0-based indexes, as in SQLite)

    func isNull(_ column: Int32) -> Bool {
        sqlite3_column_type(handle, column) == SQLITE_NULL
    }

    func int64(_ column: Int32) -> Int64 {
        sqlite3_column_int64(handle, column)
    }

    func int32(_ column: Int32) -> Int32 {
        Int32(truncatingIfNeeded: sqlite3_column_int64(handle, column))
    }

    func optionalInt64(_ column: Int32) -> Int64? {
        isNull(column) ? nil : int64(column)
    }

    func optionalInt32(_ column: Int32) -> Int32? {
        isNull(column) ? nil : int32(column)
    }

    func double(_ column: Int32) -> Double {
        sqlite3_column_double(handle, column)
    }

    /// The column as UTF-8 text ('' for NULL).
    func text(_ column: Int32) -> String {
        guard let pointer = sqlite3_column_text(handle, column) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    func optionalText(_ column: Int32) -> String? {
        isNull(column) ? nil : text(column)
    }

    /// Calls `body` with the column's UTF-8 bytes, without making a String.
    func withTextBytes<T>(_ column: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        guard let pointer = sqlite3_column_text(handle, column) else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        let count = Int(sqlite3_column_bytes(handle, column))
        return body(UnsafeBufferPointer(start: pointer, count: count))
    }
}
