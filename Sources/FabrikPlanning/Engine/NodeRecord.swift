import FabrikCore

/// What the time-phased record decided for one node: each receipt's
/// effective day and whether it was pulled in (aligned with the node's
/// receipts in pull-in order), and the planned orders (due day, quantity)
/// in due-date order. Reused between nodes to avoid allocation.
struct RecordOutcome: Sendable {
    var effective: [Int32] = []
    var pulledIn: [Bool] = []
    var orderDue: [Int32] = []
    var orderQuantity: [Quantity] = []

    mutating func reset() {
        effective.removeAll(keepingCapacity: true)
        pulledIn.removeAll(keepingCapacity: true)
        orderDue.removeAll(keepingCapacity: true)
        orderQuantity.removeAll(keepingCapacity: true)
    }
}

/// planning.md "The time-phased record of a node", visiting only days with
/// events (as_of, requirement days, receipt days): projected stock changes on
/// no other day, so no shortage can start elsewhere. Cost O(events) (plus the
/// poq read-ahead), independent of the horizon length.
///
/// Behavior, per event day d:
/// - available = projected(d-1) + receipts counted on d - gross on d;
/// - if available < safety stock: pull in the next receipts (planning due
///   date after d, earliest first, then order id), each whole, until covered;
/// - if still short: one planned order due d for lot(safety_stock - available).
/// `gross[..<firstGross]` is the safety-stock requirement (pegging only), not gross.
enum NodeRecord {
    static func run(onHand: Quantity, safetyStock: Quantity, gross: [Requirement], firstGross: Int, receipts: ArraySlice<ReceiptInput>,
                    asOf: Int32, horizonEnd: Int32, policy: LotPolicy, outcome: inout RecordOutcome) {
        outcome.reset()
        let receiptDate: (ReceiptInput) -> Int32 = { Swift.max($0.planDue, asOf) }
        var projected = onHand
        var g = firstGross
        var r = receipts.startIndex
        var day = asOf
        var first = true
        while true {
            if !first {
                let gDay = g < gross.count ? gross[g].date : Int32.max
                let rDay = r < receipts.endIndex ? receiptDate(receipts[r]) : Int32.max
                day = Swift.min(gDay, rDay)
                if day == Int32.max { break }
            }
            first = false
            var available = projected
            while r < receipts.endIndex && receiptDate(receipts[r]) == day {
                available += receipts[r].quantity
                outcome.effective.append(day); outcome.pulledIn.append(false)
                r += 1
            }
            while g < gross.count && gross[g].date == day { available -= gross[g].quantity; g += 1 }
            if available < safetyStock {
                while available < safetyStock && r < receipts.endIndex {
                    available += receipts[r].quantity
                    outcome.effective.append(day); outcome.pulledIn.append(true)
                    r += 1
                }
                if available < safetyStock {
                    var need = safetyStock - available
                    if policy.rule == .periodOrderQuantity {
                        need = PeriodOrderQuantity.need(
                            day: day, periodDays: policy.poqDays, horizonEnd: horizonEnd, safetyStock: safetyStock,
                            available: available, gross: gross, nextGross: g, receipts: receipts, nextReceipt: r,
                            receiptDate: receiptDate)
                    }
                    let quantity = policy.orderQuantity(need: need)
                    outcome.orderDue.append(day); outcome.orderQuantity.append(quantity)
                    available += quantity
                }
            }
            projected = available
        }
    }
}
