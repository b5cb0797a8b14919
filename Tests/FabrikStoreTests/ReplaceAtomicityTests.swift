import FabrikCore
import FabrikDataset
import Testing
@testable import FabrikStore

@Suite("A failed import changes nothing")
struct ReplaceAtomicityTests {
    /// Imports `bikes`, attempts a replace that must fail, and checks the
    /// table dump (every row, typed values, the schema) is unchanged.
    private func expectReplaceFailsLeavingContent(
        _ replacement: Dataset, failAt failure: DatasetImporter.FailurePoint? = nil,
        failingTable: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let temp = TemporaryDatabase()
        let store = try temp.open()
        try store.importDataset(SampleDatasets.bikes, replace: false)
        let before = try store.contentDump()
        do {
            try store.importDataset(replacement, replace: true, failAt: failure, progress: { _ in })
            Issue.record("the replace succeeded", sourceLocation: sourceLocation)
        } catch {
            guard case .importFailed(let table, _) = error else {
                Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
                return
            }
            #expect(table == failingTable, sourceLocation: sourceLocation)
        }
        #expect(try store.contentDump() == before, sourceLocation: sourceLocation)
        // Another connection (a fresh open) sees the same old content.
        #expect(try temp.open().contentDump() == before, sourceLocation: sourceLocation)
    }

    @Test("a duplicate primary key midway through the load rolls back")
    func duplicatePrimaryKey() throws {
        var broken = SampleDatasets.bakery
        broken.items.append(ItemRecord(itemId: "BREAD", name: "Bread again"))
        try expectReplaceFailsLeavingContent(broken, failingTable: "items")
    }

    @Test("a duplicate composite key found when indexes are rebuilt rolls back")
    func duplicateCompositeKey() throws {
        var broken = SampleDatasets.bakery
        broken.itemPlants.append(ItemPlantRecord(itemId: "FLOUR", plantId: "B1", procurement: .make))
        try expectReplaceFailsLeavingContent(broken, failingTable: "item_plants")
    }

    @Test("a reference to an unknown item is refused by the foreign keys")
    func unknownReference() throws {
        var broken = SampleDatasets.bakery
        broken.inventory.append(InventoryRecord(itemId: "CAKE", plantId: "B1", onHand: .units(1)))
        try expectReplaceFailsLeavingContent(broken, failingTable: "inventory")
    }

    @Test("a failure injected after every insert rolls back")
    func injectedAfterInserts() throws {
        try expectReplaceFailsLeavingContent(SampleDatasets.bakery, failAt: .afterInserts, failingTable: "test")
    }

    @Test("a failure injected just before commit rolls back")
    func injectedBeforeCommit() throws {
        try expectReplaceFailsLeavingContent(SampleDatasets.bakery, failAt: .beforeCommit, failingTable: "test")
    }

    @Test("while a replace runs, readers see the old content; after commit, the new")
    func readersSeeOldContentUntilCommit() throws {
        let temp = TemporaryDatabase()
        let store = try temp.open()
        try store.importDataset(SampleDatasets.bikes, replace: false)
        var seenDuringImport: [String] = []
        try store.importDataset(SampleDatasets.bakery, replace: true) { progress in
            if progress.table == "accounts", seenDuringImport.isEmpty {
                seenDuringImport = (try? store.loadBomModel().items.map(\.itemId)) ?? ["read failed"]
            }
        }
        #expect(seenDuringImport == ["BIKE", "FRAME", "KIT", "Zinc", "bolt", "é-CHAIN"])
        #expect(try store.loadBomModel().items.map(\.itemId) == ["BREAD", "FLOUR"])
    }
}
