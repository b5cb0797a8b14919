import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Synchronization
import Testing

/// End to end on SampleData: `order status` and `promise` as a user runs
/// them, and the real `fabrik serve` on a free loopback port, answering
/// while another process re-plans.
@Suite("Order status, promise and serve end to end", .serialized)
struct ServeTests {
    /// A database with SampleData imported and planned as of 2026-12-01.
    static func plannedDatabase() throws -> (directory: URL, db: String) {
        let directory = try FabrikProcess.temporaryDirectory()
        let db = directory.appendingPathComponent("fabrik.sqlite").path
        let sample = FabrikProcess.repositoryRoot.appendingPathComponent("SampleData").path
        #expect(try FabrikProcess.run(["import", sample, "--db", db]).status == 0)
        #expect(try FabrikProcess.run(["mrp", "run", "--as-of", "2026-12-01", "--db", db]).status == 0)
        return (directory, db)
    }

    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("order status --json names the order that makes a late line late")
    func orderStatus() throws {
        let (directory, db) = try Self.plannedDatabase()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try FabrikProcess.run(["order", "status", "D-2026-102", "--db", db, "--json"])
        #expect(outcome.status == 0 && outcome.stderr.isEmpty)
        let body = try Self.object(outcome.stdout)
        let lines = try #require(body["lines"] as? [[String: Any]])
        #expect(lines.count == 2)
        #expect(lines[0]["late"] as? Bool == true)
        #expect(lines[0]["days_late"] as? Int == 21)
        #expect(lines[0]["late_because"] as? String == "PO-142")
        #expect(lines[0]["reserved_stock"] as? Int == 3)
        #expect(lines[1]["late"] as? Bool == false)
        #expect(lines[1]["projected_completion"] as? String == "2027-03-22")
        #expect(body["projected_completion"] as? String == "2027-03-22")
        let people = try FabrikProcess.run(["order", "status", "D-2026-102", "--db", db])
        #expect(people.stdout.contains("Line 1: 25 CARGO-900 at VLC, due 2027-01-20, projected 2027-02-10: LATE by 21 days because of PO-142."))
    }

    @Test("order status refuses deals that are not won, and unknown deals, with one sentence")
    func orderStatusRefusals() throws {
        let (directory, db) = try Self.plannedDatabase()
        defer { try? FileManager.default.removeItem(at: directory) }
        let proposal = try FabrikProcess.run(["order", "status", "D-2026-107", "--db", db])
        #expect(proposal.status == 1 && proposal.stdout.isEmpty)
        #expect(proposal.stderr == "Deal D-2026-107 is not won yet (stage proposal): it is not an order, so it has no order status; win it with `fabrik deal win D-2026-107`.\n")
        let lost = try FabrikProcess.run(["order", "status", "D-2026-110", "--db", db])
        #expect(lost.stderr == "Deal D-2026-110 is lost: it is not an order, so it has no order status.\n")
        let unknown = try FabrikProcess.run(["order", "status", "NOPE", "--db", db])
        #expect(unknown.status == 1 && unknown.stderr == "There is no deal NOPE.\n")
    }

    @Test("promise --json gives the capable-to-promise date and the path that decides it")
    func promise() throws {
        let (directory, db) = try Self.plannedDatabase()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try FabrikProcess.run(["promise", "CARGO-900", "--plant", "VLC", "--qty", "2", "--db", db, "--json"])
        #expect(outcome.status == 0)
        let body = try Self.object(outcome.stdout)
        #expect(body["date"] as? String == "2027-02-10")
        #expect(body["method"] as? String == "capable-to-promise")
        let path = try #require((body["capable_to_promise"] as? [String: Any])?["path"] as? [[String: Any]])
        #expect(path.last?["item"] as? String == "CELL-21700-A")
        let bad = try FabrikProcess.run(["promise", "CARGO-900", "--plant", "VLC", "--qty", "zero", "--db", db])
        #expect(bad.status == 64)
        let unknown = try FabrikProcess.run(["promise", "NOPE", "--plant", "VLC", "--qty", "1", "--db", db])
        #expect(unknown.status == 1 && unknown.stderr == "There is no item NOPE or no plant VLC.\n")
    }

    @Test("the real server answers on a free port, stays consistent while mrp run writes, and stops on SIGTERM")
    func liveServerUnderConcurrentPlanning() async throws {
        let (directory, db) = try Self.plannedDatabase()
        defer { try? FileManager.default.removeItem(at: directory) }
        // Planned-order counts of the two horizons the writer alternates.
        var expected: [Int: Int] = [:]
        for horizon in [60, 365] {
            let run = try FabrikProcess.run(["mrp", "run", "--as-of", "2026-12-01", "--horizon", String(horizon), "--db", db, "--json"])
            expected[horizon] = (try Self.object(run.stdout)["planned_orders"] as? [Any])?.count
        }
        #expect(expected[60] != expected[365])

        let server = try ServerProcess(db: db)
        defer { server.stop() }
        let base = "http://127.0.0.1:\(try server.waitForPort())"
        let (health, healthStatus) = try await HTTP.get(base + "/health")
        #expect(healthStatus == 200 && health == "{\"status\": \"ok\"}\n")
        #expect(try await HTTP.get(base + "/nowhere").status == 404)

        // The writer: 6 runs in another process, alternating horizons.
        let writerDone = Flag()
        let writer = Task.detached { () -> Int32 in
            defer { writerDone.set() }
            var worst: Int32 = 0
            for i in 0..<6 {
                let horizon = i % 2 == 0 ? "60" : "365"
                let run = try FabrikProcess.run(["mrp", "run", "--as-of", "2026-12-01", "--horizon", horizon, "--db", db])
                worst = max(worst, run.status)
            }
            return worst
        }
        var answers = 0
        let deadline = Date().addingTimeInterval(120)
        // Bounded: at most 400 rounds, and stop once the writer is done (after a few more).
        var roundsAfterWriter = 0
        for _ in 0..<400 where Date() < deadline && roundsAfterWriter < 5 {
            let (statusText, statusCode) = try await HTTP.get(base + "/status")
            #expect(statusCode == 200)
            let mrp = try #require(try Self.object(statusText)["mrp"] as? [String: Any])
            let horizon = try #require(mrp["horizon_days"] as? Int)
            let planned = try #require(mrp["planned_orders"] as? Int)
            let byType = try #require(mrp["orders_by_type"] as? [String: Int])
            let messages = try #require(mrp["messages_by_type"] as? [String: Int])
            #expect(planned == expected[horizon], "a /status mixed two plans: \(statusText)")
            #expect(byType.values.reduce(0, +) == planned)
            #expect(messages.values.reduce(0, +) == mrp["messages"] as? Int)
            let (orderText, orderCode) = try await HTTP.get(base + "/orders/D-2026-102")
            #expect(orderCode == 200)
            let order = try Self.object(orderText)
            #expect((order["lines"] as? [Any])?.count == 2)
            #expect((order["plan"] as? [String: Any])?["run_id"] is Int)
            answers += 1
            if writerDone.isSet { roundsAfterWriter += 1 }
        }
        #expect(try await writer.value == 0)
        #expect(answers >= 5)
        #expect(server.stop() == 0)
    }
}

/// A boolean set once, read from any thread.
final class Flag: Sendable {
    private let value = Mutex(false)
    func set() { value.withLock { $0 = true } }
    var isSet: Bool { value.withLock { $0 } }
}

/// `fabrik serve --port 0` as a child process; its stdout goes to a file
/// the test polls for the bound port.
final class ServerProcess: @unchecked Sendable {
    let process = Process()
    let outURL: URL

    init(db: String) throws {
        outURL = FileManager.default.temporaryDirectory.appendingPathComponent("fabrik-serve-\(UUID().uuidString).out")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        process.executableURL = FabrikProcess.executableURL
        process.arguments = ["serve", "--port", "0", "--db", db]
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// The port from `Fabrik serves http://127.0.0.1:PORT ...`, waiting up to 20 s.
    func waitForPort() throws -> Int {
        for _ in 0..<200 {
            let text = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
            if let range = text.range(of: "http://127.0.0.1:") {
                let digits = text[range.upperBound...].prefix { $0.isNumber }
                if let port = Int(digits) { return port }
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw CocoaError(.fileReadUnknown)
    }

    /// SIGTERM, then waits up to 10 s; the exit status (or -1 if it had to be killed).
    @discardableResult
    func stop() -> Int32 {
        guard process.isRunning else { try? FileManager.default.removeItem(at: outURL); return process.terminationStatus }
        process.terminate()
        for _ in 0..<100 where process.isRunning { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit(); return -1 }
        try? FileManager.default.removeItem(at: outURL)
        return process.terminationStatus
    }
}

/// One GET over loopback with URLSession, returning the body and status.
enum HTTP {
    static func get(_ url: String) async throws -> (text: String, status: Int) {
        let (data, response) = try await URLSession.shared.data(from: try #require(URL(string: url)))
        return (String(decoding: data, as: UTF8.self), (response as? HTTPURLResponse)?.statusCode ?? 0)
    }
}
