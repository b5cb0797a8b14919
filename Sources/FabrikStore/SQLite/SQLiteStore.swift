internal import GRDB

/// The SQLite implementation of `FabrikStoring`: one database file in WAL
/// mode, through a GRDB `DatabasePool` (one writer, concurrent readers that
/// see the last committed state while a write runs).
///
/// Invariants: opening a path creates the file if needed and applies every
/// migration before the store is returned; every connection has foreign keys
/// on and a busy timeout; every public method is one transaction and maps
/// failures to `StoreError`.
public final class SQLiteStore: FabrikStoring, Sendable {
    /// The database file.
    public let path: String
    let pool: DatabasePool

    /// Page cache of every connection: 64 MiB (negative = KiB).
    static let cacheSize = -65_536
    /// Page cache of the writer during a bulk import: 512 MiB, so the ~200 MB
    /// of pages a 100k-item import touches are never spilled to the WAL
    /// before commit, and index builds sort in memory.
    static let bulkCacheSize = -524_288

    /// How long a connection waits for another one's lock before failing.
    static let busyTimeoutSeconds: Double = 10

    /// Opens (creating if needed) the database at `path` and migrates it.
    public init(path: String) throws(StoreError) {
        self.path = path
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(SQLiteStore.busyTimeoutSeconds)
        configuration.label = "fabrik"
        configuration.prepareDatabase { db in
            // WAL makes NORMAL safe against corruption; a commit may be lost
            // on power failure only, never half-applied.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = \(SQLiteStore.cacheSize)")
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            // A read first: an up-to-date database (every command but the
            // first) opens without a write transaction, a WAL commit and its syncs.
            let migrator = StoreMigrations.migrator
            if try !pool.read({ try migrator.hasCompletedMigrations($0) }) {
                try migrator.migrate(pool)
            }
        } catch let error as DatabaseError {
            throw .cannotOpen(path: path, reason: error.message ?? error.description)
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
    }

    // MARK: Transactions with error mapping

    /// Runs `body` in a read transaction (a consistent snapshot).
    func read<T>(_ operation: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw Self.storeError(error, operation: operation)
        }
    }

    /// Runs `body` in one IMMEDIATE write transaction, rolled back if it throws.
    /// With `enforcingForeignKeys: false` (the bulk import) the writer
    /// connection skips row-by-row foreign key checks and uses the bulk page
    /// cache for this transaction only (the import checks references itself,
    /// see `DatasetReferences`);
    /// the pragma can only change outside a transaction, so it is switched
    /// here and always switched back.
    func write<T>(
        _ operation: String, enforcingForeignKeys: Bool = true, _ body: (Database) throws -> T
    ) throws(StoreError) -> T {
        do {
            return try pool.writeWithoutTransaction { db in
                if !enforcingForeignKeys {
                    try db.execute(sql: "PRAGMA foreign_keys = OFF")
                    try db.execute(sql: "PRAGMA cache_size = \(SQLiteStore.bulkCacheSize)")
                }
                defer {
                    if !enforcingForeignKeys {
                        try? db.execute(sql: "PRAGMA foreign_keys = ON")
                        try? db.execute(sql: "PRAGMA cache_size = \(SQLiteStore.cacheSize)")
                    }
                }
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                guard let result else { throw StoreError.database(operation: operation, message: "the transaction returned nothing") }
                return result
            }
        } catch {
            throw Self.storeError(error, operation: operation)
        }
    }

    static func storeError(_ error: any Error, operation: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError {
            return .database(operation: operation, message: error.message ?? error.description)
        }
        return .database(operation: operation, message: "\(error)")
    }
}
