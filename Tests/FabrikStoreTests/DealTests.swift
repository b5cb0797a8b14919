import FabrikCore
import FabrikDataset
import Testing
@testable import FabrikStore

@Suite("Deals")
struct DealTests {
    private func importedStore(_ temp: TemporaryDatabase) throws -> SQLiteStore {
        let store = try temp.open()
        try store.importDataset(SampleDatasets.bikes, replace: false)
        return store
    }

    @Test("deals list by stage then id, with customer, line count and value")
    func listDeals() throws {
        let temp = TemporaryDatabase()
        let deals = try importedStore(temp).listDeals(stage: nil)
        #expect(deals.map(\.dealId) == ["D-10", "D-8", "D-7", "D-9"])
        let won = try #require(deals.first { $0.dealId == "D-7" })
        #expect(won.customerName == "Velo Shop")
        #expect(won.lineCount == 2)
        #expect(won.value == Money(rawTenThousandths: 64_998_700)) // 13 x 499.99
        #expect(deals.first { $0.dealId == "D-10" }?.lineCount == 0)
        #expect(deals.first { $0.dealId == "D-10" }?.value == .zero)
    }

    @Test("a stage filter keeps only that stage")
    func listDealsByStage() throws {
        let temp = TemporaryDatabase()
        let store = try importedStore(temp)
        #expect(try store.listDeals(stage: .won).map(\.dealId) == ["D-7"])
        #expect(try store.listDeals(stage: .proposal).isEmpty)
    }

    @Test("winning a deal makes its lines demand")
    func winDeal() throws {
        let temp = TemporaryDatabase()
        let store = try importedStore(temp)
        try store.winDeal(id: "D-8")
        #expect(try store.listDeals(stage: .won).map(\.dealId) == ["D-7", "D-8"])
        #expect(try store.loadPlanningSnapshot().demandLines.contains { $0.dealId == "D-8" })
    }

    @Test("winning an unknown, won or lost deal is refused with a clear error", arguments: [
        ("D-404", StoreError.unknownDeal("D-404")),
        ("D-7", StoreError.dealAlreadyWon("D-7")),
        ("D-9", StoreError.dealLost("D-9")),
        ("d-7", StoreError.unknownDeal("d-7")),
    ])
    func winDealRefusals(id: String, expected: StoreError) throws {
        let temp = TemporaryDatabase()
        let store = try importedStore(temp)
        let before = try store.contentDump()
        #expect(throws: expected) { try store.winDeal(id: id) }
        #expect(try store.contentDump() == before)
        #expect(expected.description.contains(id))
    }
}
