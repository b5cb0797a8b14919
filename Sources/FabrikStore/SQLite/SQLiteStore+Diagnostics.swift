internal import GRDB

/// Internal views of the raw database for tests and diagnostics
/// (`@testable import FabrikStore`): a full content dump, PRAGMA values and
/// a raw SQL escape hatch. Not part of the store's contract.
extension SQLiteStore {
    /// Every row of every content table, in table then key (scan) order, each
    /// rendered with its column names and typed values: two equal dumps mean
    /// equal content.
    func contentDump() throws(StoreError) -> [String] {
        try read("dumping the content") { db in
            var lines: [String] = []
            for table in try SQLiteStore.contentTables(db).reversed() {
                lines.append("# \(table)")
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"") {
                    lines.append(row.description)
                }
            }
            let schema = try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")
            lines.append(contentsOf: schema)
            return lines
        }
    }

    /// The value of a PRAGMA as text, read on a reader connection.
    func pragma(_ name: String) throws(StoreError) -> String {
        try read("reading a pragma") { db in
            try String.fetchOne(db, sql: "PRAGMA \(name)") ?? ""
        }
    }

    /// The value of a PRAGMA as text, read on the writer connection.
    func writerPragma(_ name: String) throws(StoreError) -> String {
        do {
            return try pool.writeWithoutTransaction { db in try String.fetchOne(db, sql: "PRAGMA \(name)") ?? "" }
        } catch {
            throw Self.storeError(error, operation: "reading a pragma")
        }
    }

    /// Runs raw SQL in a write transaction (tests set up states the public
    /// API does not reach yet, e.g. shipped quantities).
    func executeRaw(_ sql: String) throws(StoreError) {
        try write("running raw SQL") { db in try db.execute(sql: sql) }
    }

    /// The first column of the first row of a raw query, as text.
    func queryText(_ sql: String) throws(StoreError) -> String? {
        try read("running a raw query") { db in try String.fetchOne(db, sql: sql) }
    }
}
