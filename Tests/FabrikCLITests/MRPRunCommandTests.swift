import Foundation
import Testing

@Suite("fabrik mrp run: bad input and edge cases")
struct MRPRunCommandTests {
    func example(_ name: String) -> String { FabrikProcess.fixtures.appendingPathComponent("mrp-examples/\(name)").path }

    @Test("a run on an empty database is a clear error with exit 1")
    func emptyDatabase() throws {
        let work = try FabrikProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let run = try FabrikProcess.run(["mrp", "run", "--db", work.appendingPathComponent("e.sqlite").path, "--as-of", "2026-01-05"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("holds no dataset"))
    }

    @Test("an as-of date that does not parse and a horizon of 0 are usage errors (exit 64), nothing stored")
    func badArguments() throws {
        let work = try FabrikProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let db = work.appendingPathComponent("x.sqlite").path
        #expect(try FabrikProcess.run(["import", example("01-lfl-orlicky"), "--db", db]).status == 0)
        let badDate = try FabrikProcess.run(["mrp", "run", "--db", db, "--as-of", "2026-02-30"])
        #expect(badDate.status == 64)
        #expect(badDate.stderr.contains("2026-02-30"))
        let zero = try FabrikProcess.run(["mrp", "run", "--db", db, "--as-of", "2026-01-05", "--horizon", "0"])
        #expect(zero.status == 64)
        #expect(zero.stderr.contains("--horizon"))
        let orders = try FabrikProcess.run(["mrp", "orders", "--db", db])
        #expect(orders.status == 1)
        #expect(orders.stderr.contains("no stored plan"))
    }

    @Test("a database without won deals plans fine and says there was no demand")
    func noDemand() throws {
        let work = try FabrikProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let folder = work.appendingPathComponent("ds")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let files = [
            "plants.csv": "plant_id\nP1\n", "items.csv": "item_id\nA\n",
            "item_plants.csv": "item_id,plant_id,procurement,lead_time_days,safety_stock\nA,P1,buy,2,5\n",
        ]
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let db = work.appendingPathComponent("x.sqlite").path
        #expect(try FabrikProcess.run(["import", folder.path, "--db", db]).status == 0)
        let run = try FabrikProcess.run(["mrp", "run", "--db", db, "--as-of", "2026-01-05", "--horizon", "10"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("no demand"))
        let json = try FabrikProcess.run(["mrp", "run", "--db", db, "--as-of", "2026-01-05", "--horizon", "10", "--json"])
        // Safety stock alone: one PO of 5 due on as_of, released 2 days before.
        #expect(json.stdout.contains("\"id\": \"PO-1\""))
        #expect(json.stdout.contains("\"qty\": 5, \"release_date\": \"2026-01-03\", \"due_date\": \"2026-01-05\""))
    }
}
