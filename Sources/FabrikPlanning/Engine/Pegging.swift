import FabrikCore

/// Pegs of one node's supplies, built by `Pegging.run`: row s of `pegs` is
/// supply s (on-hand, then receipts in pull-in order, then planned orders by
/// number). `firstDemand[s]`/`firstDate[s]` are the first non-stock demand the
/// supply serves and that requirement's counting day (`.none`/0 if it serves
/// only stock). `uncovered[i]` is what supply did not cover of requirement i.
struct PegScratch: Sendable {
    var pegs = PegList()
    var firstDemand: [PlanReference] = []
    var firstDate: [Int32] = []
    var uncovered: [Quantity] = []
    var left: [Quantity] = []

    mutating func reset() {
        pegs.start.removeAll(keepingCapacity: true)
        pegs.start.append(0)
        pegs.demand.removeAll(keepingCapacity: true)
        pegs.quantity.removeAll(keepingCapacity: true)
        firstDemand.removeAll(keepingCapacity: true)
        firstDate.removeAll(keepingCapacity: true)
        uncovered.removeAll(keepingCapacity: true)
        left.removeAll(keepingCapacity: true)
    }
}

/// planning.md "Pegging": requirements (already in pegging order) take
/// supplies (in supply order) first-in first-out; each cover is a peg, pegs
/// of one supply to one demand are merged, and what a supply has left goes
/// to `stock`, last. Because consumption is monotone, the pegs come out
/// grouped per supply in supply order, so each row is written once.
/// Cost O(requirements + supplies).
enum Pegging {
    static func run(requirements: [Requirement], supplies: [Quantity], into scratch: inout PegScratch) {
        scratch.reset()
        scratch.left.append(contentsOf: supplies)
        scratch.firstDemand.append(contentsOf: repeatElement(.none, count: supplies.count))
        scratch.firstDate.append(contentsOf: repeatElement(0, count: supplies.count))
        var s = 0
        // Skip empty supplies at the front (a zero on-hand is never passed, but be safe).
        while s < supplies.count && !scratch.left[s].isPositive { scratch.pegs.closeRow(); s += 1 }
        for requirement in requirements {
            var need = requirement.quantity
            while need.isPositive && s < supplies.count {
                let take = Quantity.min(need, scratch.left[s])
                append(requirement, take, supply: s, into: &scratch)
                need -= take
                scratch.left[s] -= take
                if !scratch.left[s].isPositive {
                    scratch.pegs.closeRow()
                    s += 1
                }
            }
            scratch.uncovered.append(need)
        }
        while s < supplies.count {
            if scratch.left[s].isPositive { scratch.pegs.append(.stock, scratch.left[s]) }
            scratch.pegs.closeRow()
            s += 1
        }
    }

    @inline(__always) private static func append(_ requirement: Requirement, _ quantity: Quantity, supply s: Int,
                                                 into scratch: inout PegScratch) {
        let rowStart = Int(scratch.pegs.start[scratch.pegs.start.count - 1])
        if scratch.pegs.demand.count > rowStart, let last = scratch.pegs.demand.last, last == requirement.reference {
            scratch.pegs.quantity[scratch.pegs.quantity.count - 1] += quantity
            return
        }
        if scratch.pegs.demand.count == rowStart {
            scratch.firstDemand[s] = requirement.reference
            scratch.firstDate[s] = requirement.date
        }
        scratch.pegs.append(requirement.reference, quantity)
    }
}
