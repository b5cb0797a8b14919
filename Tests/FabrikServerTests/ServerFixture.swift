import FabrikCore
import FabrikDataset
import FabrikPlanning
import FabrikStore
import Foundation

/// A temporary database holding the built-in SampleData, planned as of
/// 2026-12-01 (as `fabrik demo` does), for in-process server tests.
struct ServerFixture {
    let directory: URL
    let store: SQLiteStore

    init(plan: Bool = true) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("fabrik-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try SQLiteStore(path: directory.appendingPathComponent("fabrik.sqlite").path)
        var files: [String: [UInt8]] = [:]
        for file in EmbeddedSampleData.files { files[file.name] = Array(file.contents.utf8) }
        try store.importDataset(try DatasetReader.read(files: files), replace: false)
        if plan {
            let asOf = Day(iso8601: "2026-12-01") ?? Day(daysSinceEpoch: 0)
            let material = try MaterialRequirementsPlanner.plan(store.loadPlanningSnapshot(), MRPParameters(asOf: asOf, threadCount: 1))
            try store.savePlan(material, seconds: 0.5)
        }
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}
