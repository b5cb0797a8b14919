internal import GRDB

extension SQLiteStore {
    public func isEmpty() throws(StoreError) -> Bool {
        try read("checking whether the database is empty") { db in try SQLiteStore.contentIsEmpty(db) }
    }

    /// Counts of the dataset tables (parents first), then the bookkeeping
    /// and plan tables.
    public func tableCounts() throws(StoreError) -> [TableCount] {
        try read("counting rows") { db in
            try SQLiteStore.countedTables.map { table in
                TableCount(table: table, count: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0)
            }
        }
    }

    /// Every content table, parents first (the reverse of the delete order).
    static let countedTables: [String] = DatasetSchema.contentTablesChildrenFirst.reversed()
}
