public import FabrikCore
public import FabrikPlanning

extension SchedulingProblem {
    /// Builds the problem of scheduling every open production order and every
    /// planned `MO-n` of `plan` from `asOf` on.
    ///
    /// Behavior:
    /// - orders: `openProductionOrders` by id (UTF-8 bytes), then the plan's
    ///   `MO-n` by n (the contract's reference order); an open order's
    ///   release steps back `leadTimeDays` working days from its planning
    ///   due date (the working day on or before its due date), its MRP due
    ///   day is its receipt's effective date when the plan netted it, else
    ///   the planning due date, and its due day is its written due date;
    /// - operations: the routing of the order's item at its plant by op_seq,
    ///   each `ceil((setup + qty * run) * 60)` minutes (`OperationMinutes`);
    ///   an item without routing gives an order without operations;
    /// - work centers sorted by code; capacity `floor(capacity_hours * 60)`;
    /// - weight: the value of the deal lines the order's pegs lead to
    ///   (`PegWalk.valuesAndFirstDealLines`: a deal-line peg of q is worth
    ///   q * unit_price; a peg of q of component c to a parent order carries
    ///   q / (the parent's whole requirement for c) of the parent's value),
    ///   one currency unit when that is 0;
    /// - precedence: a production order precedes each production order it is
    ///   pegged to, directly or through transfer orders, whose lead times
    ///   (planned: due - release; open: `transferLeadTimes`, else 0) add
    ///   whole 24-hour days of lag.
    /// `calendars` and `dealLineUnitPrices` are indexed like the plan's
    /// `plantCodes` and `dealLineIds`. Throws `invalidInput` naming the first
    /// bad reference. Cost O(orders + operations + pegs).
    public static func build(
        plan: MaterialPlan, openProductionOrders: [OpenProductionOrderInput], routings: [RoutingInput],
        workCenters: [WorkCenterInput], calendars: [WorkCalendar], dealLineUnitPrices: [Money],
        transferLeadTimes: [TransferLeadTimeInput] = [], asOf: Day
    ) throws(SchedulingError) -> SchedulingProblem {
        guard calendars.count == plan.plantCodes.count else { throw .invalidInput("calendars do not match the plan's plants") }
        let (centers, centerIndex) = try compileWorkCenters(workCenters, plantCount: plan.plantCodes.count)
        var problem = SchedulingProblem(asOf: asOf, itemCodes: plan.itemCodes, plantCodes: plan.plantCodes,
                                        plantCalendars: calendars, workCenters: centers, orders: [], operations: [],
                                        precedences: [])
        let walk = PegWalk(plan: plan, dealLineUnitPrices: dealLineUnitPrices)
        let (values, firstDeals) = walk.valuesAndFirstDealLines()
        var orderOfSupply = [Int32](repeating: -1, count: walk.supplyCount)
        let openOrderIndex = Interner(sortedUnique: plan.openOrderIds)
        for input in openProductionOrders.sorted(by: { utf8Precedes($0.orderId, $1.orderId) }) {
            guard input.item >= 0, Int(input.item) < plan.itemCodes.count, input.plant >= 0, Int(input.plant) < calendars.count else {
                throw .invalidInput("open order \(input.orderId) references an unknown item or plant")
            }
            var supply = -1
            if let k = openOrderIndex.index(of: input.orderId), let s = walk.supply(of: PlanReference(kind: .openOrder, value: k)) { supply = s }
            let calendar = calendars[Int(input.plant)]
            let planningDue = calendar.workingDay(onOrBefore: input.dueDate) ?? input.dueDate
            let release = calendar.stepBack(from: planningDue, workingDays: input.leadTimeDays) ?? planningDue
            let mrpDue = supply >= 0 ? plan.receipts.effectiveDate[supply - walk.plannedCount] : planningDue
            if supply >= 0 { orderOfSupply[supply] = Int32(problem.orders.count) }
            problem.orders.append(SchedulingOrder(
                id: input.orderId, isOpenOrder: true, item: input.item, plant: input.plant, quantity: input.openQuantity,
                releaseDay: release, dueDay: input.dueDate, mrpDueDay: mrpDue,
                weight: weight(supply >= 0 ? values[supply] : 0), firstDealLine: dealLine(supply >= 0 ? firstDeals[supply] : -1, plan)))
        }
        let planned = plan.plannedOrders
        for row in 0..<planned.count where planned.type[row] == .production {
            orderOfSupply[row] = Int32(problem.orders.count)
            problem.orders.append(SchedulingOrder(
                id: "MO-\(planned.number[row])", isOpenOrder: false, plannedNumber: planned.number[row],
                item: planned.item[row], plant: planned.plant[row], quantity: planned.quantity[row],
                releaseDay: planned.releaseDate[row], dueDay: planned.dueDate[row], mrpDueDay: planned.dueDate[row],
                weight: weight(values[row]), firstDealLine: dealLine(firstDeals[row], plan)))
        }
        problem.operations = try operations(for: problem.orders, routings: routings, workCenterIndex: centerIndex,
                                            workCenterCount: workCenters.count)
        problem.precedences = precedences(walk, orderOfSupply: orderOfSupply, transferLeadTimes: transferLeadTimes)
        return problem
    }

    private static func weight(_ value: Int64) -> Money {
        value > 0 ? Money(rawTenThousandths: value) : .unitWeight
    }

    private static func dealLine(_ index: Int32, _ plan: MaterialPlan) -> String? {
        index >= 0 && Int(index) < plan.dealLineIds.count ? plan.dealLineIds[Int(index)] : nil
    }

    /// Work centers sorted by code, and the new index of each input row.
    private static func compileWorkCenters(_ inputs: [WorkCenterInput], plantCount: Int)
        throws(SchedulingError) -> ([SchedulingWorkCenter], [Int32]) {
        let order = inputs.indices.sorted { utf8Precedes(inputs[$0].code, inputs[$1].code) }
        var index = [Int32](repeating: 0, count: inputs.count)
        var centers: [SchedulingWorkCenter] = []
        for i in order {
            let w = inputs[i]
            let minutes = OperationMinutes.capacityPerDay(capacityHours: w.capacityHours)
            guard w.plant >= 0, Int(w.plant) < plantCount else { throw .invalidInput("work center \(w.code) references an unknown plant") }
            guard minutes >= 1, minutes <= 1_440 else { throw .invalidInput("work center \(w.code) must offer 1 minute to 24 hours a day") }
            guard w.machines >= 1 else { throw .invalidInput("work center \(w.code) has no machine") }
            index[i] = Int32(centers.count)
            centers.append(SchedulingWorkCenter(code: w.code, plant: w.plant, machines: w.machines, capacityMinutesPerDay: Int32(minutes)))
        }
        return (centers, index)
    }

    private static func operations(for orders: [SchedulingOrder], routings: [RoutingInput], workCenterIndex: [Int32],
                                   workCenterCount: Int) throws(SchedulingError) -> [SchedulingOperation] {
        let sorted = routings.sorted { a, b in
            a.item != b.item ? a.item < b.item : a.plant != b.plant ? a.plant < b.plant : a.opSeq < b.opSeq
        }
        var rangeOfNode: [Int64: Range<Int>] = [:]
        var k = 0
        while k < sorted.count {
            var e = k + 1
            while e < sorted.count && sorted[e].item == sorted[k].item && sorted[e].plant == sorted[k].plant { e += 1 }
            rangeOfNode[Int64(sorted[k].item) << 32 | Int64(sorted[k].plant)] = k..<e
            k = e
        }
        var result: [SchedulingOperation] = []
        for (o, order) in orders.enumerated() {
            guard let range = rangeOfNode[Int64(order.item) << 32 | Int64(order.plant)] else { continue }
            for r in range {
                let step = sorted[r]
                guard step.workCenter >= 0, Int(step.workCenter) < workCenterCount else {
                    throw .invalidInput("a routing step of \(order.id) references an unknown work center")
                }
                if r > range.lowerBound && sorted[r - 1].opSeq == step.opSeq {
                    throw .invalidInput("the routing of \(order.id) repeats op_seq \(step.opSeq)")
                }
                let minutes = OperationMinutes.duration(setupHours: step.setupHours, runHoursPerUnit: step.runHoursPerUnit,
                                                        quantity: order.quantity)
                result.append(SchedulingOperation(order: Int32(o), opSeq: step.opSeq,
                                                  workCenter: workCenterIndex[Int(step.workCenter)], durationMinutes: minutes))
            }
        }
        return result
    }

    private static func precedences(_ walk: PegWalk, orderOfSupply: [Int32],
                                    transferLeadTimes: [TransferLeadTimeInput]) -> [SchedulingPrecedence] {
        var openLead: [Int64: Int32] = [:]
        for t in transferLeadTimes { openLead[Int64(t.item) << 32 | Int64(t.plant)] = t.leadTimeDays }
        let plan = walk.plan
        func leadDays(_ v: Int) -> Int32 {
            if v < walk.plannedCount { return max(0, plan.plannedOrders.dueDate[v] - plan.plannedOrders.releaseDate[v]) }
            let r = v - walk.plannedCount
            return max(0, openLead[Int64(plan.receipts.item[r]) << 32 | Int64(plan.receipts.plant[r])] ?? 0)
        }
        var result: [SchedulingPrecedence] = []
        for u in 0..<walk.supplyCount where orderOfSupply[u] >= 0 {
            for (v, lag) in walk.successors(of: u, transferLeadDays: leadDays) where orderOfSupply[v] >= 0 && v != u {
                result.append(SchedulingPrecedence(order: orderOfSupply[v], predecessor: orderOfSupply[u], lagMinutes: lag))
            }
        }
        result.sort { $0.order != $1.order ? $0.order < $1.order : $0.predecessor < $1.predecessor }
        return result
    }
}
