internal import GRDB

/// The schema history as named GRDB migrations. Identifiers are stable
/// forever: a shipped migration is never edited, only followed by a new one.
enum StoreMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-dataset") { db in
            for sql in DatasetSchema.tables { try db.execute(sql: sql) }
            for index in DatasetSchema.secondaryIndexes { try db.execute(sql: index.sql) }
        }
        migrator.registerMigration("v1-plan") { db in
            for sql in PlanSchema.tables { try db.execute(sql: sql) }
        }
        // Databases created before the BOM and open-order lookup indexes were
        // dropped from the bulk-load list (docs/store.md, Performance).
        migrator.registerMigration("v2-trim-indexes") { db in
            for name in ["bom_lines_parent", "bom_lines_component", "open_orders_node"] {
                try db.execute(sql: "DROP INDEX IF EXISTS \(name)")
            }
        }
        migrator.registerMigration("v3-schedule") { db in
            for sql in ScheduleSchema.tables { try db.execute(sql: sql) }
        }
        migrator.registerMigration("v3-ledger") { db in
            for sql in LedgerSchema.tables { try db.execute(sql: sql) }
            try LedgerSchema.createTriggers(db)
        }
        migrator.registerMigration("v4-schedule-plan-basis") { db in try ScheduleBasisSchema.migrate(db) }
        migrator.registerMigration("v5-ledger-reversals") { db in try LedgerReversalSchema.migrate(db) }
        migrator.registerMigration("v6-bom-parent-index") { db in
            for index in DatasetSchema.lookupIndexes { try db.execute(sql: index.sql) }
        }
        migrator.registerMigration("v7-journal-lines-clustered") { db in try LedgerLinesSchema.migrate(db) }
        return migrator
    }
}
