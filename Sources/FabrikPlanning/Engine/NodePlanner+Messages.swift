import FabrikCore

extension NodePlanner {
    /// The reference kind of a node's planned orders.
    static func orderKind(_ procurement: Procurement) -> PlanReference.Kind {
        switch procurement {
        case .make, .phantom: return .productionOrder
        case .buy: return .purchaseOrder
        case .transfer: return .transferOrder
        }
    }

    /// planning.md "Messages" for one planned node: per receipt
    /// reschedule-in, past-due-receipt, cancel or reschedule-out; per planned
    /// order late-release; once per buy node without supplier no-supplier.
    /// Planned orders are referenced by chunk-local index until numbering.
    mutating func addMessages(node n: Int, row: NodeRow, receipts: ArraySlice<ReceiptInput>, firstOrder: Int,
                              into result: inout ChunkResult) {
        let asOf = model.asOf
        let supplyOffset = model.onHand[n].isPositive ? 1 : 0
        for (j, receipt) in receipts.enumerated() {
            let s = supplyOffset + j
            let order = PlanReference(kind: .openOrder, value: receipt.rank)
            let effective = outcome.effective[j]
            let first = pegScratch.firstDemand[s]
            func message(_ type: PlanMessageType, _ date: Int32, demand: PlanReference = .none) {
                result.messages.append(PlanMessage(type: type, item: row.item, plant: row.plant,
                                                   date: Day(daysSinceEpoch: date), order: order, demand: demand))
            }
            if outcome.pulledIn[j] { message(.rescheduleIn, effective, demand: first == .none ? .stock : first) }
            if receipt.writtenDue < asOf { message(.pastDueReceipt, receipt.writtenDue) }
            if first == .none {
                message(.cancel, effective)
            } else if pegScratch.firstDate[s] - effective > 7 {
                message(.rescheduleOut, pegScratch.firstDate[s], demand: first)
            }
        }
        let kind = NodePlanner.orderKind(row.procurement)
        for k in firstOrder..<result.orderNode.count where result.orderRelease[k] < asOf {
            result.messages.append(PlanMessage(type: .lateRelease, item: row.item, plant: row.plant,
                                               date: Day(daysSinceEpoch: result.orderRelease[k]),
                                               order: PlanReference(kind: kind, value: Int32(k))))
        }
        if row.procurement == .buy && model.supplier[n] < 0 && firstOrder < result.orderNode.count {
            result.messages.append(PlanMessage(type: .noSupplier, item: row.item, plant: row.plant,
                                               date: Day(daysSinceEpoch: result.orderRelease[firstOrder]),
                                               order: PlanReference(kind: kind, value: Int32(firstOrder))))
        }
    }
}
