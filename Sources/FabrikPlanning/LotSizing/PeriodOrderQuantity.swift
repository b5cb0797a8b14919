import FabrikCore

/// `poq`: order enough for the need day d and the lot_size - 1 days after it
/// (cut at the horizon end): the largest `safety_stock - available(t)` over
/// those days, with available(t) computed as if no further order were placed
/// from d on (later receipts still count on their days; nothing is pulled in).
///
/// Cost: O(events in the period), read ahead without consuming them.
enum PeriodOrderQuantity {
    /// - Parameters: `available` is available(d) after pull-ins;
    ///   `gross[nextGross...]` and `receipts[nextReceipt...]` are the events
    ///   after d, by date.
    static func need(day: Int32, periodDays: Int32, horizonEnd: Int32, safetyStock: Quantity, available: Quantity,
                     gross: [Requirement], nextGross: Int, receipts: ArraySlice<ReceiptInput>, nextReceipt: Int,
                     receiptDate: (ReceiptInput) -> Int32) -> Quantity {
        let last = Swift.min(horizonEnd, day + (periodDays - 1))
        var running = available
        var worst = safetyStock - available
        var g = nextGross, r = nextReceipt
        while true {
            let gDay = g < gross.count ? gross[g].date : Int32.max
            let rDay = r < receipts.endIndex ? receiptDate(receipts[r]) : Int32.max
            let t = Swift.min(gDay, rDay)
            if t > last { break }
            while g < gross.count && gross[g].date == t { running -= gross[g].quantity; g += 1 }
            while r < receipts.endIndex && receiptDate(receipts[r]) == t { running += receipts[r].quantity; r += 1 }
            worst = Quantity.max(worst, safetyStock - running)
        }
        return worst
    }
}
