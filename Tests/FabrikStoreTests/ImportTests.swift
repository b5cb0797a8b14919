import FabrikCore
import FabrikDataset
import Testing
@testable import FabrikStore

@Suite("Importing a dataset")
struct ImportTests {
    @Test("a fresh database is empty and accepts an import")
    func freshDatabaseAcceptsImport() throws {
        let temp = TemporaryDatabase()
        let store = try temp.open()
        #expect(try store.isEmpty())
        let summary = try store.importDataset(SampleDatasets.bikes, replace: false)
        #expect(summary.rowCount == SampleDatasets.bikes.recordCount)
        #expect(summary.replaced == false)
        #expect(try !store.isEmpty())
    }

    @Test("every table holds as many rows as the dataset has records")
    func rowCountsMatchDataset() throws {
        let temp = TemporaryDatabase()
        let store = try temp.open()
        let dataset = SampleDatasets.bikes
        try store.importDataset(dataset, replace: false)
        let counts = try store.tableCounts()
        let expected: [(String, Int)] = [
            ("plants", dataset.plants.count), ("holidays", dataset.holidays.count), ("items", dataset.items.count),
            ("item_plants", dataset.itemPlants.count), ("bom_lines", dataset.bomLines.count),
            ("work_centers", dataset.workCenters.count), ("routings", dataset.routings.count),
            ("suppliers", dataset.suppliers.count), ("supplier_items", dataset.supplierItems.count),
            ("inventory", dataset.inventory.count), ("open_orders", dataset.openOrders.count),
            ("customers", dataset.customers.count), ("deals", dataset.deals.count),
            ("deal_lines", dataset.dealLines.count), ("accounts", dataset.accounts.count),
            ("sequences", 3), ("import_runs", 1), ("planned_orders", 0), ("plan_pegs", 0),
        ]
        for (table, count) in expected {
            #expect(counts.count(of: table) == count, "\(table)")
        }
    }

    @Test("values come back as imported: BOM model with quantities, money, days and enums")
    func valuesRoundTrip() throws {
        let temp = TemporaryDatabase()
        let store = try temp.open()
        let dataset = SampleDatasets.bikes
        try store.importDataset(dataset, replace: false)
        let model = try store.loadBomModel()
        #expect(model.items.map(\.itemId) == ["BIKE", "FRAME", "KIT", "Zinc", "bolt", "é-CHAIN"])
        #expect(model.plants.map(\.plantId) == ["P1", "P2"])
        #expect(Set(model.items) == Set(dataset.items))
        #expect(Set(model.plants) == Set(dataset.plants))
        #expect(Set(model.itemPlants) == Set(dataset.itemPlants))
        #expect(model.bomLines == dataset.bomLines)
        let zinc = model.items.first { $0.itemId == "Zinc" }
        #expect(zinc?.decimals == 3)
        #expect(zinc?.standardCost == Money(rawTenThousandths: 99_900))
        #expect(model.itemPlants.map { "\($0.itemId)@\($0.plantId)" }.first == "BIKE@P1")
    }

    @Test("progress reaches every record and ends at the total")
    func progressReported() throws {
        let temp = TemporaryDatabase()
        let store = try temp.open()
        var reports: [ImportProgress] = []
        try store.importDataset(SampleDatasets.bikes, replace: false) { reports.append($0) }
        let total = SampleDatasets.bikes.recordCount
        #expect(reports.last == ImportProgress(table: "done", rowsDone: total, rowsTotal: total))
        #expect(zip(reports, reports.dropFirst()).allSatisfy { $0.rowsDone <= $1.rowsDone })
        #expect(reports.contains { $0.table == "deal_lines" })
    }

    @Test("an import into a database holding data is refused without replace")
    func refusesNonEmptyDatabase() throws {
        let temp = TemporaryDatabase()
        let store = try temp.open()
        try store.importDataset(SampleDatasets.bikes, replace: false)
        let before = try store.contentDump()
        #expect(throws: StoreError.databaseNotEmpty) {
            try store.importDataset(SampleDatasets.bakery, replace: false)
        }
        #expect(try store.contentDump() == before)
        #expect(StoreError.databaseNotEmpty.description.contains("--replace"))
    }

    @Test("replace swaps the whole content, as if into a new database")
    func replaceReplacesEverything() throws {
        let temp = TemporaryDatabase()
        let store = try temp.open()
        try store.importDataset(SampleDatasets.bikes, replace: false)
        try store.executeRaw("UPDATE sequences SET next_value = 42 WHERE name = 'PUR'")
        let summary = try store.importDataset(SampleDatasets.bakery, replace: true)
        #expect(summary.replaced)

        let fresh = TemporaryDatabase()
        let freshStore = try fresh.open()
        try freshStore.importDataset(SampleDatasets.bakery, replace: false)
        #expect(try store.tableCounts() == freshStore.tableCounts())
        #expect(try store.loadBomModel().items.map(\.itemId) == ["BREAD", "FLOUR"])
        #expect(try store.queryText("SELECT next_value FROM sequences WHERE name = 'PUR'") == "1")
        #expect(try store.queryText("SELECT value FROM meta WHERE key = 'accounts_built_in'") == "yes")
    }

    @Test("tables added by later migrations count as content and are emptied by replace")
    func laterTablesAreContent() throws {
        let temp = TemporaryDatabase()
        let store = try temp.open()
        try store.executeRaw("CREATE TABLE journal_entries_test (entry_id TEXT PRIMARY KEY)")
        try store.executeRaw("INSERT INTO journal_entries_test VALUES ('E-1')")
        #expect(try !store.isEmpty())
        #expect(throws: StoreError.databaseNotEmpty) { try store.importDataset(SampleDatasets.bakery, replace: false) }
        try store.importDataset(SampleDatasets.bakery, replace: true)
        let counts = try store.tableCounts()
        #expect(counts.contains(TableCount(table: "journal_entries_test", count: 0)))
        #expect(counts.first?.table == "plants")
    }

    @Test("a reopened database keeps its content and migrations run once")
    func reopenKeepsContent() throws {
        let temp = TemporaryDatabase()
        do {
            let store = try temp.open()
            try store.importDataset(SampleDatasets.bikes, replace: false)
        }
        let reopened = try temp.open()
        #expect(try reopened.tableCounts().count(of: "items") == 6)
        let migrations = try reopened.queryText("SELECT group_concat(identifier, ',') FROM grdb_migrations") ?? ""
        #expect(migrations.hasPrefix("v1-dataset,v1-plan,v2-trim-indexes"))
        #expect(migrations.split(separator: ",").count == Set(migrations.split(separator: ",")).count)
    }
}
