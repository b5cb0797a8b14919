import Foundation
import Testing

/// The contract's worked examples (copied from shared/examples/mrp into
/// Fixtures), run through the real CLI exactly as the checks call it.
@Suite("Worked MRP examples end to end")
struct MRPExampleTests {
    static let examples = ["01-lfl-orlicky", "05-three-level", "08-transfer", "14-reschedule-messages",
                           "20-receipt-pull-in", "21-safety-stock-pegging"]

    @Test("fabrik import + mrp run --json reproduces the expected plan", arguments: examples)
    func example(name: String) throws {
        let folder = FabrikProcess.fixtures.appendingPathComponent("mrp-examples/\(name)")
        let params = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("params.json"))) as? [String: Any]
        let asOf = try #require(params?["as_of"] as? String)
        let horizon = try #require(params?["horizon"] as? Int)
        let work = try FabrikProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let db = work.appendingPathComponent("x.sqlite").path
        let imported = try FabrikProcess.run(["import", folder.path, "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        let run = try FabrikProcess.run(["mrp", "run", "--db", db, "--as-of", asOf, "--horizon", String(horizon), "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let got = try PlanDocument(text: run.stdout)
        let expected = try PlanDocument(text: String(contentsOf: folder.appendingPathComponent("expected.json"), encoding: .utf8))
        #expect(got.comparable == expected.comparable)
        // The stored plan prints the same document.
        let stored = try FabrikProcess.run(["mrp", "orders", "--db", db, "--json"])
        #expect(stored.status == 0, "\(stored.stderr)")
        #expect(try PlanDocument(text: stored.stdout).comparable == expected.comparable)
    }
}

/// A plan JSON document reduced to what the contract fixes: message texts and
/// stats.seconds dropped, everything else (order, numbers as text) kept.
struct PlanDocument {
    var comparable: String

    init(text: String) throws {
        guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw CommandError("not a JSON object")
        }
        var copy = object
        if var stats = copy["stats"] as? [String: Any] { stats["seconds"] = 0; copy["stats"] = stats }
        if let messages = copy["messages"] as? [[String: Any]] {
            copy["messages"] = messages.map { m -> [String: Any] in var m = m; m["text"] = ""; return m }
        }
        let data = try JSONSerialization.data(withJSONObject: copy, options: [.sortedKeys])
        comparable = String(decoding: data, as: UTF8.self)
        // Key order and number spelling are checked on the raw text.
        for key in ["\"as_of\"", "\"horizon_days\"", "\"planned_orders\"", "\"receipts\"", "\"on_hand\"", "\"messages\"", "\"stats\""] {
            if !text.contains(key) { throw CommandError("missing key \(key)") }
        }
        if text.contains(".0,") || text.contains(".0}") { throw CommandError("a number has a trailing zero") }
    }
}

struct CommandError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
