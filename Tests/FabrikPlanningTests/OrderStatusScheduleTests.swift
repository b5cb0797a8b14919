import Foundation
import FabrikCore
import FabrikPlanning
import Testing

/// The order status with a stored finite-capacity schedule, on the hand-built
/// plan of `OrderStatusPlan` (FG made at P1, Mon-Fri, from RAW bought there;
/// MO-1 due Wed 2027-01-06 covers 8 of line D-1/1, due Fri 2027-01-08).
@Suite("Order status: scheduled end dates when the schedule is current")
struct OrderStatusScheduleTests {
    static let day = OrderStatusPlan.day

    /// Schedule run 3 from plan run 7 (the fixture's), holding MO-1 on `start`...`completion`.
    static func schedule(start: String, completion: String, staleness: ScheduleStaleness? = nil) -> StatusSchedule {
        StatusSchedule(runId: 3, asOf: day("2026-12-01"), storedAt: "2026-12-01T01:00:00Z", planRunId: 7,
                       staleness: staleness,
                       orders: [IdKey("MO-1"): ScheduledDays(start: day(start), completion: day(completion))])
    }

    @Test("capacity makes MO-1 end on Tue 2027-01-12 instead of its MRP due Wed 2027-01-06: the line is 4 days late because of MO-1")
    func scheduledEnd() throws {
        var input = OrderStatusPlan().input()
        input.schedule = Self.schedule(start: "2027-01-04", completion: "2027-01-12")
        let status = OrderStatusBuilder.build(input)
        let line = try #require(status.lines.first)
        #expect(line.projectedCompletion == Self.day("2027-01-12"))
        #expect(line.daysLate == 4 && line.lateBecause == "MO-1")
        #expect(line.dateSource == .schedule)
        #expect(line.supplies.map { "\($0.id) \($0.projectedStart?.iso8601 ?? "-") \($0.projectedFinish) \($0.dateSource.name)" } == [
            "MO-1 2027-01-04 2027-01-12 schedule", "PO-1 2026-12-25 2027-01-04 plan", "stock - 2026-12-01 plan",
        ])
        #expect(status.projectedCompletion == Self.day("2027-01-12") && status.isLate)
        #expect(status.schedule?.isCurrent == true && status.schedule?.orders.isEmpty == true)
    }

    @Test("a schedule finishing before the MRP due date gives the earlier date: Mon 2027-01-04")
    func earlierThanPlan() throws {
        var input = OrderStatusPlan().input()
        input.schedule = Self.schedule(start: "2027-01-04", completion: "2027-01-04")
        let line = try #require(OrderStatusBuilder.build(input).lines.first)
        #expect(line.projectedCompletion == Self.day("2027-01-04") && !line.isLate && line.dateSource == .schedule)
    }

    @Test("a stale schedule changes nothing: plan dates, date source plan, the same document apart from the schedule key")
    func staleIsPlan() throws {
        let plain = OrderStatusBuilder.build(OrderStatusPlan().input())
        var input = OrderStatusPlan().input()
        input.schedule = Self.schedule(start: "2027-01-04", completion: "2027-01-12", staleness: .planReplaced(currentRunId: 8))
        let stale = OrderStatusBuilder.build(input)
        let line = try #require(stale.lines.first)
        #expect(line.projectedCompletion == Self.day("2027-01-06") && !line.isLate && line.dateSource == .plan)
        #expect(line.supplies.allSatisfy { $0.dateSource == .plan })
        #expect(line.supplies.map(\.projectedFinish) == (plain.lines.first?.supplies.map(\.projectedFinish) ?? []))
        let staleKey = #""schedule": {"run_id": 3, "as_of": "2026-12-01", "stored_at": "2026-12-01T01:00:00Z", "plan_run_id": 7, "used": false, "stale_because": "plan-replaced"}"#
        #expect(stale.renderJSON() == plain.renderJSON().replacingOccurrences(of: #""schedule": null"#, with: staleKey))
    }

    @Test("a late purchase moves the scheduled work: PO-1 ready Fri 01-15 is 9 working days after the scheduled start, so MO-1 ends Mon 01-18")
    func movedByLatePurchase() throws {
        var fixture = OrderStatusPlan()
        fixture.poRelease = Self.day("2026-11-20")  // PO-1 starts on as_of, +45 days = Fri 2027-01-15 (OrderStatusTests)
        var input = fixture.input()
        input.schedule = Self.schedule(start: "2027-01-04", completion: "2027-01-05")
        let line = try #require(OrderStatusBuilder.build(input).lines.first)
        // Working days Mon 01-04 ... Thu 01-14 before the material: 9; Tue 01-05 + 9 working days = Mon 01-18.
        let mo1 = try #require(line.supplies.first)
        #expect(mo1.projectedStart == Self.day("2027-01-15") && mo1.projectedFinish == Self.day("2027-01-18"))
        #expect(line.projectedCompletion == Self.day("2027-01-18"))
        #expect(line.daysLate == 10 && line.lateBecause == "PO-1" && line.dateSource == .schedule)
    }

    @Test("the JSON says where each date came from and that the schedule was used")
    func json() {
        var input = OrderStatusPlan().input()
        input.schedule = Self.schedule(start: "2027-01-04", completion: "2027-01-12")
        let text = OrderStatusBuilder.build(input).renderJSON()
        #expect(text.contains(#""start": "2027-01-04", "finish": "2027-01-12", "late": true, "supplier": null, "source_plant": null, "date_source": "schedule"}"#))
        #expect(text.contains(#""finish": "2026-12-01", "late": false, "supplier": null, "source_plant": null, "date_source": "plan"}], "date_source": "schedule"}]"#))
        #expect(text.contains(#""schedule": {"run_id": 3, "as_of": "2026-12-01", "stored_at": "2026-12-01T01:00:00Z", "plan_run_id": 7, "used": true, "stale_because": null}, "ledger": "#))
        let plain = OrderStatusBuilder.build(OrderStatusPlan().input()).renderJSON()
        #expect(plain.contains(#""schedule": null, "ledger": "#))
    }

    @Test("current exactly while the schedule's recorded plan is the stored plan and it does not start before its as_of")
    func staleness() {
        let plan = PlanRunIdentity(runId: 1, storedAt: "2026-12-01T10:00:00Z", seconds: 0.25)
        let asOf = Self.day("2026-12-01")
        #expect(ScheduleStaleness.of(basis: plan, scheduleAsOf: asOf, current: plan, planAsOf: asOf) == nil)
        #expect(ScheduleStaleness.of(basis: plan, scheduleAsOf: asOf + 3, current: plan, planAsOf: asOf) == nil)
        #expect(ScheduleStaleness.of(basis: plan, scheduleAsOf: asOf - 1, current: plan, planAsOf: asOf) == .asOfBeforePlan)
        #expect(ScheduleStaleness.of(basis: nil, scheduleAsOf: asOf, current: plan, planAsOf: asOf) == .planNotRecorded)
        #expect(ScheduleStaleness.of(basis: plan, scheduleAsOf: asOf, current: nil, planAsOf: nil) == .noPlan)
        let next = PlanRunIdentity(runId: 2, storedAt: "2026-12-01T10:05:00Z", seconds: 0.25)
        #expect(ScheduleStaleness.of(basis: plan, scheduleAsOf: asOf, current: next, planAsOf: asOf) == .planReplaced(currentRunId: 2))
        // An import restarts the run ids: run 1 again, stored later, is another plan.
        let reimported = PlanRunIdentity(runId: 1, storedAt: "2026-12-01T11:00:00Z", seconds: 0.25)
        #expect(ScheduleStaleness.of(basis: plan, scheduleAsOf: asOf, current: reimported, planAsOf: asOf) == .planReplaced(currentRunId: 1))
    }
}
