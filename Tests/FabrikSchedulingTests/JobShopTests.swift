import FabrikCore
import FabrikScheduling
import Testing

/// Classic job-shop instances mapped as the issue describes: each job one
/// order, each machine a work center with one machine of 24 hours on every
/// day, durations in hours, everything released at as_of and due far away.
func jobShop(_ jobs: [[(machine: Int32, hours: Int64)]], machinesPerWorkCenter: Int32 = 1,
             hoursPerDay: Int32 = 24) -> ShopFixture {
    var shop = ShopFixture()
    let machineCount = (jobs.flatMap { $0.map(\.machine) }.max() ?? 0) + 1
    for m in 0..<machineCount { shop.workCenter("M\(m)", machines: machinesPerWorkCenter, hoursPerDay: hoursPerDay) }
    for (j, job) in jobs.enumerated() {
        shop.order("MO-\(j + 1)", dueDay: 3_000, operations: job.map { ($0.machine, $0.hours * 60) })
    }
    return shop
}

/// The largest of the longest job and the busiest machine: no schedule is shorter.
func trivialLowerBound(_ jobs: [[(machine: Int32, hours: Int64)]]) -> Int64 {
    var load: [Int32: Int64] = [:]
    var longestJob: Int64 = 0
    for job in jobs {
        longestJob = max(longestJob, job.reduce(0) { $0 + $1.hours })
        for step in job { load[step.machine, default: 0] += step.hours }
    }
    return max(longestJob, load.values.max() ?? 0)
}

@Suite("Classic job-shop instances")
struct JobShopTests {
    static let families = ["ft06", "ft10", "ft20"] + (1...40).map { "la" + ($0 < 10 ? "0\($0)" : "\($0)") }
        + (5...9).map { "abz\($0)" } + (1...10).map { "orb" + ($0 < 10 ? "0\($0)" : "\($0)") }
        + (1...30).map { "ta" + ($0 < 10 ? "0\($0)" : "\($0)") }

    @Test("every fixture reads, and its best known makespan is no less than the trivial bound")
    func fixturesRead() throws {
        let best = try JobShopInstances.bestKnown()
        #expect(best.count == 88)
        for name in JobShopTests.families {
            let instance = try JobShopInstances.load(name)
            let known = try #require(best[name], "\(name) has a best known makespan")
            #expect(known >= trivialLowerBound(instance.jobs), "\(name)")
        }
        // Hand-checked: ft06 is 6x6 with its longest job 47 h; la01's busiest machine carries exactly its optimum.
        let ft06 = try JobShopInstances.load("ft06")
        #expect(ft06.jobs.count == 6 && ft06.jobs.allSatisfy { $0.count == 6 })
        #expect(trivialLowerBound(ft06.jobs) == 47)
        #expect(trivialLowerBound(try JobShopInstances.load("la01").jobs) == 666)
        #expect(trivialLowerBound(try JobShopInstances.load("ft10").jobs) == 655)
        #expect(best["ft10"] == 930 && best["ta30"] == 1_584)
    }

    @Test("ft06 reaches its optimum makespan of 55 hours")
    func ft06Optimum() throws {
        let shop = jobShop(try JobShopInstances.load("ft06").jobs)
        let s = try shop.schedule(iterations: 500, seed: 1)
        #expect(s.firstViolation(shop.problem) == nil)
        #expect(s.statistics.makespanHours == .units(55))
        #expect(s.statistics.weightedTardiness == .zero)
    }

    @Test("la01 reaches its optimum of 666 hours from dispatching's 735")
    func la01Optimum() throws {
        let shop = jobShop(try JobShopInstances.load("la01").jobs)
        let s = try shop.schedule(iterations: 500, seed: 1)
        #expect(s.firstViolation(shop.problem) == nil)
        #expect(s.statistics.constructivePlantMakespanSumMinutes == 735 * 60)
        #expect(s.statistics.makespanMinutes == 666 * 60)
    }

    @Test("ft10 reaches its optimum of 930 hours within 10,000 iterations from dispatching's 1108")
    func ft10Optimum() throws {
        let shop = jobShop(try JobShopInstances.load("ft10").jobs)
        let s = try shop.schedule(iterations: 10_000, seed: 1)
        #expect(s.firstViolation(shop.problem) == nil)
        #expect(s.statistics.constructivePlantMakespanSumMinutes == 1_108 * 60)
        #expect(s.statistics.makespanMinutes == 930 * 60)
        #expect(s.statistics.iterations == 10_000)
    }

    @Test("larger instances after 3,000 iterations: feasible, never below the best known, within the recorded bound",
          arguments: [("ft20", 1_178), ("la16", 959), ("la21", 1_059), ("abz5", 1_245), ("orb01", 1_105), ("ta01", 1_259)])
    func boundedAfterFixedBudget(name: String, recorded: Int64) throws {
        let shop = jobShop(try JobShopInstances.load(name).jobs)
        let s = try shop.schedule(iterations: 3_000, seed: 1)
        let best = try #require(try JobShopInstances.bestKnown()[name])
        let makespan = s.statistics.makespanMinutes / 60
        #expect(s.firstViolation(shop.problem) == nil, "\(name)")
        #expect(makespan >= best, "\(name)")
        #expect(makespan <= recorded, "\(name): \(makespan) after 3,000 iterations, best known \(best)")
    }

    @Test("a fixed iteration budget gives the same ft10 schedule byte for byte")
    func deterministic() throws {
        let shop = jobShop(try JobShopInstances.load("ft10").jobs)
        let a = try shop.schedule(iterations: 2_000, seed: 3).renderJSONBytes(seconds: 0)
        let b = try shop.schedule(iterations: 2_000, seed: 3).renderJSONBytes(seconds: 0)
        #expect(a == b)
    }

    @Test("ft10 on two machines per work center of 16 hours a day: feasible, and shorter than dispatching")
    func parallelMachinesAndShifts() throws {
        let shop = jobShop(try JobShopInstances.load("ft10").jobs, machinesPerWorkCenter: 2, hoursPerDay: 16)
        let s = try shop.schedule(iterations: 1_500, seed: 1)
        #expect(s.firstViolation(shop.problem) == nil)
        #expect(s.statistics.weightedTardiness == .zero)
        #expect(s.statistics.plantMakespanSumMinutes < s.statistics.constructivePlantMakespanSumMinutes)
    }

    @Test("ft06 on a Monday-to-Friday plant with a holiday never works on a weekend or the holiday")
    func weekdayCalendar() throws {
        var shop = jobShop(try JobShopInstances.load("ft06").jobs, hoursPerDay: 8)
        shop.plants = [("P1", WorkCalendar(workdays: ShopFixture.weekdays, holidays: [ShopFixture.monday + 8]))]
        let s = try shop.schedule(iterations: 1_000, seed: 1)
        #expect(s.firstViolation(shop.problem) == nil)
        #expect(s.statistics.plantMakespanSumMinutes <= s.statistics.constructivePlantMakespanSumMinutes)
    }

    @Test("with nothing late, the makespan phase keeps every constraint of generated three-plant shops", arguments: 0..<6)
    func makespanPhaseOnGeneratedShops(seed: Int) throws {
        var shop = generatedShop(seed: UInt64(200 + seed), orders: 40)
        for k in shop.orders.indices { shop.orders[k].dueDay = ShopFixture.monday + 3_000 }
        let s = try shop.schedule(iterations: 400, seed: UInt64(seed))
        let stats = s.statistics
        #expect(s.firstViolation(shop.problem) == nil, "seed \(seed)")
        #expect(stats.weightedTardinessRaw == 0)
        #expect(stats.plantMakespanSumMinutes <= stats.constructivePlantMakespanSumMinutes, "seed \(seed)")
        #expect(stats.iterations == 400)
    }
}
