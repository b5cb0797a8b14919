import FabrikCore
import FabrikScheduling
import Testing

/// Random but seeded shops: 1-3 plants with different calendars (24 h all
/// week, two shifts Mon-Sat, 8 h Mon-Fri with holidays), work centers with
/// 1-3 machines, orders with 0-4 operations, precedences from later to
/// earlier orders (acyclic) with transfer-like lags.
func generatedShop(seed: UInt64, orders orderCount: Int = 30) -> ShopFixture {
    var r = TestRandom(seed: seed)
    var shop = ShopFixture()
    let holidays = [Day(year: 2026, month: 1, day: 7)!, Day(year: 2026, month: 1, day: 19)!]
    shop.plants = [
        ("P1", WorkCalendar(workdays: .allWeek, holidays: [])),
        ("P2", WorkCalendar(workdays: WorkdayMask(bits: 0x3F), holidays: [])),
        ("P3", WorkCalendar(workdays: ShopFixture.weekdays, holidays: holidays)),
    ]
    let hours: [Int32] = [24, 16, 8]
    var centersOfPlant: [[Int32]] = [[], [], []]
    for w in 0..<7 {
        let plant = Int32(w % 3)
        let wc = shop.workCenter("WC-\(w)", plant: plant, machines: Int32(1 + r.below(3)), hoursPerDay: hours[Int(plant)])
        centersOfPlant[Int(plant)].append(wc)
    }
    for o in 0..<orderCount {
        let plant = Int32(r.below(3))
        let centers = centersOfPlant[Int(plant)]
        let steps = (0..<r.below(5)).map { _ in (centers[r.below(centers.count)], Int64(r.below(900))) }
        shop.order("MO-\(o + 1)", plant: plant, releaseDay: Int32(r.below(6)) - 2, dueDay: Int32(r.below(10)),
                   weight: Int64(1 + r.below(500)), operations: steps)
    }
    for o in 1..<orderCount where r.below(3) == 0 {
        let predecessor = Int32(r.below(o))
        shop.precede(predecessor, Int32(o), lagMinutes: Int64(r.below(3)) * 1_440)
    }
    return shop
}

@Suite("Generated shops")
struct GeneratedShopTests {
    @Test("every schedule of a generated shop keeps every hard constraint", arguments: 0..<12)
    func feasible(seed: Int) throws {
        let shop = generatedShop(seed: UInt64(seed))
        let s = try shop.schedule(iterations: 150, seed: UInt64(seed))
        #expect(s.firstViolation(shop.problem) == nil, "seed \(seed)")
    }

    @Test("the local search is never worse than the constructive schedule", arguments: 0..<8)
    func neverWorse(seed: Int) throws {
        let shop = generatedShop(seed: UInt64(100 + seed))
        let s = try shop.schedule(iterations: 300, seed: 1)
        let stats = s.statistics
        let improved = stats.weightedTardinessRaw < stats.constructiveWeightedTardinessRaw
            || (stats.weightedTardinessRaw == stats.constructiveWeightedTardinessRaw
                && stats.plantMakespanSumMinutes <= stats.constructivePlantMakespanSumMinutes)
        #expect(improved, "seed \(seed)")
        #expect(stats.iterations == 300)
    }

    @Test("a fixed iteration budget gives the same bytes twice")
    func deterministic() throws {
        let shop = generatedShop(seed: 42, orders: 60)
        let a = try shop.schedule(iterations: 250, seed: 9).renderJSONBytes(seconds: 0)
        let b = try shop.schedule(iterations: 250, seed: 9).renderJSONBytes(seconds: 0)
        #expect(a == b)
        #expect(a.count > 1_000)
    }

    @Test("zero iterations returns the constructive schedule")
    func zeroIterations() throws {
        let shop = generatedShop(seed: 5)
        let s = try shop.schedule(iterations: 0)
        #expect(s.statistics.iterations == 0)
        #expect(s.statistics.weightedTardinessRaw == s.statistics.constructiveWeightedTardinessRaw)
        #expect(s.firstViolation(shop.problem) == nil)
    }

    @Test("a stop request ends the search early and keeps the best schedule")
    func stopsWhenAsked() throws {
        let shop = generatedShop(seed: 3)
        var calls = 0
        let s = try FiniteCapacityScheduler.schedule(shop.problem, SchedulingParameters(iterations: .max)) {
            calls += 1
            return calls > 20
        }
        #expect(s.statistics.iterations == 20)
        #expect(s.firstViolation(shop.problem) == nil)
    }
}
