public import FabrikCore

extension AvailableToPromise {
    /// Free supply of (item, plant) in `index`'s plan: on-hand pegged to
    /// `stock` (available on as_of), open orders' pegs to `stock` (on their
    /// effective date, as_of at the earliest) and planned orders' (on their
    /// due date), sorted by (date, source id bytes) and cumulated until the
    /// running total reaches `quantity`.
    public static func build(itemId: String, plantId: String, quantity: Quantity, index: PegIndex) -> AvailableToPromise {
        let plan = index.plan
        guard let item = plan.itemCodes.firstIndex(where: { utf8Equal($0, itemId) }).map(Int32.init),
              let plant = plan.plantCodes.firstIndex(where: { utf8Equal($0, plantId) }).map(Int32.init)
        else { return AvailableToPromise(supplies: [], totalFree: .zero, date: nil, decidingSupply: nil) }
        var free: [(source: String, date: Day, quantity: Quantity)] = []
        func stockPegs(_ pegs: PegList, row: Int) -> Quantity {
            var total = Quantity.zero
            for p in pegs.range(ofRow: row) where pegs.demand[p] == .stock { total += pegs.quantity[p] }
            return total
        }
        for row in 0..<plan.onHand.count where plan.onHand.item[row] == item && plan.onHand.plant[row] == plant {
            let q = stockPegs(plan.onHand.pegs, row: row)
            if q.isPositive { free.append(("stock", plan.asOf, q)) }
        }
        for row in 0..<plan.receipts.count where plan.receipts.item[row] == item && plan.receipts.plant[row] == plant {
            let q = stockPegs(plan.receipts.pegs, row: row)
            if q.isPositive {
                free.append((plan.openOrderIds[Int(plan.receipts.openOrder[row])], max(plan.asOf, plan.receipts.effectiveDate[row]), q))
            }
        }
        let orders = plan.plannedOrders
        for row in 0..<orders.count where orders.item[row] == item && orders.plant[row] == plant {
            let q = stockPegs(orders.pegs, row: row)
            if q.isPositive, let id = plan.text(of: orders.reference(ofRow: row)) { free.append((id, orders.dueDate[row], q)) }
        }
        free.sort { $0.date != $1.date ? $0.date < $1.date : utf8Precedes($0.source, $1.source) }
        var result = AvailableToPromise(supplies: [], totalFree: .zero, date: nil, decidingSupply: nil)
        for supply in free {
            result.totalFree += supply.quantity
            result.supplies.append(FreeSupply(source: supply.source, date: supply.date, quantity: supply.quantity,
                                              cumulativeQuantity: result.totalFree))
            if result.date == nil, quantity <= result.totalFree {
                result.date = supply.date
                result.decidingSupply = supply.source
            }
        }
        return result
    }
}
