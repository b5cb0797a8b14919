import Foundation
import Testing

@Suite("fabrik import from the command line")
struct ImportCommandTests {
    func writeDataset(_ files: [String: String], to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
    }

    var minimal: [String: String] {
        [
            "plants.csv": "plant_id,name\nP1,Main\n",
            "items.csv": "item_id,name\nA,Widget\nB,Part\n",
            "item_plants.csv": "item_id,plant_id,procurement,lead_time_days\nA,P1,make,1\nB,P1,buy,2\n",
            "bom.csv": "parent_item_id,component_item_id,qty_per\nA,B,2\n",
        ]
    }

    @Test("a bad row fails with file:line: column: reason, exit 1, and the database keeps its content")
    func badRowLeavesDatabaseUnchanged() throws {
        let work = try FabrikProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let good = work.appendingPathComponent("good"), bad = work.appendingPathComponent("bad")
        try writeDataset(minimal, to: good)
        var broken = minimal
        broken["bom.csv"] = "parent_item_id,component_item_id,qty_per\nA,B,2\nA,ZZ,1\n"
        try writeDataset(broken, to: bad)
        let db = work.appendingPathComponent("f.sqlite").path
        #expect(try FabrikProcess.run(["import", good.path, "--db", db]).status == 0)
        let before = try FabrikProcess.run(["bom", "explode", "A", "--plant", "P1", "--db", db, "--json"])
        let failed = try FabrikProcess.run(["import", bad.path, "--db", db, "--replace"])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("bom.csv:3: component_item_id:"))
        #expect(failed.stdout.isEmpty)
        let after = try FabrikProcess.run(["bom", "explode", "A", "--plant", "P1", "--db", db, "--json"])
        #expect(after.stdout == before.stdout)
        #expect(after.stdout.contains("\"extended_qty\": 2"))
    }

    @Test("importing into a database that holds data is refused unless --replace")
    func refusesNonEmptyDatabase() throws {
        let work = try FabrikProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let folder = work.appendingPathComponent("ds")
        try writeDataset(minimal, to: folder)
        let db = work.appendingPathComponent("f.sqlite").path
        #expect(try FabrikProcess.run(["import", folder.path, "--db", db]).status == 0)
        let again = try FabrikProcess.run(["import", folder.path, "--db", db])
        #expect(again.status == 1)
        #expect(again.stderr.contains("--replace"))
        #expect(try FabrikProcess.run(["import", folder.path, "--db", db, "--replace"]).status == 0)
    }

    @Test("FABRIK_DB names the database when --db is absent")
    func environmentDatabase() throws {
        let work = try FabrikProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let folder = work.appendingPathComponent("ds")
        try writeDataset(minimal, to: folder)
        let db = work.appendingPathComponent("env.sqlite").path
        #expect(try FabrikProcess.run(["import", folder.path], environment: ["FABRIK_DB": db]).status == 0)
        #expect(FileManager.default.fileExists(atPath: db))
    }
}
