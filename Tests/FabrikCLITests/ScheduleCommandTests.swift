import Foundation
import Testing

/// `fabrik schedule run/show/load` end to end on SampleData, as a user runs them.
@Suite("Scheduling commands on SampleData")
struct ScheduleCommandTests {
    /// SampleData imported into a fresh database; planned when `plan`.
    static func database(plan: Bool = true) throws -> (URL, String) {
        let work = try FabrikProcess.temporaryDirectory()
        let db = work.appendingPathComponent("s.sqlite").path
        let sample = FabrikProcess.repositoryRoot.appendingPathComponent("SampleData").path
        let imported = try FabrikProcess.run(["import", sample, "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        if plan {
            let planned = try FabrikProcess.run(["mrp", "run", "--as-of", "2026-12-01", "--db", db])
            #expect(planned.status == 0, "\(planned.stderr)")
        }
        return (work, db)
    }

    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// The document without its `stats.seconds` value.
    static func withoutSeconds(_ text: String) -> String {
        text.replacingOccurrences(of: #""seconds": [0-9.]+"#, with: "\"seconds\": _", options: .regularExpression)
    }

    @Test("schedule run --iterations 50 --json is the same document twice apart from stats.seconds")
    func deterministic() throws {
        let (work, db) = try Self.database()
        defer { try? FileManager.default.removeItem(at: work) }
        let first = try FabrikProcess.run(["schedule", "run", "--iterations", "50", "--json", "--db", db])
        let second = try FabrikProcess.run(["schedule", "run", "--iterations", "50", "--json", "--db", db])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.isEmpty)
        #expect(Self.withoutSeconds(first.stdout) == Self.withoutSeconds(second.stdout))
        #expect(first.stdout.contains("\"iterations\": 50, \"seconds\": "))
        let shown = try FabrikProcess.run(["schedule", "show", "--format", "json", "--db", db])
        #expect(shown.stdout == second.stdout)
    }

    @Test("the JSON has the contract's keys in order, times that end after they start and no overlap on a machine")
    func shapeAndFeasibility() throws {
        let (work, db) = try Self.database()
        defer { try? FileManager.default.removeItem(at: work) }
        let run = try FabrikProcess.run(["schedule", "run", "--iterations", "50", "--json", "--db", db])
        #expect(run.status == 0, "\(run.stderr)")
        let text = run.stdout
        let keys = ["\"as_of\": \"2026-12-01\"", "\"operations\": [", "\"orders\": [", "\"messages\": [", "\"stats\": {\"operations\": "]
        let positions = keys.map { text.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(zip(positions, positions.dropFirst()).allSatisfy { a, b in (a ?? text.startIndex) < (b ?? text.startIndex) })
        #expect(text.contains("{\"order\": \"WO-3301\", \"op_seq\": 10, \"work_center\": \"PLZ-MOTOR\", \"machine\": 1, \"start\": \"2026-12-01T00:00\""))
        let document = try Self.object(text)
        let operations = try #require(document["operations"] as? [[String: Any]])
        let orders = try #require(document["orders"] as? [[String: Any]])
        let stats = try #require(document["stats"] as? [String: Any])
        #expect(operations.count == (stats["operations"] as? Int))
        #expect(operations.count > 50)
        #expect(orders.count >= Set(operations.compactMap { $0["order"] as? String }).count)
        for op in operations {
            #expect(Array(op.keys).sorted() == ["end", "machine", "op_seq", "order", "start", "work_center"])
        }
        for order in orders {
            #expect(Array(order.keys).sorted() == ["due_date", "end", "item", "order", "plant", "start", "tardiness_hours", "weight"])
        }
        var byMachine: [String: [(start: String, end: String)]] = [:]
        for op in operations {
            let start = try #require(op["start"] as? String), end = try #require(op["end"] as? String)
            #expect(start < end, "\(op)")
            let machine = "\(op["work_center"] ?? "")#\(op["machine"] ?? "")"
            byMachine[machine, default: []].append((start, end))
        }
        for (machine, spans) in byMachine {
            let sorted = spans.sorted { $0.start < $1.start }
            for (a, b) in zip(sorted, sorted.dropFirst()) { #expect(a.end <= b.start, "\(machine): \(a) overlaps \(b)") }
        }
    }

    @Test("schedule show --format svg is a standalone SVG with a bar per operation and escaped text")
    func svg() throws {
        let (work, db) = try Self.database()
        defer { try? FileManager.default.removeItem(at: work) }
        let run = try FabrikProcess.run(["schedule", "run", "--iterations", "20", "--json", "--db", db])
        let operations = try #require(try Self.object(run.stdout)["operations"] as? [[String: Any]])
        let shown = try FabrikProcess.run(["schedule", "show", "--format", "svg", "--db", db])
        #expect(shown.status == 0, "\(shown.stderr)")
        let svg = shown.stdout
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.hasSuffix("</svg>\n"))
        #expect(svg.contains("Production schedule as of 2026-12-01"))
        // One group per operation, each with a hover title and at least one bar.
        let groups = svg.components(separatedBy: "<g>").dropFirst()
        #expect(groups.count == operations.count)
        #expect(groups.allSatisfy { $0.contains("<title>") && $0.contains("<rect ") })
        #expect(!svg.contains(" & ") && !svg.contains("->"))
        let plant = try FabrikProcess.run(["schedule", "show", "--format", "svg", "--plant", "PLZ", "--db", db])
        let plzOperations = operations.filter { ($0["work_center"] as? String)?.hasPrefix("PLZ-") == true }
        #expect(plant.stdout.components(separatedBy: "<g>").count - 1 == plzOperations.count)
    }

    @Test("schedule show as table and CSV, schedule load as table and JSON")
    func tablesAndLoad() throws {
        let (work, db) = try Self.database()
        defer { try? FileManager.default.removeItem(at: work) }
        _ = try FabrikProcess.run(["schedule", "run", "--iterations", "10", "--db", db])
        let csv = try FabrikProcess.run(["schedule", "show", "--format", "csv", "--work-center", "PLZ-MOTOR", "--db", db])
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.first == "plant,work_center,machine,order,op_seq,item,start,end,due_date,late_hours,serves")
        #expect(lines.count > 2)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("PLZ,PLZ-MOTOR,1,") })
        let table = try FabrikProcess.run(["schedule", "show", "--plant", "AMS", "--db", db])
        #expect(table.status == 0)
        #expect(table.stdout.contains("AMS-ASSY") && !table.stdout.contains("PLZ-"))
        let load = try FabrikProcess.run(["schedule", "load", "--plant", "PLZ", "--json", "--db", db])
        let rows = try #require(try Self.object(load.stdout)["loads"] as? [[String: Any]])
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { ($0["plant"] as? String) == "PLZ" })
        #expect(rows.first?.keys.sorted() == ["capacity_hours", "date", "load_hours", "plant", "utilisation", "work_center"])
        let unknown = try FabrikProcess.run(["schedule", "show", "--plant", "NOPE", "--db", db])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "The stored schedule has no plant NOPE.\n")
    }

    @Test("the demo schedules deterministically and writes the Gantt SVG next to its database")
    func demo() throws {
        let work = try FabrikProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let db = work.appendingPathComponent("demo.sqlite").path
        let run = try FabrikProcess.run(["demo", "--db", db])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("-- Planner: finite-capacity schedule (fabrik schedule run --iterations 300)"))
        #expect(run.stdout.contains("(300 iterations)."))
        let svgPath = work.appendingPathComponent("demo.gantt.svg").path
        #expect(run.stdout.contains("Gantt chart of the schedule: \(svgPath)"))
        let svg = try String(contentsOfFile: svgPath, encoding: .utf8)
        #expect(svg.hasPrefix("<svg "))
        let shown = try FabrikProcess.run(["schedule", "show", "--format", "svg", "--db", db])
        #expect(shown.stdout == svg)
    }

    @Test("schedule run without an MRP plan and show without a schedule fail with one sentence")
    func errors() throws {
        let (work, db) = try Self.database(plan: false)
        defer { try? FileManager.default.removeItem(at: work) }
        let run = try FabrikProcess.run(["schedule", "run", "--db", db])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "There is no MRP plan to schedule yet; run `fabrik mrp run` first.\n")
        let show = try FabrikProcess.run(["schedule", "show", "--db", db])
        #expect(show.status == 1)
        #expect(show.stderr == "There is no stored schedule yet; run `fabrik schedule run` first.\n")
        let usage = try FabrikProcess.run(["schedule", "run", "--time-limit", "0", "--db", db])
        #expect(usage.status == 64)
    }
}
