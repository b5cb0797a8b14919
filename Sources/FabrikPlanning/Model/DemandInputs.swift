import FabrikCore

/// Won deal lines split into: per-node demand (CSR over nodes), demand at
/// (item, plant) pairs without a node, the count beyond the horizon, and the
/// `past-due-demand` messages (every line dated before as_of, node or not).
struct DemandInputs: Sendable {
    var start: [Int32]
    var demands: [DealDemand]
    var unplanned: [UnplannedRequirement] = []
    var beyondHorizon = 0
    var pastDue: [PlanMessage] = []

    init(snapshot: PlanningSnapshot, nodes: NodeTable, references: ReferenceTables, asOf: Int32, horizonEnd: Int32) {
        let lines = snapshot.demandLines
        var nodeOfLine = [Int32](repeating: -1, count: lines.count)
        var counts = [Int32](repeating: 0, count: nodes.count + 1)
        for (i, line) in lines.enumerated() {
            let due = line.dueDate.daysSinceEpoch
            if due > horizonEnd { beyondHorizon += 1; continue }
            let rank = references.dealRankOfLine[i]
            let reference = PlanReference(kind: .dealLine, value: rank)
            if due < asOf {
                pastDue.append(PlanMessage(type: .pastDueDemand, item: line.item, plant: line.plant, date: line.dueDate,
                                           demand: reference))
            }
            let node = nodes.node(item: line.item, plant: line.plant)
            if node < 0 {
                let requirement = Requirement(date: max(due, asOf), originalDue: due, reference: reference,
                                              quantity: line.openQuantity)
                unplanned.append(UnplannedRequirement(item: line.item, plant: line.plant, requirement: requirement))
                continue
            }
            nodeOfLine[i] = node
            counts[Int(node) + 1] += 1
        }
        for n in 0..<nodes.count { counts[n + 1] += counts[n] }
        start = counts
        var fill = counts
        demands = [DealDemand](repeating: DealDemand(rank: 0, due: 0, quantity: .zero), count: Int(counts[nodes.count]))
        for (i, node) in nodeOfLine.enumerated() where node >= 0 {
            let slot = Int(fill[Int(node)])
            fill[Int(node)] += 1
            demands[slot] = DealDemand(rank: references.dealRankOfLine[i], due: lines[i].dueDate.daysSinceEpoch,
                                       quantity: lines[i].openQuantity)
        }
    }
}

/// Scheduled receipts within the horizon grouped per node (CSR), each
/// node's sorted by (planning due date, order id): the record's pull-in order.
/// Throws when an open order has no non-phantom node of the matching type, or
/// a make plant's calendar runs dry.
struct ReceiptInputs: Sendable {
    var start: [Int32]
    var receipts: [ReceiptInput]

    init(snapshot: PlanningSnapshot, nodes: NodeTable, references: ReferenceTables, calendars: [CalendarTable?],
         horizonEnd: Int32) throws(PlanningError) {
        var nodeOfOrder = [Int32](repeating: -1, count: snapshot.openOrders.count)
        var inputs = [ReceiptInput](repeating: ReceiptInput(node: 0, rank: 0, planDue: 0, writtenDue: 0, quantity: .zero,
                                                            explodes: false), count: snapshot.openOrders.count)
        var counts = [Int32](repeating: 0, count: nodes.count + 1)
        for (i, order) in snapshot.openOrders.enumerated() {
            let node = nodes.node(item: order.item, plant: order.plant)
            guard node >= 0, ReceiptInputs.matches(order.type, nodes.rows[Int(node)].procurement) else {
                throw .invalidSnapshot(reason: "open order \(order.orderId) has no item_plants row of its type")
            }
            let written = order.dueDate.daysSinceEpoch
            if written > horizonEnd { continue }
            var planDue = written
            let row = nodes.rows[Int(node)]
            if row.procurement == .make, let calendar = calendars[Int(row.plant)] {
                guard let day = calendar.workingDay(onOrBefore: written) else {
                    throw .noWorkingDay(plant: snapshot.plantCodes[Int(row.plant)])
                }
                planDue = day
            }
            inputs[i] = ReceiptInput(node: node, rank: references.openRankOfOrder[i], planDue: planDue, writtenDue: written,
                                     quantity: order.openQuantity, explodes: order.type != .purchase && !order.issued)
            nodeOfOrder[i] = node
            counts[Int(node) + 1] += 1
        }
        for n in 0..<nodes.count { counts[n + 1] += counts[n] }
        var fill = counts
        var grouped = [ReceiptInput](repeating: inputs.first ?? ReceiptInput(node: 0, rank: 0, planDue: 0, writtenDue: 0,
                                     quantity: .zero, explodes: false), count: Int(counts[nodes.count]))
        for (i, node) in nodeOfOrder.enumerated() where node >= 0 {
            grouped[Int(fill[Int(node)])] = inputs[i]
            fill[Int(node)] += 1
        }
        for n in 0..<nodes.count where counts[n + 1] - counts[n] > 1 {
            grouped[Int(counts[n])..<Int(counts[n + 1])].sort { ($0.planDue, $0.rank) < ($1.planDue, $1.rank) }
        }
        start = counts
        receipts = grouped
    }

    static func matches(_ type: OrderType, _ procurement: Procurement) -> Bool {
        switch (type, procurement) {
        case (.purchase, .buy), (.production, .make), (.transfer, .transfer): return true
        default: return false
        }
    }
}
