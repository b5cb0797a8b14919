public import FabrikCore

/// When one supply starts and finishes in the forward pass, and which supply
/// (itself or one feeding it) makes it finish after its due date.
public struct SupplyTiming: Hashable, Sendable {
    public var start: Day?
    public var finish: Day
    public var lateCause: PlanSupply?
}

/// The forward pass over a plan's pegged supply chain (issue 6).
///
/// Behavior:
/// - stock on hand finishes on as_of;
/// - a planned order starts at the latest of its release date, as_of and the
///   finish of the supplies pegged to its own requirements, and finishes its
///   lead time later: working days of its plant for production, calendar days
///   otherwise; the lead time is the order's own (due - release), so an order
///   whose start is its release finishes exactly on its due date;
/// - an open order finishes on its due date, or on as_of when it is past due
///   and not yet received; one that is received or complete finishes by
///   as_of; one with supplies pegged to its requirements (production not
///   issued, transfer not shipped) finishes no earlier than their finish plus
///   its node's lead time;
/// - the late cause of a late supply is the late cause of the feeder that
///   pushed it, or the supply itself when nothing below pushed it.
/// Memoised per supply (shared supplies are computed once); an explicit stack,
/// no recursion; feeders deeper than `PegTree.depthMax` count as ready on as_of.
public struct ForwardPass {
    let input: OrderStatusInput
    let index: PegIndex
    private(set) var timings: [PlanSupply: SupplyTiming] = [:]
    private let calendarByPlant: [WorkCalendar?]

    public init(input: OrderStatusInput, index: PegIndex) {
        self.input = input
        self.index = index
        calendarByPlant = index.plan.plantCodes.map { input.calendars[IdKey($0)] }
    }

    /// The timing of `supply` (and of every supply below it, kept for later calls).
    public mutating func timing(of supply: PlanSupply) -> SupplyTiming {
        if let known = timings[supply] { return known }
        var stack: [(supply: PlanSupply, depth: Int, expanded: Bool)] = [(supply, 0, false)]
        while let top = stack.popLast() {
            if timings[top.supply] != nil { continue }
            let feeders = feederSupplies(of: top.supply)
            if top.expanded || top.depth >= PegTree.depthMax {
                timings[top.supply] = compute(top.supply, feeders: top.depth >= PegTree.depthMax ? [] : feeders)
                continue
            }
            stack.append((top.supply, top.depth, true))
            for feeder in feeders where timings[feeder] == nil { stack.append((feeder, top.depth + 1, false)) }
        }
        return timings[supply] ?? SupplyTiming(start: nil, finish: index.plan.asOf, lateCause: nil)
    }

    /// The supplies pegged to the requirements of `supply` (none for stock).
    func feederSupplies(of supply: PlanSupply) -> [PlanSupply] {
        guard let reference = index.reference(of: supply) else { return [] }
        return index.covers(of: reference).map(\.supply)
    }

    private func compute(_ supply: PlanSupply, feeders: [PlanSupply]) -> SupplyTiming {
        let asOf = index.plan.asOf
        var feederFinish: Day?
        var critical: PlanSupply?
        for feeder in feeders {
            let finish = timings[feeder]?.finish ?? asOf
            if feederFinish.map({ $0 < finish }) ?? true { feederFinish = finish; critical = feeder }
        }
        let criticalCause = critical.flatMap { timings[$0]?.lateCause } ?? critical
        switch supply {
        case .onHand:
            return SupplyTiming(start: nil, finish: asOf, lateCause: nil)
        case .plannedOrder(let row):
            let orders = index.plan.plannedOrders
            let release = orders.releaseDate[row], due = orders.dueDate[row]
            let earliest = max(release, asOf)
            let start = max(earliest, feederFinish ?? earliest)
            let finish = start == release ? due : finishing(from: start, release: release, due: due,
                                                               type: orders.type[row], plant: orders.plant[row])
            guard due < finish else { return SupplyTiming(start: start, finish: finish, lateCause: nil) }
            let pushed = feederFinish.map { earliest < $0 } ?? false
            return SupplyTiming(start: start, finish: finish, lateCause: pushed ? criticalCause : supply)
        case .receipt(let row):
            return receiptTiming(row: row, supply: supply, feederFinish: feederFinish, criticalCause: criticalCause)
        }
    }

    private func receiptTiming(row: Int, supply: PlanSupply, feederFinish: Day?, criticalCause: PlanSupply?) -> SupplyTiming {
        let asOf = index.plan.asOf
        let receipts = index.plan.receipts
        let due = receipts.dueDate[row]
        let orderId = index.plan.openOrderIds[Int(receipts.openOrder[row])]
        let state = input.openOrders[IdKey(orderId)]?.state ?? .approved
        if state == .received || state == .complete { return SupplyTiming(start: nil, finish: min(due, asOf), lateCause: nil) }
        let base = max(due, asOf)
        guard let feederFinish else {
            return SupplyTiming(start: nil, finish: base, lateCause: due < base ? supply : nil)
        }
        let start = max(asOf, feederFinish)
        let node = NodeKey(item: index.plan.itemCodes[Int(receipts.item[row])], plant: index.plan.plantCodes[Int(receipts.plant[row])])
        let leadTime = input.leadTimeDays[node] ?? 0
        let fed: Day
        if receipts.type[row] == .production, let calendar = calendarByPlant[Int(receipts.plant[row])] {
            fed = calendar.stepForward(from: start, workingDays: leadTime) ?? start + leadTime
        } else {
            fed = start + leadTime
        }
        let finish = max(base, fed)
        guard due < finish else { return SupplyTiming(start: start, finish: finish, lateCause: nil) }
        return SupplyTiming(start: start, finish: finish, lateCause: base < fed ? criticalCause : supply)
    }

    /// `start` plus the order's lead time: its working days from release to
    /// due for production (plant calendar), calendar days otherwise.
    private func finishing(from start: Day, release: Day, due: Day, type: OrderType, plant: Int32) -> Day {
        guard type == .production, let calendar = calendarByPlant[Int(plant)] else { return start + (due - release) }
        var workingDays: Int32 = 0
        var day = release
        while day < due, workingDays < WorkCalendar.searchDaysMax {
            guard let next = calendar.stepForward(from: day, workingDays: 1) else { break }
            day = next
            workingDays += 1
        }
        return calendar.stepForward(from: start, workingDays: workingDays) ?? start + (due - release)
    }
}
