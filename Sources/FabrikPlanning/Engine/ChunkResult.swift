import FabrikCore

/// What planning a contiguous run of one level's nodes produced, before the
/// level is numbered and merged. Planned orders are chunk-local (index k);
/// `orderNumber[k]` is filled at merge time. Messages whose `order` is a
/// planned kind and children with `fromLocalOrder` hold local indices until
/// then. Rows of `onHandPegs`, `receiptPegs`, `orderPegs` align with
/// `onHandNode`, `receiptSlot`, `orderNode`.
struct ChunkResult: Sendable {
    var orderNode: [Int32] = []
    var orderDue: [Int32] = []
    var orderRelease: [Int32] = []
    var orderQuantity: [Quantity] = []
    var orderPegs = PegList()
    var orderNumber: [Int32] = []
    var onHandNode: [Int32] = []
    var onHandPegs = PegList()
    var receiptSlot: [Int32] = []
    var receiptEffective: [Int32] = []
    var receiptPegs = PegList()
    var messages: [PlanMessage] = []
    var children: [ChildRequirement] = []
    var error: PlanningError?
}

extension PegList {
    /// Appends row `row` of `source` as this list's next row.
    @inline(__always) mutating func appendRow(_ row: Int, of source: PegList) {
        let range = source.range(ofRow: row)
        demand.append(contentsOf: source.demand[range])
        quantity.append(contentsOf: source.quantity[range])
        closeRow()
    }
}
