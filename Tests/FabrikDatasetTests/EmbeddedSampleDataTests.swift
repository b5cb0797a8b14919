import FabrikCore
import FabrikDataset
import Foundation
import Testing

/// The sample company compiled into the library matches SampleData/ on disk
/// and is a valid dataset.
@Suite("Embedded sample data")
struct EmbeddedSampleDataTests {
    /// The repository's SampleData folder, found from this file's path
    /// (Tests/FabrikDatasetTests/<file>; symlinks resolved).
    static var sampleFolder: String {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("SampleData").path
    }

    /// Every `.csv` file of SampleData by name.
    static var diskFiles: [String: String] {
        get throws {
            var result: [String: String] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: sampleFolder) where name.hasSuffix(".csv") {
                result[name] = try String(contentsOfFile: sampleFolder + "/" + name, encoding: .utf8)
            }
            return result
        }
    }

    @Test("the embedded files equal SampleData/*.csv byte for byte (run scripts/embed-sample-data.sh after edits)")
    func embeddedMatchesDisk() throws {
        let disk = try Self.diskFiles
        #expect(EmbeddedSampleData.files.map(\.name) == disk.keys.sorted())
        for (name, contents) in EmbeddedSampleData.files {
            #expect(Array(contents.utf8) == Array((disk[name] ?? "").utf8), "\(name) differs from SampleData/\(name)")
        }
    }

    @Test("written out, the embedded sample passes every import check")
    func embeddedIsValid() throws {
        let folder = NSTemporaryDirectory() + "fabrik-sample-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try EmbeddedSampleData.write(to: folder)
        let dataset = try DatasetReader.read(directory: folder)
        #expect(dataset.items.count == 89)
        #expect(dataset.plants.map(\.plantId) == ["PLZ", "AMS", "VLC"])
        #expect(Set(dataset.deals.map(\.stage)) == Set(DealStage.allCases))
        #expect(Set(dataset.openOrders.map(\.type)) == Set(OrderType.allCases))
        #expect(Set(dataset.itemPlants.map(\.procurement)) == Set(Procurement.allCases))
        #expect(dataset.openOrders.contains { $0.type == .production && $0.issued })
        #expect(dataset.bomLines.contains { $0.validTo != nil } && dataset.bomLines.contains { $0.scrapBasisPoints > 0 })
        #expect(dataset.supplierItems.filter { $0.itemId == "SENSOR-TQ" }.map(\.priority).sorted() == [1, 2])
        #expect(!dataset.accountsAreBuiltIn)
    }

    @Test("SampleData on disk passes every import check")
    func diskSampleIsValid() throws {
        let dataset = try DatasetReader.read(directory: Self.sampleFolder)
        #expect(dataset.recordCount == 750)
    }
}
