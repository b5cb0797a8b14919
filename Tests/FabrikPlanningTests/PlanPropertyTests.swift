import FabrikCore
import FabrikPlanning
import Testing

/// Invariants over seeded random snapshots; a failure names its seed.
@Suite("plan properties on random snapshots")
struct PlanPropertyTests {
    static let seeds: [UInt64] = Array(0..<60)

    @Test("the same plan for 1, 2 and 4 threads and for shuffled input rows", arguments: [0, 1, 2])
    func deterministic(part: Int) throws {
        for seed in Self.seeds where Int(seed) % 3 == part {
            let snapshot = RandomSnapshot.make(seed: seed)
            let parameters = MRPParameters(asOf: RandomSnapshot.asOf, horizonDays: 30, threadCount: 1)
            let reference = try MaterialRequirementsPlanner.plan(snapshot, parameters).renderJSON(seconds: 0)
            var shuffled = snapshot
            var rng = SeededRandom(seed: seed)
            shuffled.nodes.shuffle(using: &rng)
            shuffled.bomLines.shuffle(using: &rng)
            shuffled.openOrders.shuffle(using: &rng)
            shuffled.demandLines.shuffle(using: &rng)
            shuffled.supplierItems.shuffle(using: &rng)
            for (threads, input) in [(2, snapshot), (4, snapshot), (2, shuffled)] {
                var p = parameters
                p.threadCount = threads
                let got = try MaterialRequirementsPlanner.plan(input, p).renderJSON(seconds: 0)
                #expect(got == reference, "seed \(seed), \(threads) threads")
            }
        }
    }

    @Test("pegs of every supply sum to its quantity, stock last")
    func supplyPegsSum() throws {
        var orders = 0, receipts = 0, messages = 0
        defer { #expect(orders > 100 && receipts > 50 && messages > 50, "the generator exercises the engine") }
        for seed in Self.seeds {
            let plan = try Self.plan(seed)
            orders += plan.plannedOrders.count; receipts += plan.receipts.count; messages += plan.messages.count
            let tables: [(PegList, [Quantity])] = [(plan.plannedOrders.pegs, plan.plannedOrders.quantity),
                                                   (plan.receipts.pegs, plan.receipts.quantity),
                                                   (plan.onHand.pegs, plan.onHand.quantity)]
            for (pegs, quantities) in tables {
                for row in quantities.indices {
                    let range = pegs.range(ofRow: row)
                    let sum = range.reduce(Quantity.zero) { $0 + pegs.quantity[$1] }
                    #expect(sum == quantities[row], "seed \(seed) row \(row)")
                    for p in range where pegs.demand[p] == .stock { #expect(p == range.upperBound - 1, "seed \(seed)") }
                    for p in range { #expect(pegs.quantity[p].isPositive, "seed \(seed)") }
                }
            }
        }
    }

    @Test("each deal line, safety stock and transfer order is pegged exactly at its node")
    func requirementPegsSum() throws {
        for seed in Self.seeds {
            let snapshot = RandomSnapshot.make(seed: seed)
            let plan = try Self.plan(seed)
            var pegged: [String: Quantity] = [:]   // "item@plant demand" -> sum
            func collect(_ pegs: PegList, _ item: [Int32], _ plant: [Int32]) {
                for row in item.indices {
                    for p in pegs.range(ofRow: row) {
                        pegged["\(item[row])@\(plant[row]) \(plan.text(of: pegs.demand[p]) ?? "")", default: .zero] += pegs.quantity[p]
                    }
                }
            }
            collect(plan.plannedOrders.pegs, plan.plannedOrders.item, plan.plannedOrders.plant)
            collect(plan.receipts.pegs, plan.receipts.item, plan.receipts.plant)
            collect(plan.onHand.pegs, plan.onHand.item, plan.onHand.plant)
            let horizonEnd = RandomSnapshot.asOf + 29
            for node in snapshot.nodes where node.procurement != .phantom {
                if node.safetyStock.isPositive {
                    #expect(pegged["\(node.item)@\(node.plant) safety-stock"] == node.safetyStock, "seed \(seed)")
                }
                for line in snapshot.demandLines where line.item == node.item && line.plant == node.plant && line.dueDate <= horizonEnd {
                    #expect(pegged["\(node.item)@\(node.plant) \(line.dealId)/\(line.lineNumber)"] == line.openQuantity,
                            "seed \(seed) \(line.dealId)/\(line.lineNumber)")
                }
            }
            let o = plan.plannedOrders
            for row in 0..<o.count where o.type[row] == .transfer {
                let source = snapshot.nodes.first { $0.item == o.item[row] && $0.plant == o.sourcePlant[row] }
                guard let source, source.procurement != .phantom else { continue }
                let id = plan.text(of: o.reference(ofRow: row)) ?? ""
                #expect(pegged["\(o.item[row])@\(o.sourcePlant[row]) \(id)"] == o.quantity[row], "seed \(seed) \(id)")
            }
        }
    }

    @Test("dates follow lead times and every supply arrives by the day its demand needs it")
    func datesFollowLeadTimes() throws {
        for seed in Self.seeds {
            let snapshot = RandomSnapshot.make(seed: seed)
            let plan = try Self.plan(seed)
            let asOf = RandomSnapshot.asOf
            let o = plan.plannedOrders
            for row in 0..<o.count {
                guard let node = snapshot.nodes.first(where: { $0.item == o.item[row] && $0.plant == o.plant[row] }) else {
                    Issue.record("seed \(seed): order without node"); continue
                }
                var lead = node.leadTimeDays
                if o.supplier[row] >= 0, let s = snapshot.supplierItems.first(where: {
                    $0.supplier == o.supplier[row] && $0.item == node.item && $0.plant == node.plant }), let days = s.leadTimeDays {
                    lead = days
                }
                let expected = node.procurement == .make
                    ? snapshot.plantCalendars[Int(node.plant)].stepBack(from: o.dueDate[row], workingDays: lead)
                    : o.dueDate[row] - lead
                #expect(o.releaseDate[row] == expected, "seed \(seed) row \(row)")
                #expect(o.dueDate[row] >= asOf, "seed \(seed)")
                if node.procurement == .make {
                    #expect(o.dueDate[row] == asOf || snapshot.plantCalendars[Int(node.plant)].isWorkingDay(o.dueDate[row]),
                            "seed \(seed)")
                }
                for p in o.pegs.range(ofRow: row) {
                    let needed = Self.neededDay(o.pegs.demand[p], plan: plan, snapshot: snapshot)
                    if let needed { #expect(o.dueDate[row] <= needed, "seed \(seed) row \(row)") }
                }
            }
            for row in 0..<plan.receipts.count {
                for p in plan.receipts.pegs.range(ofRow: row) {
                    if let needed = Self.neededDay(plan.receipts.pegs.demand[p], plan: plan, snapshot: snapshot) {
                        #expect(plan.receipts.effectiveDate[row] <= needed, "seed \(seed) receipt \(row)")
                    }
                }
            }
        }
    }

    static func plan(_ seed: UInt64) throws -> MaterialPlan {
        try MaterialRequirementsPlanner.plan(RandomSnapshot.make(seed: seed),
                                             MRPParameters(asOf: RandomSnapshot.asOf, horizonDays: 30, threadCount: 2))
    }

    /// The latest day a supply may arrive for `demand`: a deal line's due date
    /// (as_of if past), a parent order's max(release, as_of), as_of for safety stock.
    static func neededDay(_ demand: PlanReference, plan: MaterialPlan, snapshot: PlanningSnapshot) -> Day? {
        let asOf = RandomSnapshot.asOf
        switch demand.kind {
        case .safetyStock: return asOf
        case .dealLine:
            let id = plan.dealLineIds[Int(demand.value)]
            guard let line = snapshot.demandLines.first(where: { "\($0.dealId)/\($0.lineNumber)" == id }) else { return nil }
            return max(line.dueDate, asOf)
        case .productionOrder, .purchaseOrder, .transferOrder:
            guard let row = plan.plannedOrderRow(of: demand) else { return nil }
            return max(plan.plannedOrders.releaseDate[row], asOf)
        default: return nil
        }
    }
}
