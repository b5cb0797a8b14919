extension PlanningSnapshot {
    /// Checks the documented invariants; returns the first broken one as a
    /// sentence, or nil. Loaders call it before planning; tests call it on
    /// every fixture.
    public func firstBrokenInvariant() -> String? {
        func sortedUnique(_ codes: [String]) -> Bool {
            zip(codes, codes.dropFirst()).allSatisfy { utf8Precedes($0, $1) }
        }
        if !sortedUnique(itemCodes) { return "item codes are not sorted and unique" }
        if !sortedUnique(plantCodes) { return "plant codes are not sorted and unique" }
        if !sortedUnique(supplierCodes) { return "supplier codes are not sorted and unique" }
        if itemDecimals.count != itemCodes.count { return "item decimals do not match item codes" }
        if plantCalendars.count != plantCodes.count { return "plant calendars do not match plant codes" }
        let items = Int32(itemCodes.count), plants = Int32(plantCodes.count), suppliers = Int32(supplierCodes.count)
        func inRange(_ v: Int32, _ n: Int32, optional: Bool = false) -> Bool { (optional && v == -1) || (v >= 0 && v < n) }
        for n in nodes where !inRange(n.item, items) || !inRange(n.plant, plants) || !inRange(n.sourcePlant, plants, optional: true) {
            return "a node references an unknown item or plant"
        }
        for b in bomLines where !inRange(b.parentItem, items) || !inRange(b.componentItem, items) || !inRange(b.plant, plants, optional: true) {
            return "a BOM line references an unknown item or plant"
        }
        for s in supplierItems where !inRange(s.supplier, suppliers) || !inRange(s.item, items) || !inRange(s.plant, plants) {
            return "a supplier item references an unknown supplier, item or plant"
        }
        for o in openOrders where !inRange(o.item, items) || !inRange(o.plant, plants) || !inRange(o.supplier, suppliers, optional: true) || !inRange(o.sourcePlant, plants, optional: true) {
            return "an open order references an unknown item, plant or supplier"
        }
        for d in demandLines where !inRange(d.item, items) || !inRange(d.plant, plants) {
            return "a demand line references an unknown item or plant"
        }
        for h in onHand where !inRange(h.item, items) || !inRange(h.plant, plants) {
            return "an on-hand row references an unknown item or plant"
        }
        return nil
    }
}
