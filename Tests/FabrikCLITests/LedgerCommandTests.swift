import Foundation
import Testing

/// The ledger and the inventory transactions through the `fabrik`
/// executable on SampleData: a full flow with hand-checked cents, manual
/// entry files good and bad, retries, and a process killed mid-post.
@Suite("fabrik ledger and stock transactions")
struct LedgerCommandTests {
    struct Session {
        let work: URL
        var db: String { work.appendingPathComponent("f.sqlite").path }

        @discardableResult
        func run(_ arguments: [String]) throws -> FabrikProcess.Outcome {
            try FabrikProcess.run(arguments + ["--db", db])
        }

        func ok(_ arguments: [String]) throws -> String {
            let outcome = try run(arguments)
            #expect(outcome.status == 0, "\(arguments): \(outcome.stderr)")
            return outcome.stdout
        }
    }

    func imported() throws -> Session {
        let session = Session(work: try FabrikProcess.temporaryDirectory())
        let sample = FabrikProcess.repositoryRoot.appendingPathComponent("SampleData").path
        _ = try session.ok(["import", sample, "--opening-date", "2026-11-02"])
        return session
    }

    /// The balance of one account in a trial-balance JSON document, as printed.
    func account(_ code: String, in json: String) -> String? {
        guard let start = json.range(of: "{\"account_code\": \"\(code)\"") else { return nil }
        let rest = json[start.lowerBound...]
        guard let end = rest.firstIndex(of: "}") else { return nil }
        return String(rest[...end])
    }

    @Test("receive, invoice, issue, complete, ship, invoice, pay: exact cents, balanced, verified")
    func fullFlow() throws {
        let s = try imported()
        defer { try? FileManager.default.removeItem(at: s.work) }
        let opening = try s.ok(["ledger", "trial-balance", "--json", "--as-of", "2026-11-02"])
        #expect(opening.hasPrefix("{\"as_of\": \"2026-11-02\", \"accounts\": [{\"account_code\": \"1400\""))

        // 100 CTRL-BOARD at standard 42 = 4200.00 inventory / GRNI.
        #expect(try s.ok(["stock", "receive", "PORD-4712", "--qty", "100", "--date", "2026-11-03"]).contains("4200.00"))
        let unknown = try s.run(["stock", "receive", "PUR-999", "--date", "2026-11-03"])
        #expect(unknown.status == 1 && unknown.stderr == "There is no open order PUR-999.\n")
        #expect(try s.run(["stock", "receive", "PORD-4712", "--qty", "-5"]).status == 64)
        #expect(try s.run(["payment", "pay", "ELECTRA", "--amount", "1.005"]).status == 64)
        let over = try s.run(["stock", "receive", "PORD-4712", "--qty", "301", "--date", "2026-11-03"])
        #expect(over.status == 1 && over.stderr.contains("300 left to receive"))
        // Invoiced at 43: payables 4300.00, variance 100.00, GRNI back by 4200.00.
        _ = try s.ok(["purchase", "invoice", "PORD-4712", "--price", "43", "--date", "2026-11-04"])
        let twice = try s.run(["purchase", "invoice", "PORD-4712", "--price", "43", "--date", "2026-11-04"])
        #expect(twice.status == 1 && twice.stderr.contains("invoiced already"))
        let early = try s.run(["order", "complete", "WO-3302", "--date", "2026-11-05"])
        #expect(early.status == 1 && early.stderr.contains("before its components are issued"))
        let short = try s.run(["stock", "issue", "WO-3302", "--date", "2026-11-05"])
        #expect(short.status == 1 && short.stderr.contains("CELL-MOD-13S"))
        _ = try s.ok(["stock", "issue", "WO-3302", "--allow-negative", "--date", "2026-11-05"])
        _ = try s.ok(["order", "complete", "WO-3302", "--date", "2026-11-06", "--key", "C-1"])
        #expect(try s.ok(["order", "complete", "WO-3302", "--date", "2026-11-06", "--key", "C-1"]).contains("Already recorded"))
        // 5 BATT-500 at standard 285 = 1425.00 COGS; invoiced at 449 = 2245.00.
        _ = try s.ok(["deal", "ship", "D-2026-101", "--line", "3", "--qty", "5", "--date", "2026-11-07"])
        _ = try s.ok(["deal", "invoice", "D-2026-101", "--date", "2026-11-08"])
        _ = try s.ok(["payment", "receive", "D-2026-101", "--amount", "2245", "--date", "2026-11-09"])
        _ = try s.ok(["payment", "pay", "ELECTRA", "--amount", "4300", "--date", "2026-11-09"])
        _ = try s.ok(["transfer", "complete", "TRN-551", "--date", "2026-11-09"])
        _ = try s.ok(["stock", "move", "BATT-500", "--from", "PLZ", "--to", "VLC", "--qty", "3", "--date", "2026-11-09"])

        let trial = try s.ok(["ledger", "trial-balance", "--json", "--as-of", "2026-11-30"])
        #expect(account("1000", in: trial) == "{\"account_code\": \"1000\", \"name\": \"Bank account\", \"type\": \"asset\", \"debit\": 2245, \"credit\": 4300, \"balance\": -2055}")
        #expect(account("1200", in: trial)?.hasSuffix("\"debit\": 2245, \"credit\": 2245, \"balance\": 0}") == true)
        #expect(account("2000", in: trial)?.hasSuffix("\"debit\": 4300, \"credit\": 4300, \"balance\": 0}") == true)
        #expect(account("2100", in: trial)?.hasSuffix("\"debit\": 4200, \"credit\": 4200, \"balance\": 0}") == true)
        #expect(account("4000", in: trial)?.hasSuffix("\"debit\": 0, \"credit\": 2245, \"balance\": -2245}") == true)
        #expect(account("5000", in: trial)?.hasSuffix("\"debit\": 1425, \"credit\": 0, \"balance\": 1425}") == true)
        let totals = trial.trimmingCharacters(in: .whitespacesAndNewlines).components(separatedBy: "\"total_debit\": ").last ?? ""
        let parts = totals.dropLast().components(separatedBy: ", \"total_credit\": ")
        #expect(parts.count == 2 && parts.first == parts.last)
        #expect(try s.ok(["ledger", "verify"]).contains("The ledger verifies"))
        let valuation = try s.ok(["stock", "valuation", "--json"])
        #expect(valuation.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("\"total_difference\": 0}"))
        #expect(try s.ok(["ledger", "journal", "--account", "2100"]).contains("4200.00"))
        #expect(try s.ok(["ledger", "balance-sheet"]).contains("Assets equal liabilities + equity + earnings."))
        #expect(try s.ok(["ledger", "profit-and-loss"]).contains("Net income"))
    }

    @Test("ledger post: a good file posts once; a bad one names its lines and posts nothing")
    func manualEntries() throws {
        let s = try imported()
        defer { try? FileManager.default.removeItem(at: s.work) }
        let good = s.work.appendingPathComponent("good.csv"), bad = s.work.appendingPathComponent("bad.csv")
        try """
            entry_id,date,account_code,debit,credit,memo
            J-1,2026-11-05,6000,1200.50,,November wages
            J-1,2026-11-05,1000,,1200.50,
            J-2,2026-11-06,6200,80,,freight
            J-2,2026-11-06,2000,,80,

            """.write(to: good, atomically: true, encoding: .utf8)
        try """
            entry_id,date,account_code,debit,credit,memo
            J-3,2026-11-07,6000,100,,unbalanced
            J-3,2026-11-07,1000,,90,
            J-4,2026-11-07,9999,5,,unknown account
            J-4,2026-11-07,1000,,5,
            J-5,2026-11-07,1400,5,,inventory is controlled
            J-5,2026-11-07,1000,,5,
            J-6,2026-02-30,6000,5.001,,

            """.write(to: bad, atomically: true, encoding: .utf8)
        let before = try s.ok(["ledger", "trial-balance", "--json"])
        let rejected = try s.run(["ledger", "post", bad.path])
        #expect(rejected.status == 1)
        for line in ["bad.csv:2:", "bad.csv:4: account_code:", "bad.csv:6: account_code:", "bad.csv:8: date:", "Nothing was posted."] {
            #expect(rejected.stderr.contains(line), "\(line) in \(rejected.stderr)")
        }
        #expect(try s.ok(["ledger", "trial-balance", "--json"]) == before)
        #expect(try s.ok(["ledger", "post", good.path]).contains("Posted 2 entries (4 lines)"))
        #expect(try s.ok(["ledger", "post", good.path]).contains("nothing was posted"))
        let trial = try s.ok(["ledger", "trial-balance", "--json"])
        #expect(account("6000", in: trial)?.hasSuffix("\"debit\": 1200.5, \"credit\": 0, \"balance\": 1200.5}") == true)
        try "entry_id,date,account_code,debit,credit\nJ-1,2026-11-05,6000,1200.51,\nJ-1,2026-11-05,1000,,1200.51\n"
            .write(to: good, atomically: true, encoding: .utf8)
        let conflict = try s.run(["ledger", "post", good.path])
        #expect(conflict.status == 1 && conflict.stderr.contains("J-1 was already posted with different content"))
    }

    @Test("a process killed while posting leaves the books whole: all of the file or none, verified")
    func killedMidPost() throws {
        let s = try imported()
        defer { try? FileManager.default.removeItem(at: s.work) }
        var text = "entry_id,date,account_code,debit,credit,memo\n"
        for n in 1...20_000 {
            text += "K-\(n),2026-11-10,6000,\(n).25,,batch\nK-\(n),2026-11-10,1000,,\(n).25,\n"
        }
        let file = s.work.appendingPathComponent("big.csv")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let before = try s.ok(["ledger", "trial-balance", "--json"])
        let process = Process()
        process.executableURL = FabrikProcess.executableURL
        process.arguments = ["ledger", "post", file.path, "--db", s.db]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 1.0)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(try s.ok(["ledger", "verify"]).contains("The ledger verifies"))
        let after = try s.ok(["ledger", "trial-balance", "--json"])
        let posted = try s.ok(["ledger", "journal", "--account", "6000"])
        #expect(after == before || posted.contains("K-20000"))
        // A retry completes (or finds everything posted) and the books still verify.
        _ = try s.ok(["ledger", "post", file.path])
        #expect(try s.ok(["ledger", "journal", "--account", "6000"]).contains("K-20000"))
        #expect(try s.ok(["ledger", "verify"]).contains("The ledger verifies"))
    }
}
