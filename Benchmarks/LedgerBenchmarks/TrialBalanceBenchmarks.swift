import Benchmark
import FabrikCore
import FabrikDataset
import FabrikLedger
import FabrikStore
import Foundation
import Synchronization

/// Reports over large journals (docs/performance.md, Ledger):
///
/// - `Ledger.trialBalance.10Mlines`: `SQLiteStore.trialBalance(asOf: nil)`
///   on an open store over 10,000,000 journal lines (2.5M four-line manual
///   entries over 4 years and 47 accounts): what `fabrik ledger
///   trial-balance` computes, without process start and printing.
/// - `Ledger.trialBalance.asOf.10Mlines`: the same `--as-of` the middle of
///   the journal's dates.
/// - `Ledger.trialBalance.openAndQuery.10Mlines`: opening the store
///   (migration check included) and the trial balance, as the CLI does.
/// - `Ledger.verify.1Mlines`: `verifyLedgerReport()` over 1,000,000 lines,
///   every invariant and every per-day balance recomputed.
///
/// Journals are built once through the public `postManualEntries` (in
/// chunks of `LargeJournal.entriesPerChunk` entries) and cached under
/// $TMPDIR keyed by size, so reruns start at once; a database whose build
/// did not finish is rebuilt.
func registerTrialBalanceBenchmarks() {
    let tenMillion = 10_000_000
    let reports = Benchmark.Configuration(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident], timeUnits: .milliseconds,
        maxDuration: .seconds(30), maxIterations: 50,
        setup: { try LargeJournal.prepare(lines: tenMillion) })
    Benchmark("Ledger.trialBalance.10Mlines", configuration: reports) { benchmark in
        let store = try SQLiteStore(path: LargeJournal.path(lines: tenMillion))
        benchmark.startMeasurement()
        let trial = try store.trialBalance(asOf: nil, today: LargeJournal.firstDay)
        benchmark.stopMeasurement()
        precondition(trial.isBalanced && trial.asOf == LargeJournal.lastDay(lines: tenMillion), "the generated journal balances")
        blackHole(trial.rows.count)
    }
    Benchmark("Ledger.trialBalance.asOf.10Mlines", configuration: reports) { benchmark in
        let store = try SQLiteStore(path: LargeJournal.path(lines: tenMillion))
        let middle = Day(daysSinceEpoch: LargeJournal.firstDay.daysSinceEpoch + LargeJournal.days / 2)
        benchmark.startMeasurement()
        let trial = try store.trialBalance(asOf: middle, today: LargeJournal.firstDay)
        benchmark.stopMeasurement()
        precondition(trial.isBalanced, "the generated journal balances on every day")
        blackHole(trial.rows.count)
    }
    Benchmark("Ledger.trialBalance.openAndQuery.10Mlines", configuration: reports) { benchmark in
        benchmark.startMeasurement()
        let store = try SQLiteStore(path: LargeJournal.path(lines: tenMillion))
        let trial = try store.trialBalance(asOf: nil, today: LargeJournal.firstDay)
        benchmark.stopMeasurement()
        blackHole(trial.rows.count)
    }

    let oneMillion = 1_000_000
    let verify = Benchmark.Configuration(
        metrics: [.wallClock, .throughput, .peakMemoryResident], timeUnits: .milliseconds,
        maxDuration: .seconds(60), maxIterations: 3,
        setup: { try LargeJournal.prepare(lines: oneMillion) })
    Benchmark("Ledger.verify.1Mlines", configuration: verify) { benchmark in
        let store = try SQLiteStore(path: LargeJournal.path(lines: oneMillion))
        benchmark.startMeasurement()
        let report = try store.verifyLedgerReport()
        benchmark.stopMeasurement()
        precondition(report.problems.isEmpty && report.lineCount == oneMillion, "the generated journal verifies")
        blackHole(report.entryCount)
    }
}

/// A generated journal of `lines` lines in a database under $TMPDIR:
/// entries `TB-<n>` of 4 lines (two debits, two credits, seeded amounts)
/// over the 7 uncontrolled built-in accounts and 40 more expense accounts,
/// dated evenly over `days` days from `firstDay`, so `ledger_daily` holds
/// about 47 x 1,461 rows whatever the number of lines.
enum LargeJournal {
    static let linesPerEntry = 4
    static let entriesPerChunk = 100_000
    static let firstDay = Day(year: 2023, month: 1, day: 1) ?? Day(daysSinceEpoch: 0)
    static let days: Int32 = 1_461
    private static let prepared = Mutex<Set<Int>>([])

    static func path(lines: Int) -> String { NSTemporaryDirectory() + "fabrik-benchmark-ledger-\(lines)lines.sqlite" }
    private static func donePath(lines: Int) -> String { path(lines: lines) + ".done" }

    /// The date of the last entry.
    static func lastDay(lines: Int) -> Day { day(ofEntry: lines / linesPerEntry - 1, entries: lines / linesPerEntry) }

    static func day(ofEntry index: Int, entries: Int) -> Day {
        Day(daysSinceEpoch: firstDay.daysSinceEpoch + Int32(Int64(index) * Int64(days) / Int64(entries)))
    }

    static var accounts: [AccountRecord] {
        Dataset.builtInAccounts + (0..<40).map { n in
            AccountRecord(accountCode: String(6000 + 10 * n), name: "Overhead \(n + 1)", type: .expense)
        }
    }

    /// Builds the database unless a finished one is cached.
    static func prepare(lines: Int) throws {
        guard prepared.withLock({ $0.insert(lines).inserted }) else { return }
        if FileManager.default.fileExists(atPath: donePath(lines: lines)) { return }
        for suffix in ["", "-wal", "-shm", ".done"] { try? FileManager.default.removeItem(atPath: path(lines: lines) + suffix) }
        var dataset = Dataset()
        dataset.accounts = accounts
        let store = try SQLiteStore(path: path(lines: lines))
        try store.importDataset(dataset, replace: false)
        let uncontrolled = accounts.filter { $0.role.map { ![.inventory, .wip, .grni].contains($0) } ?? true }.map(\.accountCode)
        let entries = lines / linesPerEntry
        var random = SplitMix64(seed: 5)
        var first = 0
        while first < entries {
            let last = min(entries, first + entriesPerChunk)
            var csv = "entry_id,date,account_code,debit,credit,memo\n"
            csv.reserveCapacity((last - first) * linesPerEntry * 40)
            for index in first..<last {
                let date = day(ofEntry: index, entries: entries).iso8601
                let a = Cents(rawCents: Int64(random.int(1...5_000_000)))
                let b = Cents(rawCents: Int64(random.int(1...5_000_000)))
                var picked: [String] = []
                while picked.count < 4 {
                    let code = uncontrolled[random.int(0...(uncontrolled.count - 1))]
                    if !picked.contains(code) { picked.append(code) }
                }
                csv += "TB-\(index),\(date),\(picked[0]),\(a.fixedTwoDecimals),,generated\n"
                csv += "TB-\(index),\(date),\(picked[1]),,\(a.fixedTwoDecimals),\n"
                csv += "TB-\(index),\(date),\(picked[2]),\(b.fixedTwoDecimals),,\n"
                csv += "TB-\(index),\(date),\(picked[3]),,\(b.fixedTwoDecimals),\n"
            }
            let outcome = try store.postManualEntries(text: csv, fileName: "chunk-\(first).csv")
            precondition(outcome.postedKeys.count == last - first, "every generated entry posts")
            first = last
        }
        _ = FileManager.default.createFile(atPath: donePath(lines: lines), contents: Data())
    }
}
