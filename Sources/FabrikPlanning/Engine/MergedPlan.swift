import FabrikCore

/// The plan as levels are merged, in planning order: one planned-order
/// stream per type (so numbering per prefix and output order coincide),
/// stock and receipt rows as planned, messages and unplanned requirements.
/// `finish` sorts what the output orders differently (on-hand by node,
/// receipts by id, messages) and builds the `MaterialPlan`.
struct MergedPlan {
    let model: PlanningModel
    /// Indexed by `OrderType.rawValue` (purchase, production, transfer).
    var streams = [PlannedOrderTable(), PlannedOrderTable(), PlannedOrderTable()]
    var onHandNode: [Int32] = []
    var onHandPegs = PegList()
    var receiptSlot: [Int32] = []
    var receiptEffective: [Int32] = []
    var receiptPegs = PegList()
    var messages: [PlanMessage] = []
    var unplanned: [UnplannedRequirement]

    init(model: PlanningModel) {
        self.model = model
        unplanned = model.unplannedDemand
    }

    static func orderType(_ procurement: Procurement) -> OrderType {
        switch procurement {
        case .make, .phantom: return .production
        case .buy: return .purchase
        case .transfer: return .transfer
        }
    }

    /// Appends the chunk's orders to their type's stream, numbering them.
    /// The streams are swapped out once per chunk so the per-order appends hit
    /// uniquely referenced columns (no copy-on-write checks through `streams`).
    // One pass over the chunk's orders, each going to its type's stream (was
    // one pass per type, reading every order's node row three times: ~6 % of
    // planning at 1M items). Per type the order, and so the numbering, is the same.
    mutating func appendOrders(of chunk: ChunkResult, numbers: inout [Int32]) {
        var purchase = PlannedOrderTable(), production = PlannedOrderTable(), transfer = PlannedOrderTable()
        swap(&purchase, &streams[Int(OrderType.purchase.rawValue)])
        swap(&production, &streams[Int(OrderType.production.rawValue)])
        swap(&transfer, &streams[Int(OrderType.transfer.rawValue)])
        for k in chunk.orderNode.indices {
            let node = Int(chunk.orderNode[k])
            let row = model.nodes.rows[node]
            switch MergedPlan.orderType(row.procurement) {
            case .purchase:
                numbers[k] = MergedPlan.append(k, of: chunk, type: .purchase, row: row, supplier: model.supplier[node], to: &purchase)
            case .production:
                numbers[k] = MergedPlan.append(k, of: chunk, type: .production, row: row, supplier: -1, to: &production)
            case .transfer:
                numbers[k] = MergedPlan.append(k, of: chunk, type: .transfer, row: row, supplier: -1, to: &transfer)
            }
        }
        swap(&purchase, &streams[Int(OrderType.purchase.rawValue)])
        swap(&production, &streams[Int(OrderType.production.rawValue)])
        swap(&transfer, &streams[Int(OrderType.transfer.rawValue)])
    }

    /// Appends chunk order `k` to `stream` as its next number, which it returns.
    @inline(__always) private static func append(_ k: Int, of chunk: ChunkResult, type: OrderType, row: NodeRow,
                                                 supplier: Int32, to stream: inout PlannedOrderTable) -> Int32 {
        let number = Int32(stream.count + 1)
        stream.type.append(type)
        stream.number.append(number)
        stream.item.append(row.item)
        stream.plant.append(row.plant)
        stream.quantity.append(chunk.orderQuantity[k])
        stream.releaseDate.append(Day(daysSinceEpoch: chunk.orderRelease[k]))
        stream.dueDate.append(Day(daysSinceEpoch: chunk.orderDue[k]))
        stream.supplier.append(supplier)
        stream.sourcePlant.append(type == .transfer ? row.sourcePlant : -1)
        stream.pegs.appendRow(k, of: chunk.orderPegs)
        return number
    }

    mutating func appendStock(of chunk: ChunkResult) {
        for r in chunk.onHandNode.indices {
            onHandNode.append(chunk.onHandNode[r])
            onHandPegs.appendRow(r, of: chunk.onHandPegs)
        }
        for r in chunk.receiptSlot.indices {
            receiptSlot.append(chunk.receiptSlot[r])
            receiptEffective.append(chunk.receiptEffective[r])
            receiptPegs.appendRow(r, of: chunk.receiptPegs)
        }
    }

    /// Builds the plan; empties the streams as it copies them.
    // Columns are reserved at their final size and each stream is released
    // once copied: `+=` into empty columns grew each one twice (copying the
    // production rows again) and kept streams and table alive together. At 1M
    // items (9M orders) this lowered the planning peak from +1659 MB to
    // +1428 MB over the loaded snapshot; the copy itself is still ~14 % of
    // planning there (fresh pages: page faults and memmove).
    mutating func finish() -> MaterialPlan {
        var orders = PlannedOrderTable()
        let rows = streams.reduce(0) { $0 + $1.count }
        let pegs = streams.reduce(0) { $0 + $1.pegs.demand.count }
        orders.type.reserveCapacity(rows)
        orders.number.reserveCapacity(rows)
        orders.item.reserveCapacity(rows)
        orders.plant.reserveCapacity(rows)
        orders.quantity.reserveCapacity(rows)
        orders.releaseDate.reserveCapacity(rows)
        orders.dueDate.reserveCapacity(rows)
        orders.supplier.reserveCapacity(rows)
        orders.sourcePlant.reserveCapacity(rows)
        orders.pegs.reserve(rows: rows, pegs: pegs)
        for type in [OrderType.production, .purchase, .transfer] {
            var s = PlannedOrderTable()
            swap(&s, &streams[Int(type.rawValue)])
            let pegBase = Int32(orders.pegs.demand.count)
            orders.type += s.type
            orders.number += s.number
            orders.item += s.item
            orders.plant += s.plant
            orders.quantity += s.quantity
            orders.releaseDate += s.releaseDate
            orders.dueDate += s.dueDate
            orders.supplier += s.supplier
            orders.sourcePlant += s.sourcePlant
            orders.pegs.demand += s.pegs.demand
            orders.pegs.quantity += s.pegs.quantity
            for start in s.pegs.start.dropFirst() { orders.pegs.start.append(start + pegBase) }
        }
        let references = model.references
        return MaterialPlan(
            asOf: Day(daysSinceEpoch: model.asOf), horizonDays: model.horizonEnd - model.asOf + 1,
            itemCodes: model.itemCodes, plantCodes: model.plantCodes, supplierCodes: model.supplierCodes,
            dealLineIds: references.dealLineIds, openOrderIds: references.openOrderIds, plannedOrders: orders,
            receipts: receiptTable(), onHand: onHandTable(), messages: sortedMessages(),
            statistics: PlanStatistics(nodes: model.nodes.count, plannedOrders: orders.count,
                                       requirementsBeyondHorizon: model.requirementsBeyondHorizon))
    }

    private func onHandTable() -> OnHandTable {
        var table = OnHandTable()
        let order = onHandNode.indices.sorted { onHandNode[$0] < onHandNode[$1] }
        table.item.reserveCapacity(order.count)
        table.plant.reserveCapacity(order.count)
        table.quantity.reserveCapacity(order.count)
        table.pegs.reserve(rows: order.count, pegs: onHandPegs.demand.count)
        for r in order {
            let row = model.nodes.rows[Int(onHandNode[r])]
            table.item.append(row.item)
            table.plant.append(row.plant)
            table.quantity.append(model.onHand[Int(onHandNode[r])])
            table.pegs.appendRow(r, of: onHandPegs)
        }
        return table
    }

    private func receiptTable() -> ReceiptTable {
        var table = ReceiptTable()
        let order = receiptSlot.indices.sorted {
            model.receipts[Int(receiptSlot[$0])].rank < model.receipts[Int(receiptSlot[$1])].rank
        }
        table.openOrder.reserveCapacity(order.count)
        table.type.reserveCapacity(order.count)
        table.item.reserveCapacity(order.count)
        table.plant.reserveCapacity(order.count)
        table.quantity.reserveCapacity(order.count)
        table.dueDate.reserveCapacity(order.count)
        table.effectiveDate.reserveCapacity(order.count)
        table.pegs.reserve(rows: order.count, pegs: receiptPegs.demand.count)
        for r in order {
            let input = model.receipts[Int(receiptSlot[r])]
            let row = model.nodes.rows[Int(input.node)]
            table.openOrder.append(input.rank)
            table.type.append(MergedPlan.orderType(row.procurement))
            table.item.append(row.item)
            table.plant.append(row.plant)
            table.quantity.append(input.quantity)
            table.dueDate.append(Day(daysSinceEpoch: input.writtenDue))
            table.effectiveDate.append(Day(daysSinceEpoch: receiptEffective[r]))
            table.pegs.appendRow(r, of: receiptPegs)
        }
        return table
    }

    /// All messages in output order, with one `no-planning-data` per
    /// (item, plant) without a node: its first requirement in pegging order.
    private func sortedMessages() -> [PlanMessage] {
        var all: [PlanMessage] = []
        all.reserveCapacity(messages.count + model.pastDueMessages.count + unplanned.count)
        all += messages
        all += model.pastDueMessages
        let order = unplanned.indices.sorted { a, b in
            let x = unplanned[a], y = unplanned[b]
            if x.item != y.item { return x.item < y.item }
            if x.plant != y.plant { return x.plant < y.plant }
            return x.requirement < y.requirement
        }
        var previous: (Int32, Int32)? = nil
        for i in order {
            let u = unplanned[i]
            if let previous, previous == (u.item, u.plant) { continue }
            previous = (u.item, u.plant)
            all.append(PlanMessage(type: .noPlanningData, item: u.item, plant: u.plant,
                                   date: Day(daysSinceEpoch: u.requirement.date), demand: u.requirement.reference))
        }
        all.sort()
        return all
    }
}
