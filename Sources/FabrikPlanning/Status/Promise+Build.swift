public import FabrikCore

extension Promise {
    /// Available to promise from the plan in `index`, capable to promise from
    /// `snapshot`'s master data, both from the plan's as_of; the earlier date
    /// wins (available to promise on a tie). Pure.
    public static func build(itemId: String, plantId: String, quantity: Quantity, index: PegIndex,
                             snapshot: PlanningSnapshot) -> Promise {
        let asOf = index.plan.asOf
        let atp = AvailableToPromise.build(itemId: itemId, plantId: plantId, quantity: quantity, index: index)
        let ctp = CapableToPromise.build(itemId: itemId, plantId: plantId, asOf: asOf, snapshot: snapshot)
        var promise = Promise(itemId: itemId, plantId: plantId, quantity: quantity, asOf: asOf, method: .none, date: nil,
                              reason: "", availableToPromise: atp, capableToPromise: ctp)
        if let atpDate = atp.date, ctp.date.map({ atpDate <= $0 }) ?? true {
            promise.method = .availableToPromise
            promise.date = atpDate
            let source = atp.decidingSupply ?? "stock"
            promise.reason = source == "stock"
                ? "Free stock of \(itemId) at \(plantId) covers \(quantity) on \(atpDate.iso8601)."
                : "Free supply of \(itemId) at \(plantId) reaches \(quantity) on \(atpDate.iso8601) with \(source)."
        } else if let ctpDate = ctp.date {
            promise.method = .capableToPromise
            promise.date = ctpDate
            let free = atp.totalFree.isPositive ? "only \(atp.totalFree) is free" : "nothing is free"
            promise.reason = "At \(plantId) \(free) for \(quantity) of \(itemId); the lead-time path " +
                ctp.path.map { "\($0.itemId)@\($0.plantId)" }.joined(separator: " <- ") + " ends on \(ctpDate.iso8601)."
        } else {
            promise.reason = ctp.problem ?? "No date can be promised for \(itemId) at \(plantId)."
        }
        return promise
    }
}
