import FabrikCore

/// Deal lines and open orders ranked in reference order, so a
/// `PlanReference` value is a rank and `<` on it is the contract's order.
///
/// `dealLineIds[r]` is the `DEAL/LINE` text of rank r (deal_id bytes, then
/// line_no as an integer); `dealRankOfLine[i]` the rank of
/// `snapshot.demandLines[i]`. Likewise for open orders by id bytes.
/// Building sorts once: O(n log n) id comparisons.
struct ReferenceTables: Sendable {
    let dealLineIds: [String]
    let dealRankOfLine: [Int32]
    let openOrderIds: [String]
    let openRankOfOrder: [Int32]

    init(snapshot: PlanningSnapshot) {
        let lines = snapshot.demandLines
        var dealOrder = Array(lines.indices)
        dealOrder.sort { a, b in
            let x = lines[a], y = lines[b]
            if !utf8Equal(x.dealId, y.dealId) { return utf8Precedes(x.dealId, y.dealId) }
            return x.lineNumber < y.lineNumber
        }
        var dealRank = [Int32](repeating: 0, count: lines.count)
        for (rank, i) in dealOrder.enumerated() { dealRank[i] = Int32(rank) }
        dealLineIds = dealOrder.map { "\(lines[$0].dealId)/\(lines[$0].lineNumber)" }
        dealRankOfLine = dealRank
        let orders = snapshot.openOrders
        var orderOrder = Array(orders.indices)
        orderOrder.sort { utf8Precedes(orders[$0].orderId, orders[$1].orderId) }
        var orderRank = [Int32](repeating: 0, count: orders.count)
        for (rank, i) in orderOrder.enumerated() { orderRank[i] = Int32(rank) }
        openOrderIds = orderOrder.map { orders[$0].orderId }
        openRankOfOrder = orderRank
    }
}
