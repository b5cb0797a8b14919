internal import GRDB

extension SQLiteStore {
    public func isEmpty() throws(StoreError) -> Bool {
        try read("checking whether the database is empty") { db in try SQLiteStore.contentIsEmpty(db) }
    }

    /// Counts of every content table: the dataset tables parents first, the
    /// bookkeeping and plan tables, then tables other modules' migrations
    /// added, by name.
    public func tableCounts() throws(StoreError) -> [TableCount] {
        try read("counting rows") { db in
            try SQLiteStore.contentTables(db).reversed().map { table in
                TableCount(table: table, count: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \"\(table)\"") ?? 0)
            }
        }
    }

    /// Every content table of the database, children first: the tables this
    /// module knows in their dependency order, preceded by any other table a
    /// later migration created (by name, descending, so the reversed list
    /// shows them last in ascending order). Excludes SQLite's and GRDB's
    /// internal tables. An import with replace empties all of them, so "the
    /// whole content" stays true when new tables arrive.
    static func contentTables(_ db: Database) throws -> [String] {
        let known = DatasetSchema.contentTablesChildrenFirst
        let all = try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master
            WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'
            ORDER BY name DESC
            """)
        let knownSet = Set(known)
        return all.filter { !knownSet.contains($0) } + known
    }

    /// True when no content table holds a row.
    static func contentIsEmpty(_ db: Database) throws -> Bool {
        for table in try contentTables(db) {
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \"\(table)\")") == true { return false }
        }
        return true
    }
}
