import FabrikCore
import FabrikPlanning

extension MaterialPlan {
    /// The same plan with only the planned orders whose rows pass `keep`
    /// (their pegs kept with them); receipts, on-hand and messages unchanged.
    func keepingPlannedOrders(where keep: (Int) -> Bool) -> MaterialPlan {
        var copy = self
        let source = plannedOrders
        var kept = PlannedOrderTable()
        for row in 0..<source.count where keep(row) {
            kept.type.append(source.type[row]); kept.number.append(source.number[row])
            kept.item.append(source.item[row]); kept.plant.append(source.plant[row])
            kept.quantity.append(source.quantity[row]); kept.releaseDate.append(source.releaseDate[row])
            kept.dueDate.append(source.dueDate[row]); kept.supplier.append(source.supplier[row])
            kept.sourcePlant.append(source.sourcePlant[row])
            for p in source.pegs.range(ofRow: row) { kept.pegs.append(source.pegs.demand[p], source.pegs.quantity[p]) }
            kept.pegs.closeRow()
        }
        copy.plannedOrders = kept
        return copy
    }
}
