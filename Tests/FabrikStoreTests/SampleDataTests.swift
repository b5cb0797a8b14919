import FabrikCore
import FabrikDataset
import FabrikPlanning
import Testing
@testable import FabrikStore

@Suite("The built-in sample data")
struct SampleDataTests {
    static func sampleDataset() throws -> Dataset {
        var files: [String: [UInt8]] = [:]
        for file in EmbeddedSampleData.files { files[file.name] = Array(file.contents.utf8) }
        return try DatasetReader.read(files: files)
    }

    @Test("imports with one row per record, and its snapshot equals the dataset's own")
    func importsAndLoads() throws {
        let dataset = try Self.sampleDataset()
        let temp = TemporaryDatabase()
        let store = try temp.open()
        let summary = try store.importDataset(dataset, replace: false)
        #expect(summary.rowCount == dataset.recordCount)
        let counts = try store.tableCounts()
        #expect(counts.count(of: "items") == dataset.items.count)
        #expect(counts.count(of: "bom_lines") == dataset.bomLines.count)
        #expect(counts.count(of: "deal_lines") == dataset.dealLines.count)
        let snapshot = try store.loadPlanningSnapshot()
        #expect(snapshot.firstBrokenInvariant() == nil)
        #expect(snapshot.itemCodes.count == dataset.items.count)
        #expect(snapshot.nodes.count == dataset.itemPlants.count)
    }

    @Test("plans from the store exactly as from the dataset, and the stored plan prints the same")
    func plansLikeTheDataset() throws {
        let dataset = try Self.sampleDataset()
        let temp = TemporaryDatabase()
        let store = try temp.open()
        try store.importDataset(dataset, replace: false)
        let parameters = MRPParameters(asOf: GeneratorParameters.defaultAsOf, horizonDays: 120, threadCount: 1)
        let fromStore = try MaterialRequirementsPlanner.plan(store.loadPlanningSnapshot(), parameters)
        let fromDataset = try MaterialRequirementsPlanner.plan(dataset.planningSnapshot(), parameters)
        #expect(fromStore.renderJSON(seconds: 0) == fromDataset.renderJSON(seconds: 0))
        #expect(fromStore.plannedOrders.count > 0)
        try store.savePlan(fromStore, seconds: 0.01)
        let stored = try store.loadPlan()
        #expect(stored.plan.renderJSON(seconds: 0.01) == fromStore.renderJSON(seconds: 0.01))
        #expect(stored.plan.plannedOrders.count == fromStore.plannedOrders.count)
    }
}
