import FabrikCore

extension NodePlanner {
    /// Dependent and transfer demand of a planned node's orders, dated
    /// max(release, as_of): make orders (planned, and open ones not issued,
    /// released from their planning due date) explode through the BOM lines
    /// effective that day; transfer orders (planned, open not shipped) need
    /// their quantity at the source plant.
    mutating func explodeOrders(node n: Int, row: NodeRow, receipts: ArraySlice<ReceiptInput>, firstOrder: Int,
                                into result: inout ChunkResult) throws(PlanningError) {
        let asOf = model.asOf
        let kind = NodePlanner.orderKind(row.procurement)
        switch row.procurement {
        case .make:
            for k in firstOrder..<result.orderNode.count {
                try explode(node: n, row: row, date: Swift.max(result.orderRelease[k], asOf), quantity: result.orderQuantity[k],
                        reference: PlanReference(kind: kind, value: Int32(k)), originalDue: 0, local: true, into: &result)
            }
            for receipt in receipts where receipt.explodes {
                let release = try releaseDate(due: receipt.planDue, node: n, row: row)
                try explode(node: n, row: row, date: Swift.max(release, asOf), quantity: receipt.quantity,
                        reference: PlanReference(kind: .openOrder, value: receipt.rank), originalDue: 0, local: false,
                        into: &result)
            }
        case .transfer:
            let source = model.sourceNode[n]
            func need(_ date: Int32, _ quantity: Quantity, _ reference: PlanReference, local: Bool) {
                let requirement = Requirement(date: Swift.max(date, asOf), originalDue: 0, reference: reference,
                                              quantity: quantity)
                result.children.append(ChildRequirement(node: source, item: row.item, plant: row.sourcePlant,
                                                        fromLocalOrder: local, requirement: requirement))
            }
            for k in firstOrder..<result.orderNode.count {
                need(result.orderRelease[k], result.orderQuantity[k], PlanReference(kind: kind, value: Int32(k)), local: true)
            }
            for receipt in receipts where receipt.explodes {
                need(receipt.planDue - model.leadTimeDays[n], receipt.quantity,
                     PlanReference(kind: .openOrder, value: receipt.rank), local: false)
            }
        case .buy, .phantom:
            break
        }
    }

    /// One requirement per BOM line of the node effective on `date`:
    /// quantity * qty_per * (1 + scrap), exact, rounded up once to the
    /// component's decimals.
    func explode(node n: Int, row: NodeRow, date: Int32, quantity: Quantity, reference: PlanReference,
                          originalDue: Int32, local: Bool, into result: inout ChunkResult) throws(PlanningError) {
        // Read through `model.bom` each time: binding it to a local copies the
        // struct and costs 7 retain/release pairs per order.
        for line in Int(model.bomLow[n])..<Int(model.bomHigh[n]) where model.bom.isEffective(line, on: date) {
            let component = model.bom.component[line]
            guard let amount = ExplosionArithmetic.exploded(quantity, quantityPer: model.bom.quantityPer[line],
                                                            scrapBasisPoints: model.bom.scrapBasisPoints[line],
                                                            decimals: Int(model.itemDecimals[Int(component)])) else {
                throw .quantityOverflow(node: "\(model.itemCodes[Int(component)])@\(model.plantCodes[Int(row.plant)])")
            }
            let requirement = Requirement(date: date, originalDue: originalDue, reference: reference, quantity: amount)
            result.children.append(ChildRequirement(node: model.nodes.node(item: component, plant: row.plant),
                                                    item: component, plant: row.plant, fromLocalOrder: local,
                                                    requirement: requirement))
        }
    }

    /// planning.md "Phantom": no safety stock, lot sizing, lead time or
    /// receipts; on-hand covers requirements in pegging order and the
    /// uncovered rest of each explodes the same day, keeping its reference.
    mutating func planPhantom(node n: Int, row: NodeRow, into result: inout ChunkResult) throws(PlanningError) {
        supplies.removeAll(keepingCapacity: true)
        let onHand = model.onHand[n]
        if onHand.isPositive { supplies.append(onHand) }
        Pegging.run(requirements: gross, supplies: supplies, into: &pegScratch)
        if onHand.isPositive {
            result.onHandNode.append(Int32(n))
            result.onHandPegs.appendRow(0, of: pegScratch.pegs)
        }
        for (i, requirement) in gross.enumerated() where pegScratch.uncovered[i].isPositive {
            try explode(node: n, row: row, date: requirement.date, quantity: pegScratch.uncovered[i],
                    reference: requirement.reference, originalDue: requirement.originalDue, local: false, into: &result)
        }
    }
}
