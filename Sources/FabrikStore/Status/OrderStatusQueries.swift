import FabrikCore
public import FabrikPlanning
internal import GRDB

/// What `order status` reads for one deal. `input` is complete for
/// `OrderStatusBuilder.build` when the deal is won; for other stages only
/// `deal` and `lines` are filled (there is nothing to plan).
public struct DealStatusRead: Sendable {
    public var input: OrderStatusInput
}

extension SQLiteStore {
    /// Reads everything the status of deal `dealId` needs in ONE read
    /// transaction: the deal, its customer and lines, the current plan (from
    /// `cache` when it holds the current run), the states and conversions of
    /// the orders pegged below its lines, node lead times of those open
    /// orders, plant calendars and, when the ledger tables exist, shipped,
    /// invoiced and paid amounts. Throws `StoreError.unknownDeal`.
    public func readDealStatus(dealId: String, cache: PlanCache = PlanCache()) throws(StoreError) -> DealStatusRead {
        try read("reading the status of deal \(dealId)") { db in try StatusRows.dealStatus(db, dealId: dealId, cache: cache) }
    }

    /// `readDealStatus` rendered by `render`, reused from `answers` while the
    /// database is unchanged since the cached answer was rendered (see
    /// `AnswerCache`): a long-lived server answers a repeated deal without
    /// rebuilding its supply tree and JSON. Throws `StoreError.unknownDeal`.
    public func readDealStatus<Answer: Sendable>(
        dealId: String, cache: PlanCache, answers: AnswerCache<Answer>, render: (DealStatusRead) -> Answer
    ) throws(StoreError) -> Answer {
        try read("reading the status of deal \(dealId)") { db in
            try answers.answer(db, name: dealId) { render(try StatusRows.dealStatus(db, dealId: dealId, cache: cache)) }
        }
    }
}

extension StatusRows {
    /// The body of `readDealStatus`, in the caller's read transaction.
    static func dealStatus(_ db: Database, dealId: String, cache: PlanCache) throws -> DealStatusRead {
        let deal = try StatusRows.deal(db, dealId: dealId)
        let lines = try StatusRows.dealLines(db, dealId: dealId)
        var input = OrderStatusInput(deal: deal, lines: lines, pegIndex: nil)
        guard deal.stage == .won else { return DealStatusRead(input: input) }
        input.ledger = try LedgerRows.dealLedger(db, dealId: dealId)
        input.calendars = try StatusRows.calendars(db)
        guard let plan = try cache.current(db) else {
            input.schedule = try StatusRows.schedule(db, current: nil, planAsOf: nil)
            return DealStatusRead(input: input)
        }
        input.schedule = try StatusRows.schedule(db, current: plan.stored.identity, planAsOf: plan.stored.plan.asOf)
        input.pegIndex = plan.index
        input.runId = plan.stored.runId
        input.storedAt = plan.stored.storedAt
        try StatusRows.fillOrderFacts(db, input: &input, index: plan.index)
        return DealStatusRead(input: input)
    }
}

/// The SQL behind the status reads, each a few indexed lookups.
enum StatusRows {
    static func deal(_ db: Database, dealId: String) throws -> DealFacts {
        let row = try RawStatement(db, sql: """
            SELECT d.deal_id, d.title, d.stage, d.customer_id, c.name
            FROM deals d JOIN customers c ON c.customer_id = d.customer_id WHERE d.deal_id = ?
            """)
        row.bind(1, dealId)
        guard try row.step() else { throw StoreError.unknownDeal(dealId) }
        let stageName = row.text(2)
        guard let stage = DealStage(name: Substring(stageName)) else {
            throw StoreError.corruptValue(table: "deals", column: "stage", value: stageName)
        }
        return DealFacts(dealId: row.text(0), title: row.text(1), stage: stage, customerId: row.text(3), customerName: row.text(4))
    }

    static func dealLines(_ db: Database, dealId: String) throws -> [DealLineFacts] {
        let rows = try RawStatement(db, sql: """
            SELECT line_no, item_id, plant_id, qty, shipped_qty, due_day, unit_price
            FROM deal_lines WHERE deal_id = ? ORDER BY line_no
            """)
        rows.bind(1, dealId)
        var lines: [DealLineFacts] = []
        while try rows.step() {
            lines.append(DealLineFacts(
                lineNumber: rows.int32(0), itemId: rows.text(1), plantId: rows.text(2), quantity: Quantity(rawMicros: rows.int64(3)),
                shippedQuantity: Quantity(rawMicros: rows.int64(4)), dueDate: Day(daysSinceEpoch: rows.int32(5)),
                unitPrice: Money(rawTenThousandths: rows.int64(6))))
        }
        return lines
    }

    /// Every plant's working calendar by plant id.
    static func calendars(_ db: Database) throws -> [IdKey: WorkCalendar] {
        var masks: [IdKey: WorkdayMask] = [:], holidays: [IdKey: [Day]] = [:]
        let plants = try RawStatement(db, sql: "SELECT plant_id, workdays FROM plants")
        while try plants.step() { masks[IdKey(plants.text(0))] = WorkdayMask(bits: UInt8(clamping: plants.int64(1))) }
        let days = try RawStatement(db, sql: "SELECT plant_id, day FROM holidays")
        while try days.step() { holidays[IdKey(days.text(0)), default: []].append(Day(daysSinceEpoch: days.int32(1))) }
        var result: [IdKey: WorkCalendar] = [:]
        for (plant, mask) in masks { result[plant] = WorkCalendar(workdays: mask, holidays: holidays[plant] ?? []) }
        return result
    }

    /// Open-order states, planned-order conversions, open orders' node
    /// lead times and, with a current schedule, the scheduled days of the
    /// production orders, for every supply pegged below the deal's lines.
    static func fillOrderFacts(_ db: Database, input: inout OrderStatusInput, index: PegIndex) throws {
        let plan = index.plan
        let scheduled = try input.schedule.flatMap { $0.isCurrent ? try ScheduledDaysReader(db, asOf: $0.asOf) : nil }
        var probed = Set<IdKey>()
        func readScheduled(_ id: String) throws {
            guard let scheduled, probed.insert(IdKey(id)).inserted, let days = try scheduled.days(of: id) else { return }
            input.schedule?.orders[IdKey(id)] = days
        }
        let order = try RawStatement(db, sql: """
            SELECT order_id, type, qty, received_qty, issued, closed, due_day FROM open_orders WHERE order_id = ?
            """)
        let conversion = try RawStatement(db, sql: "SELECT converted_order_id FROM planned_orders WHERE code = ?")
        let leadTime = try RawStatement(db, sql: "SELECT lead_time_days FROM item_plants WHERE item_id = ? AND plant_id = ?")
        func readOrder(_ id: String) throws {
            guard input.openOrders[IdKey(id)] == nil else { return }
            order.reset(); order.bind(1, id)
            guard try order.step() else { return }
            input.openOrders[IdKey(id)] = OpenOrderFacts(
                orderId: order.text(0), type: try StoredEnum.orderType(order.text(1), table: "open_orders"),
                quantity: Quantity(rawMicros: order.int64(2)), receivedQuantity: Quantity(rawMicros: order.int64(3)),
                issued: order.int64(4) != 0, closed: order.int64(5) != 0, dueDate: Day(daysSinceEpoch: order.int32(6)))
        }
        for line in input.lines {
            guard let demand = index.reference(named: line.demandId(dealId: input.deal.dealId)), demand.kind == .dealLine else { continue }
            for treeLine in PegTree.down(from: demand, index: index) {
                guard case .supply(let supply) = treeLine.subject else { continue }
                switch supply {
                case .onHand: break
                case .plannedOrder(let row):
                    let reference = plan.plannedOrders.reference(ofRow: row)
                    if plan.plannedOrders.type[row] == .production, let id = plan.text(of: reference) { try readScheduled(id) }
                    guard input.conversions[reference] == nil else { continue }
                    conversion.reset(); conversion.bind(1, PlanReferenceCode.encode(reference))
                    if try conversion.step(), let converted = conversion.optionalText(0) {
                        input.conversions[reference] = converted
                        try readOrder(converted)
                    }
                case .receipt(let row):
                    let id = plan.openOrderIds[Int(plan.receipts.openOrder[row])]
                    try readOrder(id)
                    if plan.receipts.type[row] == .production { try readScheduled(id) }
                    let node = NodeKey(item: plan.itemCodes[Int(plan.receipts.item[row])],
                                       plant: plan.plantCodes[Int(plan.receipts.plant[row])])
                    guard input.leadTimeDays[node] == nil else { continue }
                    leadTime.reset(); leadTime.bind(1, node.item.text); leadTime.bind(2, node.plant.text)
                    if try leadTime.step() { input.leadTimeDays[node] = leadTime.int32(0) }
                }
            }
        }
    }
}
