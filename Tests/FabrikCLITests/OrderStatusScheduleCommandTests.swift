import Foundation
import Testing

/// `fabrik order status` before and after `fabrik schedule run`, and after a
/// new `fabrik mrp run`, on Fixtures/schedule-status (see its README: MRP
/// finishes MO-1 on Thu 2026-12-10, the line's due date; its 24 hours of work
/// at 8 h a day end on Fri 2026-12-11).
@Suite("Order status uses the current schedule's end dates", .serialized)
struct OrderStatusScheduleCommandTests {
    static func status(_ db: String) throws -> (document: [String: Any], line: [String: Any], firstSupply: [String: Any]) {
        let outcome = try FabrikProcess.run(["order", "status", "D1", "--json", "--db", db])
        #expect(outcome.status == 0 && outcome.stderr.isEmpty, "\(outcome.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let line = try #require((document["lines"] as? [[String: Any]])?.first)
        let supply = try #require((line["supply"] as? [[String: Any]])?.first)
        return (document, line, supply)
    }

    static func text(_ db: String) throws -> String {
        let outcome = try FabrikProcess.run(["order", "status", "D1", "--db", db])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return outcome.stdout
    }

    @Test("plan dates before schedule run, scheduled dates after it (also after a release), plan dates again after a new mrp run")
    func planScheduleStale() throws {
        let work = try FabrikProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let db = work.appendingPathComponent("s.sqlite").path
        let fixture = FabrikProcess.fixtures.appendingPathComponent("schedule-status").path
        #expect(try FabrikProcess.run(["import", fixture, "--db", db]).status == 0)
        #expect(try FabrikProcess.run(["mrp", "run", "--as-of", "2026-12-01", "--db", db]).status == 0)

        let planned = try Self.status(db)
        #expect(planned.line["projected_completion"] as? String == "2026-12-10")
        #expect(planned.line["late"] as? Bool == false && planned.line["date_source"] as? String == "plan")
        #expect(planned.firstSupply["id"] as? String == "MO-1" && planned.firstSupply["start"] as? String == "2026-12-09")
        #expect(planned.document["schedule"] is NSNull)
        let plannedText = try Self.text(db)
        #expect(plannedText.contains("Line 1: 3 FG at P1, due 2026-12-10, projected 2026-12-10: on time."))
        #expect(!plannedText.contains("schedule"))

        let scheduled = try FabrikProcess.run(["schedule", "run", "--iterations", "10", "--db", db])
        #expect(scheduled.status == 0, "\(scheduled.stderr)")
        let current = try Self.status(db)
        #expect(current.line["projected_completion"] as? String == "2026-12-11")
        #expect(current.line["late"] as? Bool == true && current.line["days_late"] as? Int == 1)
        #expect(current.line["late_because"] as? String == "MO-1" && current.line["date_source"] as? String == "schedule")
        #expect(current.firstSupply["start"] as? String == "2026-12-09" && current.firstSupply["finish"] as? String == "2026-12-11")
        #expect(current.firstSupply["date_source"] as? String == "schedule")
        #expect(current.document["projected_completion"] as? String == "2026-12-11")
        let schedule = try #require(current.document["schedule"] as? [String: Any])
        #expect(schedule["run_id"] as? Int == 1 && schedule["plan_run_id"] as? Int == 1)
        #expect(schedule["used"] as? Bool == true && schedule["stale_because"] is NSNull)
        let currentText = try Self.text(db)
        #expect(currentText.contains("Line 1: 3 FG at P1, due 2026-12-10, projected 2026-12-11 (scheduled): LATE by 1 day because of MO-1."))
        #expect(currentText.contains("Production orders finish as scheduled by schedule run 1 (as of 2026-12-01, stored "))

        // A release is an order transaction, not a new plan: the schedule stays current.
        #expect(try FabrikProcess.run(["order", "release", "MO-1", "--db", db]).status == 0)
        let released = try Self.status(db)
        #expect(released.firstSupply["converted_to"] as? String == "MFG-1")
        #expect(released.line["projected_completion"] as? String == "2026-12-11")

        #expect(try FabrikProcess.run(["mrp", "run", "--as-of", "2026-12-01", "--db", db]).status == 0)
        let stale = try Self.status(db)
        #expect(stale.line["date_source"] as? String == "plan" && stale.firstSupply["date_source"] as? String == "plan")
        let staleSchedule = try #require(stale.document["schedule"] as? [String: Any])
        #expect(staleSchedule["used"] as? Bool == false && staleSchedule["stale_because"] as? String == "plan-replaced")
        #expect(staleSchedule["plan_run_id"] as? Int == 1)
        #expect(stale.firstSupply["id"] as? String == "MFG-1" && stale.line["projected_completion"] as? String == "2026-12-10")
        let staleText = try Self.text(db)
        #expect(staleText.contains("The stored schedule run 1 (as of 2026-12-01, stored "))
        #expect(staleText.contains("is not used: it was computed from plan run 1, which MRP run 2 has replaced;"))

        // Scheduling the new plan: the open order MFG-1 gets the same 24 hours, Wed to Fri.
        #expect(try FabrikProcess.run(["schedule", "run", "--iterations", "10", "--db", db]).status == 0)
        let rescheduled = try Self.status(db)
        #expect(rescheduled.firstSupply["id"] as? String == "MFG-1" && rescheduled.firstSupply["finish"] as? String == "2026-12-11")
        #expect(rescheduled.line["late_because"] as? String == "MFG-1" && rescheduled.line["date_source"] as? String == "schedule")
        let second = try #require(rescheduled.document["schedule"] as? [String: Any])
        #expect(second["run_id"] as? Int == 2 && second["plan_run_id"] as? Int == 2 && second["used"] as? Bool == true)

        // Completing MFG-1 keeps the schedule current, but a complete order is done: it finishes by as_of, as planned.
        #expect(try FabrikProcess.run(["stock", "issue", "MFG-1", "--date", "2026-12-09", "--db", db]).status == 0)
        #expect(try FabrikProcess.run(["order", "complete", "MFG-1", "--date", "2026-12-11", "--db", db]).status == 0)
        let complete = try Self.status(db)
        #expect(complete.firstSupply["state"] as? String == "complete" && complete.firstSupply["finish"] as? String == "2026-12-01")
        #expect(complete.firstSupply["date_source"] as? String == "plan" && complete.line["late"] as? Bool == false)
        #expect((complete.document["schedule"] as? [String: Any])?["used"] as? Bool == true)
    }

    @Test("a running fabrik serve answers /orders exactly as order status --json, following schedule run and mrp run in other processes")
    func httpFollowsTheSchedule() async throws {
        let work = try FabrikProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let db = work.appendingPathComponent("s.sqlite").path
        let fixture = FabrikProcess.fixtures.appendingPathComponent("schedule-status").path
        #expect(try FabrikProcess.run(["import", fixture, "--db", db]).status == 0)
        #expect(try FabrikProcess.run(["mrp", "run", "--as-of", "2026-12-01", "--db", db]).status == 0)
        let server = try ServerProcess(db: db)
        defer { server.stop() }
        let url = "http://127.0.0.1:\(try server.waitForPort())/orders/D1"
        func cli() throws -> String { try FabrikProcess.run(["order", "status", "D1", "--json", "--db", db]).stdout }

        let planned = try await HTTP.get(url)
        let plannedCLI = try cli()
        #expect(planned.status == 200 && planned.text == plannedCLI)
        #expect(planned.text.contains(#""projected_completion": "2026-12-10""#) && planned.text.contains(#""schedule": null"#))
        #expect(try await HTTP.get(url).text == planned.text)  // the cached answer

        #expect(try FabrikProcess.run(["schedule", "run", "--iterations", "10", "--db", db]).status == 0)
        let scheduled = try await HTTP.get(url)
        let scheduledCLI = try cli()
        #expect(scheduled.text == scheduledCLI)
        #expect(scheduled.text.contains(#""projected_completion": "2026-12-11""#) && scheduled.text.contains(#""used": true"#))
        let statusURL = url.replacingOccurrences(of: "/orders/D1", with: "/status")
        let summary = try await HTTP.get(statusURL).text
        #expect(summary.contains(#""plan_run_id": 1, "current": true, "stale_because": null}"#), "\(summary)")

        #expect(try FabrikProcess.run(["mrp", "run", "--as-of", "2026-12-01", "--db", db]).status == 0)
        let stale = try await HTTP.get(url)
        let staleCLI = try cli()
        #expect(stale.text == staleCLI)
        #expect(stale.text.contains(#""projected_completion": "2026-12-10""#))
        #expect(stale.text.contains(#""used": false, "stale_because": "plan-replaced""#))
        let staleSummary = try await HTTP.get(statusURL).text
        #expect(staleSummary.contains(#""plan_run_id": 1, "current": false, "stale_because": "plan-replaced"}"#), "\(staleSummary)")
        #expect(server.stop() == 0)
    }
}
