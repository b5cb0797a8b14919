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

    /// Empties the chunk for the next level, keeping its capacity: reusing
    /// the buffers avoids re-faulting fresh pages every level.
    mutating func reset() {
        orderNode.removeAll(keepingCapacity: true)
        orderDue.removeAll(keepingCapacity: true)
        orderRelease.removeAll(keepingCapacity: true)
        orderQuantity.removeAll(keepingCapacity: true)
        orderPegs.removeAll()
        orderNumber.removeAll(keepingCapacity: true)
        onHandNode.removeAll(keepingCapacity: true)
        onHandPegs.removeAll()
        receiptSlot.removeAll(keepingCapacity: true)
        receiptEffective.removeAll(keepingCapacity: true)
        receiptPegs.removeAll()
        messages.removeAll(keepingCapacity: true)
        children.removeAll(keepingCapacity: true)
        error = nil
    }
}

extension PegList {
    /// Back to zero rows, keeping capacity.
    mutating func removeAll() {
        start.removeAll(keepingCapacity: true)
        start.append(0)
        demand.removeAll(keepingCapacity: true)
        quantity.removeAll(keepingCapacity: true)
    }

    /// Appends row `row` of `source` as this list's next row.
    /// Element by element on purpose: rows hold 1-3 pegs, and slicing for
    /// `append(contentsOf:)` cost a retain/release pair per column per row
    /// (about a third of pegging time at 100k items).
    @inline(__always) mutating func appendRow(_ row: Int, of source: PegList) {
        var p = Int(source.start[row])
        let end = Int(source.start[row + 1])
        while p < end {
            demand.append(source.demand[p])
            quantity.append(source.quantity[p])
            p += 1
        }
        closeRow()
    }
}
