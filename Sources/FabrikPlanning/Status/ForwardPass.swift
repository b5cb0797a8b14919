public import FabrikCore

/// When one supply starts and finishes in the forward pass, and which supply
/// (itself or one feeding it) makes it finish after its due date.
public struct SupplyTiming: Hashable, Sendable {
    public var start: Day?
    public var finish: Day
    public var lateCause: PlanSupply?
    public var dateSource: DateSource = .plan
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
///   pushed it, or the supply itself when nothing below pushed it;
/// - with a current schedule (`StatusSchedule.isCurrent`), a production order
///   it holds (planned `MO-n`, or open and not complete) starts and finishes
///   on its scheduled days instead; when the supplies pegged to it finish
///   after its scheduled start (material the scheduler assumed on time, such
///   as a late purchase), its scheduled work moves later by the working days
///   between its scheduled start and that finish. Its date source is
///   `schedule`; a supply whose start one pushes inherits that source.
/// Memoised per supply (shared supplies are computed once); an explicit stack,
/// no recursion; feeders deeper than `PegTree.depthMax` count as ready on as_of.
public struct ForwardPass {
    let input: OrderStatusInput
    let index: PegIndex
    private(set) var timings: [PlanSupply: SupplyTiming] = [:]
    private let calendarByPlant: [WorkCalendar?]
    /// The current schedule's days by order id; empty when none is current.
    private let scheduled: [IdKey: ScheduledDays]

    public init(input: OrderStatusInput, index: PegIndex) {
        self.input = input
        self.index = index
        calendarByPlant = index.plan.plantCodes.map { input.calendars[IdKey($0)] }
        scheduled = input.schedule.flatMap { $0.isCurrent ? $0.orders : nil } ?? [:]
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
        let criticalSource = critical.flatMap { timings[$0]?.dateSource } ?? .plan
        switch supply {
        case .onHand:
            return SupplyTiming(start: nil, finish: asOf, lateCause: nil)
        case .plannedOrder(let row):
            let orders = index.plan.plannedOrders
            let release = orders.releaseDate[row], due = orders.dueDate[row]
            if orders.type[row] == .production, let days = scheduledDays(of: supply) {
                return scheduledTiming(supply, days: days, due: due, plant: orders.plant[row], feederFinish: feederFinish,
                                       criticalCause: criticalCause)
            }
            let earliest = max(release, asOf)
            let start = max(earliest, feederFinish ?? earliest)
            let finish = start == release ? due : finishing(from: start, release: release, due: due,
                                                               type: orders.type[row], plant: orders.plant[row])
            let pushed = feederFinish.map { earliest < $0 } ?? false
            let source = pushed ? criticalSource : .plan
            guard due < finish else { return SupplyTiming(start: start, finish: finish, lateCause: nil, dateSource: source) }
            return SupplyTiming(start: start, finish: finish, lateCause: pushed ? criticalCause : supply, dateSource: source)
        case .receipt(let row):
            return receiptTiming(row: row, supply: supply, feederFinish: feederFinish, criticalCause: criticalCause,
                                 criticalSource: criticalSource)
        }
    }

    private func receiptTiming(row: Int, supply: PlanSupply, feederFinish: Day?, criticalCause: PlanSupply?,
                               criticalSource: DateSource) -> SupplyTiming {
        let asOf = index.plan.asOf
        let receipts = index.plan.receipts
        let due = receipts.dueDate[row]
        let orderId = index.plan.openOrderIds[Int(receipts.openOrder[row])]
        let state = input.openOrders[IdKey(orderId)]?.state ?? .approved
        if state == .received || state == .complete { return SupplyTiming(start: nil, finish: min(due, asOf), lateCause: nil) }
        if receipts.type[row] == .production, let days = scheduled[IdKey(orderId)] {
            return scheduledTiming(supply, days: days, due: due, plant: receipts.plant[row], feederFinish: feederFinish,
                                   criticalCause: criticalCause)
        }
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
        let source = base < fed ? criticalSource : .plan
        guard due < finish else { return SupplyTiming(start: start, finish: finish, lateCause: nil, dateSource: source) }
        return SupplyTiming(start: start, finish: finish, lateCause: base < fed ? criticalCause : supply, dateSource: source)
    }

    /// The current schedule's days of a planned production order, if it holds it.
    private func scheduledDays(of supply: PlanSupply) -> ScheduledDays? {
        guard !scheduled.isEmpty, let reference = index.reference(of: supply), let id = index.plan.text(of: reference) else {
            return nil
        }
        return scheduled[IdKey(id)]
    }

    /// A scheduled production order: its scheduled days, moved later by the
    /// working days (of `plant`) from its scheduled start to `feederFinish`
    /// when what feeds it finishes after that start. Late because of the
    /// feeder when that move alone makes it late, else because of itself
    /// (finite capacity).
    private func scheduledTiming(_ supply: PlanSupply, days: ScheduledDays, due: Day, plant: Int32, feederFinish: Day?,
                                 criticalCause: PlanSupply?) -> SupplyTiming {
        var start = days.start, finish = days.completion
        var moved = false
        if let ready = feederFinish, days.start < ready {
            moved = true
            if let calendar = calendarByPlant[Int(plant)] {
                var workingDays: Int32 = 0
                var day = days.start
                while day < ready, workingDays < WorkCalendar.searchDaysMax {
                    if calendar.isWorkingDay(day) { workingDays += 1 }
                    day = day + 1
                }
                start = calendar.workingDay(onOrAfter: ready) ?? ready
                finish = calendar.stepForward(from: days.completion, workingDays: workingDays) ?? days.completion + (ready - days.start)
            } else {
                start = ready
                finish = days.completion + (ready - days.start)
            }
        }
        // Moved: the feeder is to blame only if the order was on time as scheduled.
        let cause: PlanSupply? = due < finish ? (moved && days.completion <= due ? criticalCause : supply) : nil
        return SupplyTiming(start: start, finish: max(start, finish), lateCause: cause, dateSource: .schedule)
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
