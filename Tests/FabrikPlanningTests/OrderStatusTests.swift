import FabrikCore
import FabrikPlanning
import Testing

/// A hand-built plan: FG made at P1 (Mon-Fri) from RAW bought there.
/// MO-1 (FG, 10) covers 8 of deal line D-1/1, stock of FG covers 2; PO-1
/// (RAW, 10) feeds MO-1. Dates are chosen so the arithmetic is by hand.
struct OrderStatusPlan {
    static func day(_ text: String) -> Day { Day(iso8601: text) ?? Day(daysSinceEpoch: 0) }
    static let monToFri = WorkCalendar(workdays: WorkdayMask(bits: 0x1F), holidays: [])

    var poRelease = day("2026-12-25")
    var receiptState = OpenOrderFacts(orderId: "PUR-1", type: .purchase, quantity: .units(5), dueDate: day("2026-12-20"))
    var withReceipt = false

    func plan() -> MaterialPlan {
        var orders = PlannedOrderTable()
        func add(_ type: OrderType, _ number: Int32, item: Int32, release: String, due: String, pegs: [(PlanReference, Int64)]) {
            orders.type.append(type); orders.number.append(number); orders.item.append(item); orders.plant.append(0)
            orders.quantity.append(.units(10)); orders.releaseDate.append(Self.day(release)); orders.dueDate.append(Self.day(due))
            orders.supplier.append(-1); orders.sourcePlant.append(-1)
            for (demand, qty) in pegs { orders.pegs.append(demand, .units(qty)) }
            orders.pegs.closeRow()
        }
        let mo1 = PlanReference(kind: .productionOrder, value: 1)
        add(.production, 1, item: 0, release: "2027-01-04", due: "2027-01-06", pegs: [(PlanReference(kind: .dealLine, value: 0), 8), (.stock, 2)])
        add(.purchase, 1, item: 1, release: poRelease.iso8601, due: "2027-01-04", pegs: [(mo1, 10)])
        var receipts = ReceiptTable()
        if withReceipt {
            receipts.openOrder = [0]; receipts.type = [.purchase]; receipts.item = [1]; receipts.plant = [0]
            receipts.quantity = [.units(5)]; receipts.dueDate = [Self.day("2026-12-20")]; receipts.effectiveDate = [Self.day("2026-12-20")]
            receipts.pegs.append(mo1, .units(5)); receipts.pegs.closeRow()
        }
        var onHand = OnHandTable()
        onHand.item = [0]; onHand.plant = [0]; onHand.quantity = [.units(7)]
        onHand.pegs.append(PlanReference(kind: .dealLine, value: 0), .units(2)); onHand.pegs.append(.stock, .units(5)); onHand.pegs.closeRow()
        return MaterialPlan(asOf: Self.day("2026-12-01"), horizonDays: 365, itemCodes: ["FG", "RAW"], plantCodes: ["P1"],
                            supplierCodes: [], dealLineIds: ["D-1/1"], openOrderIds: withReceipt ? ["PUR-1"] : [],
                            plannedOrders: orders, receipts: receipts, onHand: onHand, messages: [],
                            statistics: PlanStatistics(nodes: 2, plannedOrders: 2, requirementsBeyondHorizon: 0))
    }

    func input(lineDue: String = "2027-01-08", shipped: Int64 = 0) -> OrderStatusInput {
        OrderStatusInput(
            deal: DealFacts(dealId: "D-1", title: "Test", stage: .won, customerId: "C1", customerName: "Customer"),
            lines: [DealLineFacts(lineNumber: 1, itemId: "FG", plantId: "P1", quantity: .units(10),
                                  shippedQuantity: .units(shipped), dueDate: Self.day(lineDue), unitPrice: Money(rawTenThousandths: 125_000))],
            pegIndex: PegIndex(plan: plan()), runId: 7, storedAt: "2026-12-01T00:00:00Z",
            openOrders: [IdKey("PUR-1"): receiptState], calendars: [IdKey("P1"): Self.monToFri])
    }
}

@Suite("Order status: forward pass over the pegging")
struct OrderStatusTests {
    @Test("an on-time line finishes when its last pegged order is due, stock reserved, tree in pre-order")
    func onTime() throws {
        let status = OrderStatusBuilder.build(OrderStatusPlan().input())
        let line = try #require(status.lines.first)
        #expect(line.state == .planned)
        #expect(line.reservedStock == .units(2))
        #expect(line.uncoveredQuantity == .zero)
        #expect(line.projectedCompletion == OrderStatusPlan.day("2027-01-06"))
        #expect(!line.isLate && line.lateBecause == nil)
        #expect(line.supplies.map { "\($0.depth) \($0.id) \($0.feeds) \($0.state.name) \($0.projectedFinish)" } == [
            "1 MO-1 D-1/1 planned 2027-01-06", "2 PO-1 MO-1 planned 2027-01-04", "1 stock D-1/1 in-stock 2026-12-01",
        ])
        #expect(status.value == Money(rawTenThousandths: 1_250_000))
        #expect(status.projectedCompletion == OrderStatusPlan.day("2027-01-06"))
    }

    @Test("a purchase released before as_of pushes its parent: 45 calendar days, then 2 working days")
    func lateBecauseOfPurchase() throws {
        var fixture = OrderStatusPlan()
        fixture.poRelease = OrderStatusPlan.day("2026-11-20")
        let line = try #require(OrderStatusBuilder.build(fixture.input()).lines.first)
        // PO-1 starts on as_of 2026-12-01, +45 days = Fri 2027-01-15; MO-1 starts then, +2 working days = Tue 2027-01-19.
        #expect(line.supplies[1].projectedStart == OrderStatusPlan.day("2026-12-01"))
        #expect(line.supplies[1].projectedFinish == OrderStatusPlan.day("2027-01-15"))
        #expect(line.supplies[0].projectedFinish == OrderStatusPlan.day("2027-01-19"))
        #expect(line.projectedCompletion == OrderStatusPlan.day("2027-01-19"))
        #expect(line.daysLate == 11)
        #expect(line.lateBecause == "PO-1")
    }

    @Test("open orders: received ones finish by as_of, open ones past due on as_of; states from their columns")
    func receipts() throws {
        var fixture = OrderStatusPlan()
        fixture.withReceipt = true
        let open = try #require(OrderStatusBuilder.build(fixture.input()).lines.first)
        let receipt = try #require(open.supplies.first { $0.id == "PUR-1" })
        #expect(receipt.state == .approved && receipt.kind == .openOrder)
        #expect(receipt.projectedFinish == OrderStatusPlan.day("2026-12-20"))
        fixture.receiptState.receivedQuantity = .units(5)
        let received = try #require(OrderStatusBuilder.build(fixture.input()).lines.first?.supplies.first { $0.id == "PUR-1" })
        #expect(received.state == .received)
        #expect(received.projectedFinish == OrderStatusPlan.day("2026-12-01"))
        #expect(OpenOrderFacts(orderId: "M", type: .production, quantity: .units(1), issued: true, dueDate: Day(daysSinceEpoch: 0)).state == .inProduction)
        #expect(OpenOrderFacts(orderId: "T", type: .transfer, quantity: .units(1), issued: true, dueDate: Day(daysSinceEpoch: 0)).state == .inTransit)
        #expect(OpenOrderFacts(orderId: "M", type: .production, quantity: .units(1), closed: true, dueDate: Day(daysSinceEpoch: 0)).state == .complete)
    }

    @Test("shipped lines, lines without pegs and a missing plan have no completion date")
    func unplanned() throws {
        let fixture = OrderStatusPlan()
        #expect(OrderStatusBuilder.build(fixture.input(shipped: 10)).lines.first?.state == .shipped)
        var noPlan = fixture.input()
        noPlan.pegIndex = nil
        let line = try #require(OrderStatusBuilder.build(noPlan).lines.first)
        #expect(line.state == .notPlanned && line.projectedCompletion == nil && line.uncoveredQuantity == .units(10))
    }

    @Test("the JSON document has every key in order")
    func json() {
        let text = OrderStatusBuilder.build(OrderStatusPlan().input()).renderJSON()
        #expect(text.hasPrefix(#"{"deal": {"id": "D-1", "title": "Test", "stage": "won", "customer": {"id": "C1", "name": "Customer"}, "value": 125}, "plan": {"run_id": 7, "as_of": "2026-12-01", "stored_at": "2026-12-01T00:00:00Z"}, "projected_completion": "2027-01-06", "late": false, "lines": [{"line": 1, "demand": "D-1/1", "item": "FG", "plant": "P1", "qty": 10, "shipped_qty": 0, "open_qty": 10, "unit_price": 12.5, "due_date": "2027-01-08", "state": "planned", "reserved_stock": 2, "uncovered_qty": 0, "projected_completion": "2027-01-06", "late": false, "days_late": 0, "late_because": null, "supply": [{"depth": 1, "id": "MO-1", "kind": "planned-order", "type": "production""#))
        #expect(text.hasSuffix(#""ledger": {"available": false, "shipped_value": 0, "invoiced": 0, "paid": 0, "open_receivable": 0}}"#))
    }
}
