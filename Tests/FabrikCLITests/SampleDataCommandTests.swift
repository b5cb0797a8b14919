import Foundation
import Testing

/// CRM and BOM queries on the sample company, hand-checked against SampleData.
@Suite("CRM and BOM queries on SampleData")
struct SampleDataCommandTests {
    static func database() throws -> (URL, String) {
        let work = try FabrikProcess.temporaryDirectory()
        let db = work.appendingPathComponent("s.sqlite").path
        let sample = FabrikProcess.repositoryRoot.appendingPathComponent("SampleData").path
        let imported = try FabrikProcess.run(["import", sample, "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        return (work, db)
    }

    @Test("bom explode gives extended quantities with scrap rounded up to the component's decimals")
    func explode() throws {
        let (work, db) = try Self.database()
        defer { try? FileManager.default.removeItem(at: work) }
        let run = try FabrikProcess.run(["bom", "explode", "DRIVE-M", "--plant", "PLZ", "--qty", "2", "--date", "2027-01-10", "--db", db])
        #expect(run.status == 0, "\(run.stderr)")
        // 2 drives x 1 stator x 0.42 kg x 1.03 scrap = 0.8652 kg, rounded up to 3 decimals.
        let copper = run.stdout.split(separator: "\n").first { $0.contains("COPPER-WIRE") }.map(String.init) ?? ""
        #expect(copper.hasPrefix("3  "))
        #expect(copper.contains("0.866"))
        let json = try FabrikProcess.run(["bom", "explode", "DRIVE-M", "--plant", "PLZ", "--qty", "2", "--date", "2027-01-10", "--db", db, "--json"])
        #expect(json.stdout.contains("\"item\": \"BEARING-6001\", \"name\": \"Ball bearing 6001-2RS\", \"qty_per\": 2, \"scrap_pct\": 0, \"extended_qty\": 4"))
    }

    @Test("the cell module switches cells on the effectivity date")
    func effectivity() throws {
        let (work, db) = try Self.database()
        defer { try? FileManager.default.removeItem(at: work) }
        let before = try FabrikProcess.run(["bom", "explode", "CELL-MOD-13S", "--plant", "PLZ", "--date", "2027-02-28", "--db", db])
        let after = try FabrikProcess.run(["bom", "explode", "CELL-MOD-13S", "--plant", "PLZ", "--date", "2027-03-01", "--db", db])
        #expect(before.stdout.contains("CELL-21700-A") && !before.stdout.contains("CELL-21700-B"))
        #expect(after.stdout.contains("CELL-21700-B") && !after.stdout.contains("CELL-21700-A"))
    }

    @Test("where-used walks from the wound stator up to all four bikes that use it")
    func whereUsed() throws {
        let (work, db) = try Self.database()
        defer { try? FileManager.default.removeItem(at: work) }
        let run = try FabrikProcess.run(["bom", "where-used", "STATOR-W", "--db", db, "--json"])
        #expect(run.status == 0)
        for parent in ["MOTOR-CORE-M", "DRIVE-M", "CITY-500", "TREK-700", "MOTOR-CORE-X", "DRIVE-X", "CARGO-900", "TRAIL-800"] {
            #expect(run.stdout.contains("\"parent\": \"\(parent)\""), "\(parent)")
        }
        #expect(run.stdout.contains("{\"level\": 3, \"parent\": \"CITY-500\""))
    }

    @Test("deal win refuses lost, already won and unknown deals and wins an open one")
    func dealWin() throws {
        let (work, db) = try Self.database()
        defer { try? FileManager.default.removeItem(at: work) }
        let lost = try FabrikProcess.run(["deal", "win", "D-2026-110", "--db", db])
        #expect(lost.status == 1 && lost.stderr.contains("lost"))
        let won = try FabrikProcess.run(["deal", "win", "D-2026-101", "--db", db])
        #expect(won.status == 1 && won.stderr.contains("already won"))
        let unknown = try FabrikProcess.run(["deal", "win", "NOPE", "--db", db])
        #expect(unknown.status == 1 && unknown.stderr.contains("NOPE"))
        #expect(try FabrikProcess.run(["deal", "win", "D-2026-106", "--db", db]).status == 0)
        let list = try FabrikProcess.run(["deal", "list", "--stage", "won", "--db", db, "--json"])
        #expect(list.stdout.contains("\"deal_id\": \"D-2026-106\""))
        #expect(list.stdout.components(separatedBy: "\"stage\": \"won\"").count - 1 == 6)
        let badStage = try FabrikProcess.run(["deal", "list", "--stage", "closed", "--db", db])
        #expect(badStage.status == 64)
    }

    @Test("the demo runs from any folder and shows sales, engineering, planner and buyer views")
    func demo() throws {
        let work = try FabrikProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let db = work.appendingPathComponent("demo.sqlite").path
        let run = try FabrikProcess.run(["demo", "--db", db], in: work)
        #expect(run.status == 0, "\(run.stderr)")
        for heading in ["-- Sales", "-- Engineering", "-- Planner", "-- Buyer", "what feeds deal line"] {
            #expect(run.stdout.contains(heading), "\(heading)")
        }
        #expect(run.stdout.contains("-- Sales: status of won deal"))
        #expect(run.stdout.contains("fabrik serve --db \(db)"))
        #expect(run.stdout.contains("curl http://127.0.0.1:8080/orders/"))
        let again = try FabrikProcess.run(["demo", "--db", db], in: work)
        #expect(again.status == 1)
        #expect(again.stderr.contains("already holds data"))
    }

    @Test("generate writes the same bytes for the same seed, and the result imports")
    func generate() throws {
        let work = try FabrikProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let a = work.appendingPathComponent("a").path, b = work.appendingPathComponent("b").path
        #expect(try FabrikProcess.run(["generate", a, "--items", "300", "--seed", "9"]).status == 0)
        #expect(try FabrikProcess.run(["generate", b, "--items", "300", "--seed", "9"]).status == 0)
        for file in ["items.csv", "bom.csv", "item_plants.csv", "open_orders.csv", "deal_lines.csv"] {
            let x = try Data(contentsOf: URL(fileURLWithPath: a).appendingPathComponent(file))
            let y = try Data(contentsOf: URL(fileURLWithPath: b).appendingPathComponent(file))
            #expect(x == y, "\(file)")
        }
        let db = work.appendingPathComponent("g.sqlite").path
        let imported = try FabrikProcess.run(["import", a, "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        let plan = try FabrikProcess.run(["mrp", "run", "--db", db, "--as-of", "2026-12-01", "--horizon", "120", "--json"])
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(plan.stdout.contains("{\"id\": \"MO-1\", \"type\": \"production\""))
    }
}
