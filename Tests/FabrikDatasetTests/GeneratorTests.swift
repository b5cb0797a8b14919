import FabrikCore
import FabrikDataset
import Foundation
import Testing

/// The dataset generator: determinism, scaling and validity through `DatasetReader`.
@Suite("Dataset generator")
struct GeneratorTests {
    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder(_ label: String) -> String {
        let path = NSTemporaryDirectory() + "fabrik-generator-\(label)-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// FNV-1a of every generated file, in file-name order.
    static func fingerprints(of folder: String) throws -> [String: UInt64] {
        var result: [String: UInt64] = [:]
        for name in DatasetGenerator.fileNames {
            let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in data {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            result[name] = hash
        }
        return result
    }

    /// Generates into a temporary folder and returns (summary, folder).
    static func generate(_ parameters: GeneratorParameters, _ label: String) throws -> (GeneratorSummary, String) {
        let folder = temporaryFolder(label)
        let summary = try DatasetGenerator.write(parameters, to: folder)
        return (summary, folder)
    }

    @Test("the same seed writes byte-identical files")
    func sameSeedSameBytes() throws {
        let (first, folderA) = try Self.generate(GeneratorParameters(items: 800, seed: 7), "a")
        let (second, folderB) = try Self.generate(GeneratorParameters(items: 800, seed: 7), "b")
        defer { try? FileManager.default.removeItem(atPath: folderA); try? FileManager.default.removeItem(atPath: folderB) }
        #expect(first == second)
        #expect(try Self.fingerprints(of: folderA) == Self.fingerprints(of: folderB))
    }

    @Test("a different seed writes different data of similar size")
    func differentSeedDifferentBytes() throws {
        let (first, folderA) = try Self.generate(GeneratorParameters(items: 800, seed: 1), "a")
        let (second, folderB) = try Self.generate(GeneratorParameters(items: 800, seed: 2), "b")
        defer { try? FileManager.default.removeItem(atPath: folderA); try? FileManager.default.removeItem(atPath: folderB) }
        let hashesA = try Self.fingerprints(of: folderA)
        let hashesB = try Self.fingerprints(of: folderB)
        for file in ["items.csv", "bom.csv", "item_plants.csv", "open_orders.csv", "deal_lines.csv"] {
            #expect(hashesA[file] != hashesB[file], "\(file) should differ between seeds")
        }
        #expect(first.rows(of: "items.csv") == 800 && second.rows(of: "items.csv") == 800)
        let ratio = Double(first.totalRows) / Double(second.totalRows)
        #expect(ratio > 0.9 && ratio < 1.1)
    }

    @Test("row counts grow linearly with the item count")
    func rowCountsScale() throws {
        let (small, folderA) = try Self.generate(GeneratorParameters(items: 1_000), "s")
        let (large, folderB) = try Self.generate(GeneratorParameters(items: 4_000), "l")
        defer { try? FileManager.default.removeItem(atPath: folderA); try? FileManager.default.removeItem(atPath: folderB) }
        #expect(small.rows(of: "items.csv") == 1_000)
        #expect(large.rows(of: "items.csv") == 4_000)
        #expect(large.rows(of: "deals.csv") == 200)
        for file in ["bom.csv", "item_plants.csv", "routings.csv", "supplier_items.csv", "inventory.csv",
                     "open_orders.csv", "deal_lines.csv"] {
            let ratio = Double(large.rows(of: file)) / Double(small.rows(of: file))
            #expect(ratio > 3.3 && ratio < 4.7, "\(file): \(small.rows(of: file)) -> \(large.rows(of: file))")
        }
        let rowsPerItem = Double(large.totalRows) / 4_000
        #expect(rowsPerItem > 11 && rowsPerItem < 15, "about 13 rows per item, got \(rowsPerItem)")
        #expect(large.files.map(\.file) == DatasetGenerator.fileNames)
    }

    @Test("generated datasets pass every import check", arguments: [
        GeneratorParameters(items: 200),
        GeneratorParameters(items: 2_000, seed: 3),
        GeneratorParameters(items: 12, plants: 1, levels: 2, fanout: 1, seed: 4),
        GeneratorParameters(items: 300, plants: 8, levels: 10, fanout: 6, seed: 5),
        GeneratorParameters(items: 500, plants: 2, levels: 3, fanout: 2, deals: 0, seed: 6),
    ])
    func generatedDatasetsAreValid(parameters: GeneratorParameters) throws {
        let (summary, folder) = try Self.generate(parameters, "valid")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            let dataset = try DatasetReader.read(directory: folder)
            #expect(dataset.recordCount == summary.totalRows)
            #expect(!dataset.accountsAreBuiltIn)
        } catch {
            Issue.record("items \(parameters.items) seed \(parameters.seed): \(error)")
        }
    }

    @Test("a 2,000-item dataset has every kind of row the contract describes")
    func coverage() throws {
        let (_, folder) = try Self.generate(GeneratorParameters(items: 2_000), "coverage")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let dataset = try DatasetReader.read(directory: folder)
        #expect(Set(dataset.itemPlants.map(\.procurement)) == Set(Procurement.allCases))
        #expect(Set(dataset.itemPlants.map(\.lotRule)) == Set(LotRule.allCases))
        #expect(Set(dataset.deals.map(\.stage)) == Set(DealStage.allCases))
        #expect(Set(dataset.openOrders.map(\.type)) == Set(OrderType.allCases))
        #expect(Set(dataset.accounts.compactMap(\.role)) == Set(AccountRole.allCases))
        #expect(Set(dataset.items.map(\.decimals)).isSuperset(of: [0, 2, 3]))
        #expect(dataset.openOrders.contains { $0.type == .production && $0.issued })
        #expect(dataset.openOrders.contains { $0.type == .transfer && $0.issued })
        #expect(!dataset.openOrders.contains { $0.type == .purchase && $0.issued })
        #expect(dataset.openOrders.contains { $0.dueDate < GeneratorParameters.defaultAsOf })
        #expect(dataset.bomLines.contains { $0.scrapBasisPoints > 0 })
        #expect(dataset.bomLines.contains { $0.validTo != nil })
        #expect(dataset.bomLines.contains { $0.plantId != nil })
        #expect(dataset.itemPlants.contains { $0.minQuantity.isPositive })
        #expect(dataset.itemPlants.contains { $0.multiple.isPositive })
        #expect(dataset.supplierItems.contains { $0.priority == 2 })
        #expect(dataset.supplierItems.contains { $0.minOrderQuantity.isPositive })
        #expect(Set(dataset.plants.map(\.workdays.bits)).count == 2)
        #expect(!dataset.holidays.isEmpty && !dataset.routings.isEmpty && !dataset.inventory.isEmpty)
        let won = Set(dataset.deals.filter { $0.stage == .won }.map(\.dealId))
        let wonDays = dataset.dealLines.filter { won.contains($0.dealId) }.map { $0.dueDate - GeneratorParameters.defaultAsOf }
        #expect(wonDays.contains { $0 < 0 } && wonDays.contains { $0 > 300 })
        let transfers = dataset.itemPlants.filter { $0.procurement == .transfer }
        #expect(transfers.contains { $0.sourcePlantId != "P1" }, "some transfer chains")
    }

    @Test("parameters outside their ranges are refused")
    func invalidParameters() {
        #expect(throws: GeneratorError.self) { try GeneratorParameters(items: 0).validate() }
        #expect(throws: GeneratorError.self) { try GeneratorParameters(items: 100, plants: 9).validate() }
        #expect(throws: GeneratorError.self) { try GeneratorParameters(items: 100, levels: 1).validate() }
        #expect(throws: GeneratorError.self) { try GeneratorParameters(items: 3, levels: 5).validate() }
        #expect(throws: GeneratorError.self) { try GeneratorParameters(items: 100, horizonDays: 0).validate() }
    }
}
