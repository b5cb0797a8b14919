import FabrikCore
import FabrikPlanning

/// The plan's supplies (planned orders, then netted receipts) as one index
/// space, with what each one's pegs lead to: value, first deal line, and the
/// production orders it must finish before (through transfers).
///
/// Supply `u < plannedCount` is planned-order row `u`; `u >= plannedCount`
/// is receipt row `u - plannedCount`. Walks use explicit stacks, bounded by
/// `depthMax` levels (pegging follows the acyclic BOM and transfer graph).
struct PegWalk {
    static let depthMax = 64

    let plan: MaterialPlan
    let plannedCount: Int
    /// Receipt row of each open order index, -1 when not netted.
    let receiptRowOfOpenOrder: [Int32]
    let dealLineUnitPrices: [Money]
    /// Planned-order rows per type (MO, PO, TO, contiguous in that order),
    /// counted once: `MaterialPlan.plannedOrderRow(of:)` counts them per call,
    /// which made the walk quadratic (over 10 minutes at 100k items).
    let plannedCounts: (production: Int, purchase: Int, transfer: Int)

    init(plan: MaterialPlan, dealLineUnitPrices: [Money]) {
        self.plan = plan
        plannedCount = plan.plannedOrders.count
        plannedCounts = plan.plannedOrders.countsByType
        var rows = [Int32](repeating: -1, count: plan.openOrderIds.count)
        for r in 0..<plan.receipts.count { rows[Int(plan.receipts.openOrder[r])] = Int32(r) }
        receiptRowOfOpenOrder = rows
        self.dealLineUnitPrices = dealLineUnitPrices
    }

    var supplyCount: Int { plannedCount + plan.receipts.count }

    /// The supply an order reference names, or nil (deal lines, stock, ...).
    func supply(of reference: PlanReference) -> Int? {
        if reference.kind == .openOrder {
            let v = Int(reference.value)
            guard v >= 0, v < receiptRowOfOpenOrder.count, receiptRowOfOpenOrder[v] >= 0 else { return nil }
            return plannedCount + Int(receiptRowOfOpenOrder[v])
        }
        let n = Int(reference.value), counts = plannedCounts
        switch reference.kind {
        case .productionOrder: return n >= 1 && n <= counts.production ? n - 1 : nil
        case .purchaseOrder: return n >= 1 && n <= counts.purchase ? counts.production + n - 1 : nil
        case .transferOrder: return n >= 1 && n <= counts.transfer ? counts.production + counts.purchase + n - 1 : nil
        default: return nil
        }
    }

    func pegs(of u: Int) -> (list: PegList, range: Range<Int>) {
        u < plannedCount ? (plan.plannedOrders.pegs, plan.plannedOrders.pegs.range(ofRow: u))
            : (plan.receipts.pegs, plan.receipts.pegs.range(ofRow: u - plannedCount))
    }

    func type(of u: Int) -> OrderType {
        u < plannedCount ? plan.plannedOrders.type[u] : plan.receipts.type[u - plannedCount]
    }

    func item(of u: Int) -> Int32 {
        u < plannedCount ? plan.plannedOrders.item[u] : plan.receipts.item[u - plannedCount]
    }

    /// A parent order's requirement for one component item: the key of
    /// `requirementTotals`.
    struct RequirementKey: Hashable {
        var demand: PlanReference
        var item: Int32
    }

    /// Total pegged to each (order reference, component item) over planned
    /// orders, receipts and stock: the whole requirement the parent order
    /// generated for that item (MRP covers every requirement of a node).
    func requirementTotals() -> [RequirementKey: Int128] {
        var totals: [RequirementKey: Int128] = [:]
        func add(_ list: PegList, rows: Int, item: (Int) -> Int32) {
            for row in 0..<rows {
                for p in list.range(ofRow: row) where list.demand[p].isPlannedOrder || list.demand[p].kind == .openOrder {
                    totals[RequirementKey(demand: list.demand[p], item: item(row)), default: 0] += Int128(list.quantity[p].rawMicros)
                }
            }
        }
        add(plan.plannedOrders.pegs, rows: plan.plannedOrders.count) { plan.plannedOrders.item[$0] }
        add(plan.receipts.pegs, rows: plan.receipts.count) { plan.receipts.item[$0] }
        add(plan.onHand.pegs, rows: plan.onHand.count) { plan.onHand.item[$0] }
        return totals
    }

    /// Value (ten-thousandths) and first deal line index (-1: none) of every
    /// supply. A peg of q to deal line d is worth `q * unit_price(d)`
    /// (rounded half away from zero); a peg of q of item c to an order v is
    /// worth `value(v) * q / R(v, c)` (half up), R(v, c) being v's whole
    /// requirement for c (`requirementTotals`): every component carries
    /// the parent's full value, shared among the supplies covering it.
    /// A supply's value is the sum over its pegs. Post-order over
    /// supplies with an explicit stack (each supply entered once, so at most
    /// one push per peg); O(supplies + pegs).
    func valuesAndFirstDealLines() -> (value: [Int64], firstDeal: [Int32]) {
        var value = [Int64](repeating: -1, count: supplyCount)
        var firstDeal = [Int32](repeating: -1, count: supplyCount)
        var entered = [Bool](repeating: false, count: supplyCount)
        let totals = requirementTotals()
        for root in 0..<supplyCount where value[root] < 0 {
            var stack = [root]
            while let u = stack.last {
                let (list, range) = pegs(of: u)
                if !entered[u] {
                    entered[u] = true
                    for p in range {
                        if let v = supply(of: list.demand[p]), !entered[v] { stack.append(v) }
                    }
                    continue
                }
                stack.removeLast()
                guard value[u] < 0 else { continue }
                var total: Int128 = 0
                var first: Int32 = -1
                for p in range {
                    let demand = list.demand[p], q = list.quantity[p]
                    if demand.kind == .dealLine {
                        let d = Int(demand.value)
                        let price = d < dealLineUnitPrices.count ? dealLineUnitPrices[d] : .zero
                        total += Int128(Money.amount(unitPrice: price, quantity: q).rawTenThousandths)
                        if first < 0 || demand.value < first { first = demand.value }
                    } else if let v = supply(of: demand), value[v] >= 0 {
                        let requirement = totals[RequirementKey(demand: demand, item: item(of: u))] ?? 0
                        if requirement > 0 {
                            total += (Int128(value[v]) * Int128(q.rawMicros) * 2 + requirement) / (2 * requirement)
                        }
                        if firstDeal[v] >= 0 && (first < 0 || firstDeal[v] < first) { first = firstDeal[v] }
                    }
                }
                value[u] = Int64(clamping: total)
                firstDeal[u] = first
            }
        }
        return (value, firstDeal)
    }

    /// Production supplies that `u` (a production supply) must finish before,
    /// with the lag: through transfer supplies, each adding its lead time as
    /// whole 24-hour days. Several paths to one order keep the longest lag.
    func successors(of u: Int, transferLeadDays: (Int) -> Int32) -> [(supply: Int, lagMinutes: Int64)] {
        var result: [(supply: Int, lagMinutes: Int64)] = []
        var stack: [(supply: Int, lag: Int64, depth: Int)] = [(u, 0, 0)]
        while let (s, lag, depth) = stack.popLast() {
            let (list, range) = pegs(of: s)
            for p in range {
                guard let v = supply(of: list.demand[p]) else { continue }
                switch type(of: v) {
                case .production:
                    if let k = result.firstIndex(where: { $0.supply == v }) {
                        result[k].lagMinutes = max(result[k].lagMinutes, lag)
                    } else {
                        result.append((v, lag))
                    }
                case .transfer where depth < PegWalk.depthMax:
                    stack.append((v, lag + Int64(transferLeadDays(v)) * WorkingTimeTable.minutesPerDay, depth + 1))
                default:
                    continue
                }
            }
        }
        return result
    }
}
