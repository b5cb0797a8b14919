import FabrikCore
@testable import FabrikScheduling
import Testing

/// The large-shop improver (incremental re-timing, first-improvement
/// descent), forced onto small generated shops by `largeShopNodeMin: 0` so
/// every result can be compared with a full re-timing and the independent
/// checker.
@Suite("Large-shop improver")
struct LargeShopSearchTests {
    static func parameters(iterations: Int, seed: UInt64 = 3) -> SchedulingParameters {
        SchedulingParameters(iterations: iterations, seed: seed, largeShopNodeMin: 0)
    }

    @Test("random moves re-timed incrementally equal a full re-timing, also after rollbacks", arguments: 0..<6)
    func incrementalEqualsFull(seed: Int) {
        let shop = generatedShop(seed: UInt64(200 + seed), orders: 80)
        let model = ShopModel(shop.problem)
        var full = Evaluator(model: model)
        var sequences = Dispatcher.run(model, rule: .minimumSlack)
        guard let startCost = full.evaluate(model, sequences) else {
            Issue.record("dispatching gave a cycle")
            return
        }
        var search = LargeShopSearch(model: model, start: sequences, timed: full, cost: startCost,
                                     parameters: Self.parameters(iterations: 0))
        var random = TestRandom(seed: UInt64(seed))
        var made = 0
        for _ in 0..<300 {
            let node = Int32(random.below(model.nodeCount))
            guard search.sequences.next[Int(node)] >= 0 else { continue }
            let move = LargeShopMove.swap(first: node)
            if search.cycles.wouldCloseCycle(move, model, search.sequences, search.timer) { continue }
            let (undo, seeds) = search.apply(move)
            let timed = search.timer.retime(model, search.sequences, seeds: seeds, popLimit: 1_000_000)
            #expect(timed)
            if random.below(3) == 0 {
                search.timer.rollback()
                search.revert(undo)
            } else {
                search.timer.commit()
                made += 1
            }
            sequences = search.sequences
            let cost = full.evaluate(model, sequences)
            #expect(cost == search.timer.cost)
            #expect(full.start == search.timer.start && full.end == search.timer.end)
        }
        #expect(made > 50)
    }

    @Test("the improved schedule equals a full re-timing of its sequences and keeps every hard constraint", arguments: 0..<4)
    func improvedIsExact(seed: Int) throws {
        let shop = generatedShop(seed: UInt64(300 + seed), orders: 120)
        let model = ShopModel(shop.problem)
        var full = Evaluator(model: model)
        let start = Dispatcher.run(model, rule: .earliestDueDate)
        let evaluated = full.evaluate(model, start)
        let startCost = try #require(evaluated)
        var search = LargeShopSearch(model: model, start: start, timed: full, cost: startCost,
                                     parameters: Self.parameters(iterations: 150, seed: UInt64(seed)))
        let iterations = search.run(shouldStop: { false })
        #expect(iterations == 150)
        let retimed = full.evaluate(model, search.sequences)
        #expect(retimed == search.cost)
        #expect(full.start == search.timer.start && full.end == search.timer.end)
        #expect(!(startCost < search.cost))

        let s = try FiniteCapacityScheduler.schedule(shop.problem, Self.parameters(iterations: 150, seed: UInt64(seed)))
        #expect(s.firstViolation(shop.problem) == nil, "seed \(seed)")
    }

    @Test("improvement never worsens the constructive cost", arguments: 0..<4)
    func neverWorse(seed: Int) throws {
        let shop = generatedShop(seed: UInt64(400 + seed), orders: 150)
        let s = try FiniteCapacityScheduler.schedule(shop.problem, Self.parameters(iterations: 120, seed: 1))
        let stats = s.statistics
        #expect(stats.weightedTardinessRaw <= stats.constructiveWeightedTardinessRaw)
        if stats.weightedTardinessRaw == stats.constructiveWeightedTardinessRaw {
            #expect(stats.plantMakespanSumMinutes <= stats.constructivePlantMakespanSumMinutes)
        }
        #expect(stats.iterations == 120)
        #expect(s.firstViolation(shop.problem) == nil)
    }

    @Test("the improver helps: over four late shops it lowers the total weighted tardiness")
    func improves() throws {
        var before: Int128 = 0, after: Int128 = 0
        for seed in 0..<4 {
            let shop = generatedShop(seed: UInt64(500 + seed), orders: 150)
            let stats = try FiniteCapacityScheduler.schedule(shop.problem, Self.parameters(iterations: 150)).statistics
            before += stats.constructiveWeightedTardinessRaw
            after += stats.weightedTardinessRaw
        }
        #expect(after < before)
    }

    @Test("a fixed iteration budget gives the same bytes twice")
    func deterministic() throws {
        let shop = generatedShop(seed: 77, orders: 120)
        let a = try FiniteCapacityScheduler.schedule(shop.problem, Self.parameters(iterations: 120, seed: 9)).renderJSONBytes(seconds: 0)
        let b = try FiniteCapacityScheduler.schedule(shop.problem, Self.parameters(iterations: 120, seed: 9)).renderJSONBytes(seconds: 0)
        #expect(a == b)
        #expect(a.count > 1_000)
    }

    @Test("a swap that closes a cycle through a precedence is refused")
    func refusesCycle() throws {
        // A (one op on M) precedes B (one op on M, then...): B's op after A's on
        // the machine; swapping them would put B before its own predecessor.
        var shop = ShopFixture()
        let m = shop.workCenter("M")
        let a = shop.order("MO-1", operations: [(m, 60)])
        let b = shop.order("MO-2", operations: [(m, 60)])
        shop.precede(a, b)
        let model = ShopModel(shop.problem)
        var full = Evaluator(model: model)
        let start = Dispatcher.run(model, rule: .minimumSlack)
        let evaluated = full.evaluate(model, start)
        let cost = try #require(evaluated)
        var search = LargeShopSearch(model: model, start: start, timed: full, cost: cost, parameters: Self.parameters(iterations: 0))
        #expect(start.next[0] == 1)
        let closes = search.cycles.wouldCloseCycle(.swap(first: 0), model, start, search.timer)
        #expect(closes)
        #expect(full.start == [0, 60])
    }

    @Test("weighted tardiness prints exactly past the fixed-point range")
    func hugeTardinessText() {
        // raw is weight (1/10,000) x minutes; 600,000 raw = one currency-hour.
        #expect(ScheduleStatistics.currencyHoursText(600_000) == "1")
        #expect(ScheduleStatistics.currencyHoursText(1) == "0.000002")
        #expect(ScheduleStatistics.currencyHoursText(900_000) == "1.5")
        let huge = Int128(600_000) * 100_000_000_000_000_000_000  // 10^20 currency-hours
        #expect(ScheduleStatistics.currencyHoursText(huge) == "100000000000000000000")
        #expect(ScheduleStatistics.currencyHoursText(huge + 300_000) == "100000000000000000000.5")
        let stats = ScheduleStatistics(operations: 0, makespanMinutes: 0, weightedTardinessRaw: huge,
                                       constructiveWeightedTardinessRaw: huge, plantMakespanSumMinutes: 0,
                                       constructivePlantMakespanSumMinutes: 0, iterations: 0)
        #expect(stats.weightedTardinessText == "100000000000000000000")
        #expect(stats.weightedTardiness == Quantity(rawMicros: Int64.max))
    }
}
