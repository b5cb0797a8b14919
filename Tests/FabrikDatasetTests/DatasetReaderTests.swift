import FabrikCore
import FabrikDataset
import Foundation
import Testing

@Suite("Dataset reader: valid input")
struct DatasetReaderTests {
    private func readBase(_ edits: [DatasetFixture.Edit] = []) throws -> Dataset {
        try DatasetFixture.read(edits).get()
    }

    @Test("the base dataset reads with every row counted")
    func rowCounts() throws {
        let dataset = try readBase()
        #expect(dataset.plants.count == 3)
        #expect(dataset.holidays.count == 1)
        #expect(dataset.items.count == 4)
        #expect(dataset.itemPlants.count == 5)
        #expect(dataset.bomLines.count == 3)
        #expect(dataset.workCenters.count == 3)
        #expect(dataset.routings.count == 2)
        #expect(dataset.suppliers.count == 1)
        #expect(dataset.supplierItems.count == 1)
        #expect(dataset.inventory.count == 2)
        #expect(dataset.openOrders.count == 3)
        #expect(dataset.customers.count == 1)
        #expect(dataset.deals.count == 2)
        #expect(dataset.dealLines.count == 3)
        #expect(dataset.accounts.count == 10)
        #expect(dataset.recordCount == 44)
    }

    @Test("blank optional cells take the contract's defaults")
    func defaults() throws {
        let dataset = try readBase()
        #expect(dataset.plants[0].workdays == WorkdayMask(bits: 0b0011111))
        #expect(dataset.plants[1].workdays == .allWeek)
        let frame = dataset.items[1]
        #expect(frame.unitOfMeasure == "pc")
        #expect(frame.decimals == 0)
        #expect(dataset.items[3].standardCost == .zero)
        #expect(dataset.items[2].standardCost == Money(rawTenThousandths: 21_250))
        let steel = dataset.itemPlants[2]
        #expect(steel.lotRule == .periodOrderQuantity)
        #expect(steel.lotSize == .units(7))
        #expect(steel.safetyStock == Quantity(rawMicros: 1_500_000))
        #expect(dataset.itemPlants[3].sourcePlantId == "P1")
        #expect(dataset.itemPlants[3].lotRule == .lotForLot)
        #expect(dataset.itemPlants[4].leadTimeDays == 0)
        #expect(dataset.bomLines[0].plantId == nil)
        #expect(dataset.bomLines[0].validFrom == nil)
        #expect(dataset.bomLines[1].scrapBasisPoints == 250)
        #expect(dataset.bomLines[1].validFrom == Day(year: 2025, month: 1, day: 1))
        #expect(dataset.workCenters[1].capacityHours == .units(8))
        #expect(dataset.workCenters[1].machines == 1)
        #expect(dataset.routings[1].setupHours == .zero)
        let supply = dataset.supplierItems[0]
        #expect(supply.leadTimeDays == nil)
        #expect(supply.priority == 1)
        #expect(supply.orderMultiple == Quantity(rawMicros: 500_000))
        #expect(dataset.openOrders.map(\.issued) == [false, true, false])
        #expect(dataset.openOrders[2].sourcePlantId == "P1")
        #expect(dataset.dealLines[2].unitPrice == .zero)
    }

    @Test("without accounts.csv the built-in chart is used and flagged")
    func builtInChart() throws {
        let dataset = try readBase()
        #expect(dataset.accountsAreBuiltIn)
        #expect(dataset.accounts == Dataset.builtInAccounts)
        #expect(Set(dataset.accounts.compactMap(\.role)) == Set(AccountRole.allCases))
    }

    @Test("a full accounts.csv replaces the built-in chart, a blank role allowed")
    func accountsFile() throws {
        let dataset = try readBase([.replace("accounts.csv", DatasetFixture.accounts)])
        #expect(!dataset.accountsAreBuiltIn)
        #expect(dataset.accounts.count == 11)
        #expect(dataset.accounts[10].role == nil)
        #expect(dataset.accounts[8].role == .cogs)
    }

    @Test("whole numbers may carry trailing zeros and reserved-looking ids with a suffix are fine")
    func wholeNumbersAndIds() throws {
        let dataset = try readBase([
            .append("items.csv", "BOLT,Bolt,,2.00,"),
            .append("item_plants.csv", "BOLT,P1,buy,,10.00,poq,3.0,,,"),
            .append("open_orders.csv", "PO-12A,purchase,BOLT,P1,1.5,2026-01-10,,,no"),
            .append("deals.csv", "stocks,ACME,,lost"),
        ])
        #expect(dataset.items[4].decimals == 2)
        #expect(dataset.itemPlants[5].leadTimeDays == 10)
        #expect(dataset.itemPlants[5].lotSize == .units(3))
        #expect(dataset.openOrders[3].orderId == "PO-12A")
        #expect(dataset.deals[2].stage == .lost)
    }

    @Test("ids compare byte for byte: composed and decomposed é are two items")
    func byteWiseIds() throws {
        let dataset = try readBase([.append("items.csv", "\u{E9},,,,"), .append("items.csv", "e\u{301},,,,")])
        #expect(dataset.items.count == 6)
    }

    @Test("BOM lines of one key with disjoint dates and plant-specific lines are accepted")
    func bomWithoutOverlap() throws {
        let dataset = try readBase([
            .append("bom.csv", "FRAME,STEEL,3,,,2024-01-01,2024-12-31"),
            .append("bom.csv", "FRAME,STEEL,2,P1,,,"),
        ])
        #expect(dataset.bomLines.count == 5)
        #expect(dataset.bomLines[4].plantId == "P1")
    }

    @Test("plant-specific BOM lines replace blank-plant ones in the cycle check")
    func plantSpecificReplacementBreaksCycle() throws {
        // Blank-plant FRAME -> BIKE would close BIKE -> FRAME -> BIKE, but FRAME
        // has a P1 line, so at P1 only FRAME -> STEEL applies.
        let dataset = try readBase([
            .append("bom.csv", "FRAME,BIKE,1,,,,"),
            .append("bom.csv", "FRAME,STEEL,2,P1,,,"),
        ])
        #expect(dataset.bomLines.count == 5)
    }

    @Test("hidden files, subfolders, non-csv and upper-case .CSV files are ignored")
    func ignoredEntries() throws {
        let folder = try DatasetFixture.write([
            .replace("README.md", "# notes"), .replace(".hidden.csv", "x"), .replace("NOTES.CSV", "x"),
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/extra.csv", withIntermediateDirectories: true)
        let dataset = try DatasetReader.read(directory: folder)
        #expect(dataset.items.count == 4)
    }

    @Test("the in-memory reader gives the same dataset as the folder reader")
    func inMemory() throws {
        let files = DatasetFixture.files([])
        let dataset = try DatasetReader.read(files: files)
        #expect(dataset.itemPlants == (try readBase()).itemPlants)
    }

    @Test("CRLF files with a byte order mark and quoted cells read the same")
    func crlfAndBom() throws {
        let text = "\u{FEFF}item_id,name,decimals\r\n\"BIKE\",\"Bike, red\",\r\nFRAME,\"Frame\r\nlong\",\r\n\r\nSTEEL,,3\r\nKIT,,\r\n"
        let dataset = try readBase([.replace("items.csv", text)])
        #expect(dataset.items.map(\.name) == ["Bike, red", "Frame\r\nlong", "", ""])
    }
}
