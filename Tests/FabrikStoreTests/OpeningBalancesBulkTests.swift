import FabrikCore
import FabrikDataset
import FabrikLedger
import Foundation
import GRDB
import Testing
@testable import FabrikStore

/// The import's opening entries written in bulk (`JournalBulkWriter`) are
/// row for row those of the entry-by-entry path, on the sample data and on
/// a generated dataset with issued production orders and transfers.
@Suite("Opening balances in bulk")
struct OpeningBalancesBulkTests {
    static let opening = Day(iso8601: "2026-11-02") ?? Day(daysSinceEpoch: 0)

    /// The same dataset imported twice: with the bulk opening entries, and
    /// without any, followed by the entry-by-entry opening entries in one
    /// write transaction. Returns both journals' dumps and the bulk count.
    static func bothWays(_ dataset: Dataset) throws -> (bulk: [String], reference: [String], posted: Int, referencePosted: Int) {
        let bulkTemp = TemporaryDatabase(), referenceTemp = TemporaryDatabase()
        let bulk = try bulkTemp.open(), reference = try referenceTemp.open()
        try bulk.importDataset(dataset, replace: false, openingDate: opening, progress: { _ in })
        try reference.importDataset(dataset, replace: false)
        let referencePosted = try reference.write("opening balances, entry by entry") { db in
            try OpeningBalances.post(db, date: opening, entryByEntry: true)
        }
        let posted = try bulk.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM journal_entries") ?? 0 }
        return (try ManualPostingStoreTests.dump(bulk), try ManualPostingStoreTests.dump(reference), posted, referencePosted)
    }

    @Test("on the sample data the bulk rows equal the entry-by-entry rows")
    func sampleData() throws {
        let result = try Self.bothWays(SampleDataTests.sampleDataset())
        #expect(result.posted == result.referencePosted && result.posted > 0)
        #expect(result.bulk == result.reference)
        // Hand-checked: the first stock entry, its lines with item and plant, and its day's movement.
        #expect(result.bulk.contains { $0.contains("opening/stock/") && $0.contains("source:\"event\"") })
    }

    @Test("on a generated dataset with issued orders the bulk rows equal the entry-by-entry rows")
    func generatedData() throws {
        let temp = TemporaryDatabase()
        let folder = temp.directory.appendingPathComponent("dataset").path
        try DatasetGenerator.write(GeneratorParameters(items: 400), to: folder)
        let dataset = try DatasetReader.read(directory: folder)
        #expect(dataset.openOrders.contains { $0.issued && $0.type == .production })
        #expect(dataset.openOrders.contains { $0.issued && $0.type == .transfer })
        let result = try Self.bothWays(dataset)
        #expect(result.posted == result.referencePosted)
        #expect(result.bulk == result.reference)
        #expect(result.bulk.contains { $0.contains("opening/wip/") })
        #expect(result.bulk.contains { $0.contains("opening/transit/") })
    }
}
