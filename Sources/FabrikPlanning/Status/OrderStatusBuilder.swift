import FabrikCore

/// Builds a deal's `OrderStatus` from its `OrderStatusInput`: pure, no I/O.
///
/// Behavior:
/// - each line's open quantity is `qty - shipped_qty`; a line with none is `shipped`;
/// - a line the plan has no pegs for is `not-planned` (no completion date);
/// - otherwise its supplies are the pegging tree below it (`PegTree.down`),
///   each with its state and forward-pass dates (`ForwardPass`); reserved
///   stock is the on-hand pegged directly to the line; the projected
///   completion is the latest finish of the supplies pegged to the line
///   (as_of for stock); a line finishing after its due date is late, named
///   by the late cause of the supply that finishes last (or that supply);
/// - with a current schedule, production orders take their scheduled days
///   (`ForwardPass`), and each date says where it came from (`DateSource`).
/// Cost: O(pegs below the deal's lines) after the `PegIndex` is built.
public enum OrderStatusBuilder {
    public static func build(_ input: OrderStatusInput) -> OrderStatus {
        var value = Money.zero
        for line in input.lines { value = value + Money.amount(unitPrice: line.unitPrice, quantity: line.quantity) }
        var schedule = input.schedule
        schedule?.orders = [:]
        var status = OrderStatus(deal: input.deal, asOf: input.pegIndex?.plan.asOf, runId: input.runId,
                                 storedAt: input.storedAt, lines: [], ledger: input.ledger, schedule: schedule, value: value)
        guard let index = input.pegIndex else {
            status.lines = input.lines.map { unplanned($0) }
            return status
        }
        var pass = ForwardPass(input: input, index: index)
        for line in input.lines {
            status.lines.append(lineStatus(line, input: input, index: index, pass: &pass))
        }
        return status
    }

    static func unplanned(_ line: DealLineFacts) -> LineStatus {
        let open = max(.zero, line.quantity - line.shippedQuantity)
        return LineStatus(line: line, state: open.isPositive ? .notPlanned : .shipped, openQuantity: open,
                          uncoveredQuantity: open, reservedStock: .zero, supplies: [], projectedCompletion: nil,
                          daysLate: 0, lateBecause: nil)
    }

    static func lineStatus(_ line: DealLineFacts, input: OrderStatusInput, index: PegIndex, pass: inout ForwardPass) -> LineStatus {
        var status = unplanned(line)
        let demandId = line.demandId(dealId: input.deal.dealId)
        guard status.openQuantity.isPositive, let reference = index.reference(named: demandId),
              reference.kind == .dealLine else { return status }
        let covers = index.covers(of: reference)
        guard !covers.isEmpty else { return status }
        status.state = .planned
        var covered = Quantity.zero
        var completion: Day?
        var last: PlanSupply?
        for cover in covers {
            covered += cover.quantity
            if case .onHand = cover.supply { status.reservedStock += cover.quantity }
            let finish = pass.timing(of: cover.supply).finish
            if completion.map({ $0 < finish }) ?? true { completion = finish; last = cover.supply }
        }
        status.uncoveredQuantity = max(.zero, status.openQuantity - covered)
        status.projectedCompletion = completion
        status.dateSource = last.map { pass.timing(of: $0).dateSource }
        status.supplies = supplies(below: reference, demandId: demandId, index: index, input: input, pass: &pass)
        if let completion, line.dueDate < completion {
            status.daysLate = completion - line.dueDate
            let cause = last.flatMap { pass.timing(of: $0).lateCause } ?? last
            if let cause, index.reference(of: cause) != nil { status.lateBecause = id(of: cause, index: index) }
        }
        return status
    }

    /// The pegging tree below a line in pre-order, each supply with the id of what it feeds.
    static func supplies(below reference: PlanReference, demandId: String, index: PegIndex, input: OrderStatusInput,
                         pass: inout ForwardPass) -> [SupplyStatus] {
        var result: [SupplyStatus] = []
        var parentIds = [demandId]
        for treeLine in PegTree.down(from: reference, index: index) {
            guard case .supply(let supply) = treeLine.subject else { continue }
            let own = id(of: supply, index: index)
            parentIds.removeSubrange(min(treeLine.depth, parentIds.count)...)
            let feeds = parentIds.last ?? demandId
            parentIds.append(own)
            result.append(supplyStatus(supply, depth: treeLine.depth, pegged: treeLine.quantity ?? .zero, feeds: feeds,
                                       index: index, input: input, timing: pass.timing(of: supply)))
        }
        return result
    }

    static func id(of supply: PlanSupply, index: PegIndex) -> String {
        guard let reference = index.reference(of: supply) else { return "stock" }
        return index.plan.text(of: reference) ?? "?"
    }

    static func supplyStatus(_ supply: PlanSupply, depth: Int, pegged: Quantity, feeds: String, index: PegIndex,
                             input: OrderStatusInput, timing: SupplyTiming) -> SupplyStatus {
        var status = supplyFacts(supply, depth: depth, pegged: pegged, feeds: feeds, index: index, input: input, timing: timing)
        status.dateSource = timing.dateSource
        return status
    }

    static func supplyFacts(_ supply: PlanSupply, depth: Int, pegged: Quantity, feeds: String, index: PegIndex,
                            input: OrderStatusInput, timing: SupplyTiming) -> SupplyStatus {
        let plan = index.plan
        let id = id(of: supply, index: index)
        func code(_ table: [String], _ i: Int32) -> String? { i >= 0 && Int(i) < table.count ? table[Int(i)] : nil }
        switch supply {
        case .onHand(let row):
            let t = plan.onHand
            return SupplyStatus(depth: depth, kind: .stock, id: id, type: nil, itemId: plan.itemCodes[Int(t.item[row])],
                                plantId: plan.plantCodes[Int(t.plant[row])], peggedQuantity: pegged, quantity: t.quantity[row],
                                feeds: feeds, state: .inStock, projectedFinish: timing.finish)
        case .plannedOrder(let row):
            let t = plan.plannedOrders
            let converted = input.conversions[t.reference(ofRow: row)]
            let facts = converted.flatMap { input.openOrders[IdKey($0)] }
            var status = SupplyStatus(depth: depth, kind: .plannedOrder, id: id, type: t.type[row],
                                      itemId: plan.itemCodes[Int(t.item[row])], plantId: plan.plantCodes[Int(t.plant[row])],
                                      peggedQuantity: pegged, quantity: t.quantity[row], feeds: feeds,
                                      state: converted == nil ? .planned : (facts?.state ?? .approved),
                                      projectedFinish: timing.finish)
            status.convertedTo = converted
            status.receivedQuantity = facts?.receivedQuantity
            status.releaseDate = t.releaseDate[row]
            status.dueDate = t.dueDate[row]
            status.projectedStart = timing.start
            status.supplier = code(plan.supplierCodes, t.supplier[row])
            status.sourcePlant = code(plan.plantCodes, t.sourcePlant[row])
            return status
        case .receipt(let row):
            let t = plan.receipts
            let facts = input.openOrders[IdKey(id)]
            var status = SupplyStatus(depth: depth, kind: .openOrder, id: id, type: t.type[row],
                                      itemId: plan.itemCodes[Int(t.item[row])], plantId: plan.plantCodes[Int(t.plant[row])],
                                      peggedQuantity: pegged, quantity: facts?.quantity ?? t.quantity[row], feeds: feeds,
                                      state: facts?.state ?? .approved, projectedFinish: timing.finish)
            status.receivedQuantity = facts?.receivedQuantity ?? .zero
            status.dueDate = t.dueDate[row]
            status.projectedStart = timing.start
            return status
        }
    }
}

extension SupplyStatus {
    init(depth: Int, kind: Kind, id: String, type: OrderType?, itemId: String, plantId: String, peggedQuantity: Quantity,
         quantity: Quantity, feeds: String, state: SupplyState, projectedFinish: Day) {
        self.init(depth: depth, kind: kind, id: id, type: type, itemId: itemId, plantId: plantId,
                  peggedQuantity: peggedQuantity, quantity: quantity, feeds: feeds, state: state, convertedTo: nil,
                  receivedQuantity: nil, releaseDate: nil, dueDate: nil, projectedStart: nil,
                  projectedFinish: projectedFinish, supplier: nil, sourcePlant: nil)
    }
}
