import FabrikCore
import FabrikDataset
import FabrikPlanning
import Foundation
import Testing
@testable import FabrikStore

/// Import throughput. Runs only when FABRIK_STORE_BENCH_ITEMS is set (e.g.
/// 100000, in a release build: `swift test -c release --filter Benchmark`).
@Suite("Import benchmark")
struct ImportBenchmarkTests {
    static let itemCount = Int(ProcessInfo.processInfo.environment["FABRIK_STORE_BENCH_ITEMS"] ?? "") ?? 0

    /// CPU time of the whole process: on a shared machine wall time varies
    /// with the other load, CPU time much less.
    static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    @Test("generated CSV read and imported at FABRIK_STORE_BENCH_ITEMS items",
          .enabled(if: itemCount > 0 && ProcessInfo.processInfo.environment["FABRIK_STORE_BENCH_CSV"] != nil))
    func readAndImportRate() throws {
        let temp = TemporaryDatabase()
        // FABRIK_STORE_BENCH_CSV=/some/dir keeps the CSV there (e.g. for
        // scripts/sqlite-import-baseline.sh); any other value uses a temp folder.
        let requested = ProcessInfo.processInfo.environment["FABRIK_STORE_BENCH_CSV"] ?? ""
        let folder = requested.hasPrefix("/") ? requested : temp.directory.appendingPathComponent("dataset").path
        try DatasetGenerator.write(GeneratorParameters(items: Self.itemCount), to: folder)
        let clock = ContinuousClock()
        let start = clock.now
        let dataset = try DatasetReader.read(directory: folder)
        let readTime = clock.now - start
        var phases: [(table: String, at: ContinuousClock.Instant)] = []
        let summary = try temp.open().importDataset(dataset, replace: false) { progress in
            if phases.last?.table != progress.table { phases.append((progress.table, clock.now)) }
        }
        let phaseText = zip(phases, phases.dropFirst()).map { a, b in
            let ms = (b.at - a.at).components.attoseconds / 1_000_000_000_000_000 + (b.at - a.at).components.seconds * 1_000
            return "\(a.table) \(ms) ms"
        }
        print("csv phases: " + phaseText.joined(separator: ", ") + " (the last one includes indexes and the FK check)")
        print("csv: read \(dataset.recordCount) records in \(readTime), imported in \(summary.seconds) s "
              + "(\(Int(Double(summary.rowCount) / summary.seconds)) rows/s), total \(clock.now - start)")
    }

    @Test("bulk import rate at FABRIK_STORE_BENCH_ITEMS items", .enabled(if: itemCount > 0))
    func importRate() throws {
        let dataset = SyntheticDataset.make(items: Self.itemCount)
        let temp = TemporaryDatabase()
        let store = try temp.open()
        let cpuBefore = Self.processCPUSeconds()
        let summary = try store.importDataset(dataset, replace: false)
        let cpu = Self.processCPUSeconds() - cpuBefore
        let rate = Double(summary.rowCount) / summary.seconds
        print("import: \(summary.rowCount) rows in \(summary.seconds) s wall = \(Int(rate)) rows/s; "
              + "\(cpu) s CPU = \(Int(Double(summary.rowCount) / cpu)) rows per CPU second")
        #expect(try store.tableCounts().count(of: "bom_lines") == dataset.bomLines.count)

        if ProcessInfo.processInfo.environment["FABRIK_STORE_BENCH_IMPORT_ONLY"] != nil { return }
        let replaced = try store.importDataset(dataset, replace: true)
        print("replace: \(replaced.rowCount) rows in \(replaced.seconds) s = \(Int(Double(replaced.rowCount) / replaced.seconds)) rows/s")

        let clock = ContinuousClock()
        let start = clock.now
        let snapshot = try store.loadPlanningSnapshot()
        print("snapshot: \(snapshot.nodes.count) nodes, \(snapshot.bomLines.count) BOM lines in \(clock.now - start)")

        guard ProcessInfo.processInfo.environment["FABRIK_STORE_BENCH_PLAN"] != nil else { return }
        let asOf = Day(year: 2026, month: 1, day: 1) ?? Day(daysSinceEpoch: 20_454)
        let planStart = clock.now
        let plan = try MaterialRequirementsPlanner.plan(snapshot, MRPParameters(asOf: asOf, horizonDays: 365))
        let pegs = plan.plannedOrders.pegs.demand.count + plan.receipts.pegs.demand.count + plan.onHand.pegs.demand.count
        print("plan: \(plan.plannedOrders.count) planned orders, \(pegs) pegs, \(plan.messages.count) messages in \(clock.now - planStart)")
        let saveStart = clock.now
        try store.savePlan(plan, seconds: 0)
        print("savePlan: \(clock.now - saveStart)")
        let loadStart = clock.now
        let stored = try store.loadPlan()
        print("loadPlan: \(clock.now - loadStart)")
        #expect(stored.plan.plannedOrders == plan.plannedOrders)
    }
}
