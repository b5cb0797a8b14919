internal import FabrikCore
public import FabrikDataset
internal import Foundation
internal import GRDB

/// The all-or-nothing import of a `Dataset`, in one IMMEDIATE write
/// transaction: refuse or clear the old content, check references
/// (`DatasetReferences`; the load itself runs with foreign keys off), drop
/// the secondary indexes,
/// bulk-insert every table parents first, reset the order sequences, record
/// the run, recreate the indexes (which checks the composite keys), commit.
/// Any failure rolls everything back, so WAL readers and later opens see the
/// old content exactly as it was.
enum DatasetImporter {
    /// Test hook: where to fail on purpose, after real work was done.
    enum FailurePoint: Sendable {
        case afterInserts
        case beforeCommit
    }

    static func run(
        _ dataset: Dataset, replace: Bool, in db: Database, failAt failure: FailurePoint?,
        progress: @escaping (ImportProgress) -> Void
    ) throws -> (rowCount: Int, replacedContent: Bool) {
        let wasEmpty = try SQLiteStore.contentIsEmpty(db)
        if !replace, !wasEmpty { throw StoreError.databaseNotEmpty }
        if let broken = DatasetReferences.firstBroken(in: dataset) { throw broken }
        let startedAt = ISO8601DateFormatter().string(from: Date())
        let clock = ContinuousClock()
        let start = clock.now

        for index in DatasetSchema.secondaryIndexes + DatasetSchema.lookupIndexes {
            try db.execute(sql: "DROP INDEX IF EXISTS \(index.name)")
        }
        // The journal tables refuse DELETE by trigger; a replace lifts that
        // inside this transaction only (a rollback restores the triggers).
        try LedgerSchema.dropTriggers(db)
        for table in try SQLiteStore.contentTables(db) {
            try db.execute(sql: "DELETE FROM \"\(table)\"")
        }
        try LedgerSchema.createTriggers(db)

        var inserter = BulkInserter(db: db, rowsTotal: dataset.recordCount, progress: progress)
        try insertAllTables(dataset, with: &inserter)
        if failure == .afterInserts { throw StoreError.importFailed(table: "test", reason: "injected failure after inserts") }

        for name in DatasetSchema.sequenceNames {
            try db.execute(sql: "INSERT INTO sequences (name, next_value) VALUES (?, 1)", arguments: [name])
        }
        try db.execute(
            sql: "INSERT INTO meta (key, value) VALUES ('accounts_built_in', ?), ('imported_at', ?)",
            arguments: [dataset.accountsAreBuiltIn ? "yes" : "no", startedAt])

        for index in DatasetSchema.secondaryIndexes + DatasetSchema.lookupIndexes {
            do {
                try db.execute(sql: index.sql)
            } catch let error as DatabaseError {
                let table = index.name.components(separatedBy: "_key").first ?? index.name
                throw StoreError.importFailed(table: table, reason: "duplicate key (\(error.message ?? "unique index"))")
            }
        }
        let seconds = Self.seconds(clock.now - start)
        try db.execute(
            sql: "INSERT INTO import_runs (started_at, seconds, row_count, replaced) VALUES (?, ?, ?, ?)",
            arguments: [startedAt, seconds, dataset.recordCount, replace])
        progress(ImportProgress(table: "done", rowsDone: dataset.recordCount, rowsTotal: dataset.recordCount))
        if failure == .beforeCommit { throw StoreError.importFailed(table: "test", reason: "injected failure before commit") }
        return (dataset.recordCount, !wasEmpty)
    }

    static func seconds(_ duration: Duration) -> Double {
        let (whole, attoseconds) = duration.components
        return Double(whole) + Double(attoseconds) / 1e18
    }
}

extension SQLiteStore {
    @discardableResult
    public func importDataset(
        _ dataset: Dataset, replace: Bool, progress: (ImportProgress) -> Void
    ) throws(StoreError) -> ImportSummary {
        try importDataset(dataset, replace: replace, failAt: nil, progress: progress)
    }

    /// `importDataset` with a test hook that fails at `failure`.
    @discardableResult
    func importDataset(
        _ dataset: Dataset, replace: Bool, failAt failure: DatasetImporter.FailurePoint?,
        progress: (ImportProgress) -> Void
    ) throws(StoreError) -> ImportSummary {
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = try withoutActuallyEscaping(progress) { progress throws(StoreError) in
            try write("importing the dataset", enforcingForeignKeys: false) { db in
                try DatasetImporter.run(dataset, replace: replace, in: db, failAt: failure, progress: progress)
            }
        }
        return ImportSummary(
            rowCount: outcome.rowCount, seconds: DatasetImporter.seconds(clock.now - start), replaced: outcome.replacedContent)
    }
}
