import FabrikCore

/// Plans one node at a time into a `ChunkResult`, reusing its scratch
/// buffers across nodes (no per-node allocation once warm).
///
/// Behavior for a node (all its requirements are known: parents are planned):
/// - gross requirements: safety stock (day 0, not for phantoms), its deal
///   lines (past due on as_of), the requirements from parents; make nodes
///   count each on the working day on or before (never before as_of);
///   sorted in pegging order;
/// - phantom: on-hand covers requirements in order, the rest explodes at once;
/// - otherwise: the time-phased record, release dates, pegging, messages and
///   explosion of planned and open orders to components / source plant.
struct NodePlanner {
    let model: PlanningModel
    var gross: [Requirement] = []
    var supplies: [Quantity] = []
    var outcome = RecordOutcome()
    var pegScratch = PegScratch()

    init(model: PlanningModel) { self.model = model }

    mutating func plan(node n: Int, incoming: ArraySlice<Requirement>, into result: inout ChunkResult) throws(PlanningError) {
        let row = model.nodes.rows[n]
        let asOf = model.asOf
        gross.removeAll(keepingCapacity: true)
        let safetyStock = row.procurement == .phantom ? Quantity.zero : row.safetyStock
        if safetyStock.isPositive {
            gross.append(Requirement(date: asOf, originalDue: 0, reference: .safetyStock, quantity: safetyStock))
        }
        let firstGross = gross.count
        for demand in model.demands[Int(model.demandStart[n])..<Int(model.demandStart[n + 1])] {
            gross.append(Requirement(date: Swift.max(demand.due, asOf), originalDue: demand.due,
                                     reference: PlanReference(kind: .dealLine, value: demand.rank), quantity: demand.quantity))
        }
        gross.append(contentsOf: incoming)
        try checkMagnitude(node: n, row: row)
        if row.procurement == .make { try moveToWorkingDays(from: firstGross, plant: row.plant) }
        gross[firstGross...].sort()
        if row.procurement == .phantom {
            try planPhantom(node: n, row: row, into: &result)
            return
        }
        let receipts = model.receipts[Int(model.receiptStart[n])..<Int(model.receiptStart[n + 1])]
        let policy = LotPolicy(node: row, supplierMinimum: model.supplierMinimum[n],
                               supplierMultiple: model.supplierMultiple[n], decimals: model.itemDecimals[Int(row.item)])
        NodeRecord.run(onHand: model.onHand[n], safetyStock: safetyStock, gross: gross, firstGross: firstGross,
                       receipts: receipts, asOf: asOf, horizonEnd: model.horizonEnd, policy: policy, outcome: &outcome)
        let firstOrder = result.orderNode.count
        for k in outcome.orderDue.indices {
            let due = outcome.orderDue[k]
            result.orderNode.append(Int32(n))
            result.orderDue.append(due)
            result.orderRelease.append(try releaseDate(due: due, node: n, row: row))
            result.orderQuantity.append(outcome.orderQuantity[k])
        }
        pegSupplies(node: n, receipts: receipts, firstOrder: firstOrder, into: &result)
        addMessages(node: n, row: row, receipts: receipts, firstOrder: firstOrder, into: &result)
        try explodeOrders(node: n, row: row, receipts: receipts, firstOrder: firstOrder, into: &result)
    }

    /// Every sum the record forms (available, projected, lot sizes) lies within
    /// the node's total requirements plus supplies plus its lot parameters;
    /// keeping that total under a quarter of Int64's range means none of them
    /// can overflow, so an absurdly large dataset is an error, not a trap.
    private func checkMagnitude(node n: Int, row: NodeRow) throws(PlanningError) {
        let limit = Int64.max / 4
        var total: Int64 = 0
        func add(_ q: Quantity) -> Bool {
            let magnitude = q.rawMicros.magnitude
            guard magnitude < UInt64(limit) else { return false }
            total += Int64(magnitude) // both terms < Int64.max / 4: cannot overflow
            return total < limit
        }
        var ok = add(model.onHand[n]) && add(row.safetyStock) && add(row.lotSize) && add(row.minQuantity) && add(row.multiple)
            && add(model.supplierMinimum[n]) && add(model.supplierMultiple[n])
        for requirement in gross where ok { ok = add(requirement.quantity) }
        for receipt in model.receipts[Int(model.receiptStart[n])..<Int(model.receiptStart[n + 1])] where ok { ok = add(receipt.quantity) }
        if !ok { throw .quantityOverflow(node: "\(model.itemCodes[Int(row.item)])@\(model.plantCodes[Int(row.plant)])") }
    }

    /// planning.md: a make node's requirement counts on the working day on or
    /// before its date, or on as_of if that is earlier.
    private mutating func moveToWorkingDays(from first: Int, plant: Int32) throws(PlanningError) {
        guard first < gross.count else { return }
        guard let calendar = model.calendars[Int(plant)] else { return }
        for i in first..<gross.count {
            guard let day = calendar.workingDay(onOrBefore: gross[i].date) else {
                throw .noWorkingDay(plant: model.plantCodes[Int(plant)])
            }
            gross[i].date = Swift.max(day, model.asOf)
        }
    }

    /// Release of an order due `due`: calendar days for buy and transfer,
    /// plant working days (`stepBack`) for make.
    func releaseDate(due: Int32, node n: Int, row: NodeRow) throws(PlanningError) -> Int32 {
        let lead = model.leadTimeDays[n]
        guard row.procurement == .make, lead > 0, let calendar = model.calendars[Int(row.plant)] else { return due - lead }
        guard let day = calendar.stepBack(from: due, workingDays: lead) else {
            throw .noWorkingDay(plant: model.plantCodes[Int(row.plant)])
        }
        return day
    }

    /// FIFO pegging of on-hand, receipts (pull-in order) and the new planned
    /// orders, copied into the chunk's three peg lists.
    private mutating func pegSupplies(node n: Int, receipts: ArraySlice<ReceiptInput>, firstOrder: Int,
                                      into result: inout ChunkResult) {
        supplies.removeAll(keepingCapacity: true)
        let onHand = model.onHand[n]
        if onHand.isPositive { supplies.append(onHand) }
        for receipt in receipts { supplies.append(receipt.quantity) }
        supplies.append(contentsOf: result.orderQuantity[firstOrder...])
        Pegging.run(requirements: gross, supplies: supplies, into: &pegScratch)
        var row = 0
        if onHand.isPositive {
            result.onHandNode.append(Int32(n))
            result.onHandPegs.appendRow(0, of: pegScratch.pegs)
            row = 1
        }
        for i in receipts.indices {
            result.receiptSlot.append(Int32(i))
            result.receiptEffective.append(outcome.effective[i - receipts.startIndex])
            result.receiptPegs.appendRow(row, of: pegScratch.pegs)
            row += 1
        }
        for _ in firstOrder..<result.orderNode.count {
            result.orderPegs.appendRow(row, of: pegScratch.pegs)
            row += 1
        }
    }
}
