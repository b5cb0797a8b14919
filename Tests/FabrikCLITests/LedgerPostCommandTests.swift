import Foundation
import Testing

/// `fabrik ledger generate-entries` and a bulk `fabrik ledger post` through
/// the executable on SampleData: generated on the database's chart, posted
/// once, re-posted as nothing, verified.
@Suite("fabrik ledger generate-entries and bulk post")
struct LedgerPostCommandTests {
    @Test("a generated file posts once, a second post posts nothing and says so, the ledger verifies")
    func generateAndPost() throws {
        let work = try FabrikProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let db = work.appendingPathComponent("f.sqlite").path
        let sample = FabrikProcess.repositoryRoot.appendingPathComponent("SampleData").path
        #expect(try FabrikProcess.run(["import", sample, "--opening-date", "2026-11-02", "--db", db]).status == 0)
        let file = work.appendingPathComponent("g.csv").path
        let generated = try FabrikProcess.run(["ledger", "generate-entries", "--entries", "5000", "--seed", "4",
                                               "--from", "2026-11-03", "--days", "20", "--output", file, "--db", db])
        #expect(generated.status == 0, "\(generated.stderr)")
        #expect(generated.stdout.hasPrefix("Wrote 5000 entries ("))
        #expect(generated.stdout.contains("on the accounts of \(db) (1000, 1200, 1600, 2000, 2300, 3000, 3100, 4000, 4100, 5000, 5100, 6000, 6200)."))
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.hasPrefix("entry_id,date,account_code,debit,credit,memo\nS4-0000001,2026-11-03,"))

        let posted = try FabrikProcess.run(["ledger", "post", file, "--db", db, "--json"])
        #expect(posted.status == 0, "\(posted.stderr)")
        #expect(posted.stdout.hasPrefix("{\"posted\": [\"S4-0000001\", \"S4-0000002\", "))
        #expect(posted.stdout.contains("\"already_posted\": [], \"lines\": "))
        let again = try FabrikProcess.run(["ledger", "post", file, "--db", db])
        #expect(again.status == 0)
        #expect(again.stdout == "All 5000 entries of g.csv were already posted; nothing was posted.\n")
        let verify = try FabrikProcess.run(["ledger", "verify", "--db", db])
        #expect(verify.status == 0 && verify.stdout.contains("The ledger verifies"), "\(verify.stdout)\(verify.stderr)")

        // The same seed writes the same bytes; without --db file the built-in chart is used.
        let copy = work.appendingPathComponent("copy.csv").path
        #expect(try FabrikProcess.run(["ledger", "generate-entries", "--entries", "5000", "--seed", "4", "--from", "2026-11-03",
                                       "--days", "20", "--output", copy, "--db", db]).status == 0)
        #expect(try String(contentsOfFile: copy, encoding: .utf8) == text)
        let builtIn = try FabrikProcess.run(["ledger", "generate-entries", "--entries", "3", "--output", copy,
                                             "--db", work.appendingPathComponent("none.sqlite").path])
        #expect(builtIn.stdout.hasSuffix("on the built-in chart (1000, 1100, 2000, 3000, 4000, 5000, 5100).\n"))
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("none.sqlite").path))
        #expect(try FabrikProcess.run(["ledger", "generate-entries", "--entries", "-1", "--output", copy]).status == 64)
    }

    @Test("--timings names every step on stderr, --threads 1 posts the same; a thread count out of range or a missing file is refused")
    func timingsAndThreads() throws {
        let work = try FabrikProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let sample = FabrikProcess.repositoryRoot.appendingPathComponent("SampleData").path
        let file = work.appendingPathComponent("g.csv").path
        var journals: [String] = []
        for (name, threads) in [("one", "1"), ("two", "2")] {
            let db = work.appendingPathComponent("\(name).sqlite").path
            #expect(try FabrikProcess.run(["import", sample, "--opening-date", "2026-11-02", "--db", db]).status == 0)
            if threads == "1" {
                #expect(try FabrikProcess.run(["ledger", "generate-entries", "--entries", "2000", "--from", "2026-11-03",
                                               "--output", file, "--db", db]).status == 0)
            }
            let posted = try FabrikProcess.run(["ledger", "post", file, "--db", db, "--threads", threads, "--timings"])
            #expect(posted.status == 0, "\(posted.stderr)")
            #expect(posted.stdout.hasPrefix("Posted 2000 entries ("))
            let steps = posted.stderr.split(separator: "\n").compactMap { $0.split(separator: "  ").first.map(String.init) }
            #expect(steps == ["read the file", "open the store", "check the file", "decide idempotency", "write entries",
                              "write lines", "daily balances", "commit"], "\(posted.stderr)")
            journals.append(try FabrikProcess.run(["ledger", "trial-balance", "--db", db, "--json"]).stdout)
        }
        #expect(journals[0] == journals[1] && !journals[0].isEmpty)
        let refused = try FabrikProcess.run(["ledger", "post", file, "--db", work.appendingPathComponent("one.sqlite").path,
                                             "--threads", "0"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("--threads must be 1 to 64, not 0."))
        let missing = work.appendingPathComponent("missing.csv").path
        let unreadable = try FabrikProcess.run(["ledger", "post", missing, "--db", work.appendingPathComponent("one.sqlite").path])
        #expect(unreadable.status == 1)
        #expect(unreadable.stderr == "Cannot read \(missing).\n")
    }
}
