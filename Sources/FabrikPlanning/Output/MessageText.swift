import FabrikCore

extension MaterialPlan {
    /// A short sentence for people explaining `message` (wording is free in
    /// the contract; the fields carry the facts).
    public func text(of message: PlanMessage) -> String {
        let at = "\(itemCodes[Int(message.item)])@\(plantCodes[Int(message.plant)])"
        let order = text(of: message.order) ?? "?"
        let demand = text(of: message.demand) ?? "?"
        let date = message.date.iso8601
        switch message.type {
        case .pastDueDemand: return "Demand \(demand) for \(at) was due \(date); it is planned on the plan date."
        case .lateRelease: return "\(order) for \(at) should have been released on \(date)."
        case .rescheduleIn: return "Expedite \(order) for \(at) to \(date) to cover \(demand)."
        case .rescheduleOut: return "Postpone \(order) for \(at): it is first needed on \(date) by \(demand)."
        case .cancel: return "Cancel \(order) for \(at): nothing needs it."
        case .pastDueReceipt: return "\(order) for \(at) was due \(date) and has not arrived."
        case .noSupplier: return "\(at) has planned purchases (first \(order)) but no supplier."
        case .noPlanningData: return "\(at) has requirements (first \(demand) on \(date)) but no item_plants row."
        }
    }
}
