public import FabrikCore
public import FabrikScheduling
internal import FabrikPlanning
internal import GRDB

/// Everything `SchedulingProblem.build` reads, loaded in one read
/// transaction: the stored MRP plan and the dataset rows the scheduler
/// needs, with items, plants and deal lines resolved to the plan's own
/// indices (`plan.itemCodes`, `plan.plantCodes`, `plan.dealLineIds`).
///
/// - `openProductionOrders`: open production orders not closed with quantity
///   still to complete (`qty - received_qty > 0`), whatever their due date,
///   with the lead time of their item_plants node (0 without one);
/// - `routings`, `workCenters`: every row at a plant the plan knows, work
///   centers in id order (`RoutingInput.workCenter` indexes them);
/// - `calendars`: each plan plant's workdays and holidays;
/// - `dealLineUnitPrices`: in `plan.dealLineIds` order (0 for a line no
///   longer in the database);
/// - `transferLeadTimes`: the lead time of every transfer node.
/// Cost: one pass over each table; O(rows) memory.
public struct SchedulingInputs: Sendable {
    public var storedPlan: StoredPlan
    public var openProductionOrders: [OpenProductionOrderInput]
    public var routings: [RoutingInput]
    public var workCenters: [WorkCenterInput]
    public var calendars: [WorkCalendar]
    public var dealLineUnitPrices: [Money]
    public var transferLeadTimes: [TransferLeadTimeInput]

    /// The scheduling problem from `asOf` on (pure; see `SchedulingProblem.build`).
    public func problem(asOf: Day) throws(SchedulingError) -> SchedulingProblem {
        try SchedulingProblem.build(
            plan: storedPlan.plan, openProductionOrders: openProductionOrders, routings: routings,
            workCenters: workCenters, calendars: calendars, dealLineUnitPrices: dealLineUnitPrices,
            transferLeadTimes: transferLeadTimes, asOf: asOf)
    }
}

/// Reads `SchedulingInputs` inside the caller's read transaction.
struct SchedulingInputsLoader {
    let db: Database

    func load() throws -> SchedulingInputs {
        let stored = try PlanReader(db: db).read()
        let plan = stored.plan
        let items = CodeIndex(orderedCodes: plan.itemCodes)
        let plants = CodeIndex(orderedCodes: plan.plantCodes)
        let workCenters = try loadWorkCenters(plants)
        let centers = CodeIndex(orderedCodes: workCenters.map(\.code))
        let (leadTimes, transfers) = try loadNodeLeadTimes(items, plants)
        return SchedulingInputs(
            storedPlan: stored, openProductionOrders: try loadOpenOrders(items, plants, leadTimes),
            routings: try loadRoutings(items, plants, centers), workCenters: workCenters,
            calendars: try loadCalendars(plants), dealLineUnitPrices: try loadUnitPrices(plan.dealLineIds),
            transferLeadTimes: transfers)
    }

    private func loadWorkCenters(_ plants: CodeIndex) throws -> [WorkCenterInput] {
        var result: [WorkCenterInput] = []
        let rows = try RawStatement(db, sql: """
            SELECT work_center_id, plant_id, machines, capacity_hours FROM work_centers ORDER BY work_center_id
            """)
        while try rows.step() {
            guard let plant = plants.index(of: rows.text(1)) else { continue }
            result.append(WorkCenterInput(code: rows.text(0), plant: plant, machines: rows.int32(2),
                                          capacityHours: Quantity(rawMicros: rows.int64(3))))
        }
        return result
    }

    /// Lead time per (item, plant) node, and the transfer nodes' as inputs.
    private func loadNodeLeadTimes(_ items: CodeIndex, _ plants: CodeIndex)
        throws -> (leadTimes: [PlanNodeIndex: Int32], transfers: [TransferLeadTimeInput]) {
        var leadTimes: [PlanNodeIndex: Int32] = [:]
        var transfers: [TransferLeadTimeInput] = []
        let rows = try RawStatement(db, sql: "SELECT item_id, plant_id, procurement, lead_time_days FROM item_plants ORDER BY rowid")
        while try rows.step() {
            guard let item = items.index(of: rows.text(0)), let plant = plants.index(of: rows.text(1)) else { continue }
            leadTimes[PlanNodeIndex(item: item, plant: plant)] = rows.int32(3)
            if rows.text(2) == Procurement.transfer.storedName {
                transfers.append(TransferLeadTimeInput(item: item, plant: plant, leadTimeDays: rows.int32(3)))
            }
        }
        return (leadTimes, transfers)
    }

    private func loadOpenOrders(_ items: CodeIndex, _ plants: CodeIndex, _ leadTimes: [PlanNodeIndex: Int32])
        throws -> [OpenProductionOrderInput] {
        var result: [OpenProductionOrderInput] = []
        let rows = try RawStatement(db, sql: """
            SELECT order_id, item_id, plant_id, qty - received_qty, due_day FROM open_orders
            WHERE type = 'production' AND closed = 0 AND qty - received_qty > 0 ORDER BY id
            """)
        while try rows.step() {
            guard let item = items.index(of: rows.text(1)), let plant = plants.index(of: rows.text(2)) else {
                throw StoreError.database(
                    operation: "loading the scheduling inputs",
                    message: "open order \(rows.text(0)) is for \(rows.text(1))@\(rows.text(2)), which the stored plan does not know; run `fabrik mrp run` again")
            }
            result.append(OpenProductionOrderInput(
                orderId: rows.text(0), item: item, plant: plant, openQuantity: Quantity(rawMicros: rows.int64(3)),
                dueDate: Day(daysSinceEpoch: rows.int32(4)), leadTimeDays: leadTimes[PlanNodeIndex(item: item, plant: plant)] ?? 0))
        }
        return result
    }

    private func loadRoutings(_ items: CodeIndex, _ plants: CodeIndex, _ centers: CodeIndex) throws -> [RoutingInput] {
        var result: [RoutingInput] = []
        let rows = try RawStatement(db, sql: """
            SELECT item_id, plant_id, op_seq, work_center_id, setup_hours, run_hours_per_unit FROM routings
            ORDER BY item_id, plant_id, op_seq
            """)
        while try rows.step() {
            guard let item = items.index(of: rows.text(0)), let plant = plants.index(of: rows.text(1)),
                  let center = centers.index(of: rows.text(3)) else { continue }
            result.append(RoutingInput(item: item, plant: plant, opSeq: rows.int32(2), workCenter: center,
                                       setupHours: Quantity(rawMicros: rows.int64(4)),
                                       runHoursPerUnit: Quantity(rawMicros: rows.int64(5))))
        }
        return result
    }

    private func loadCalendars(_ plants: CodeIndex) throws -> [WorkCalendar] {
        var masks = [WorkdayMask](repeating: .allWeek, count: plants.count)
        let plantRows = try RawStatement(db, sql: "SELECT plant_id, workdays FROM plants")
        while try plantRows.step() {
            guard let plant = plants.index(of: plantRows.text(0)) else { continue }
            masks[Int(plant)] = WorkdayMask(bits: UInt8(clamping: plantRows.int64(1)))
        }
        var holidays = [[Day]](repeating: [], count: plants.count)
        let holidayRows = try RawStatement(db, sql: "SELECT plant_id, day FROM holidays")
        while try holidayRows.step() {
            guard let plant = plants.index(of: holidayRows.text(0)) else { continue }
            holidays[Int(plant)].append(Day(daysSinceEpoch: holidayRows.int32(1)))
        }
        return (0..<plants.count).map { WorkCalendar(workdays: masks[$0], holidays: holidays[$0]) }
    }

    /// Unit prices of `dealLineIds` (`DEAL/LINE`), 0 for a line not found.
    private func loadUnitPrices(_ dealLineIds: [String]) throws -> [Money] {
        var position: [CodeKey: Int] = [:]
        for (k, id) in dealLineIds.enumerated() { position[CodeKey(id)] = k }
        var prices = [Money](repeating: Money(rawTenThousandths: 0), count: dealLineIds.count)
        let rows = try RawStatement(db, sql: "SELECT deal_id, line_no, unit_price FROM deal_lines")
        while try rows.step() {
            if let k = position[CodeKey("\(rows.text(0))/\(rows.int64(1))")] {
                prices[k] = Money(rawTenThousandths: rows.int64(2))
            }
        }
        return prices
    }
}

/// An (item, plant) pair of plan indices.
struct PlanNodeIndex: Hashable {
    var item: Int32
    var plant: Int32
}

extension SQLiteStore {
    /// The stored plan and the dataset rows the scheduler reads, in one read
    /// transaction; `StoreError.noPlan` when no MRP plan is stored yet.
    public func loadSchedulingInputs() throws(StoreError) -> SchedulingInputs {
        try read("loading the scheduling inputs") { db in try SchedulingInputsLoader(db: db).load() }
    }
}
