import FabrikCore
import FabrikScheduling
import Testing

/// Classic job-shop instances mapped as the issue describes: each job one
/// order, each machine a work center with one machine of 24 hours on every
/// day, durations in hours, everything released at as_of and due far away.
func jobShop(_ jobs: [[(machine: Int32, hours: Int64)]]) -> ShopFixture {
    var shop = ShopFixture()
    let machineCount = (jobs.flatMap { $0.map(\.machine) }.max() ?? 0) + 1
    for m in 0..<machineCount { shop.workCenter("M\(m)") }
    for (j, job) in jobs.enumerated() {
        shop.order("MO-\(j + 1)", dueDay: 3_000, operations: job.map { ($0.machine, $0.hours * 60) })
    }
    return shop
}

/// Fisher and Thompson's 6x6 instance (optimum makespan 55).
let ft06: [[(machine: Int32, hours: Int64)]] = [
    [(2, 1), (0, 3), (1, 6), (3, 7), (5, 3), (4, 6)],
    [(1, 8), (2, 5), (4, 10), (5, 10), (0, 10), (3, 4)],
    [(2, 5), (3, 4), (5, 8), (0, 9), (1, 1), (4, 7)],
    [(1, 5), (0, 5), (2, 5), (3, 3), (4, 8), (5, 9)],
    [(2, 9), (1, 3), (4, 5), (5, 4), (0, 3), (3, 1)],
    [(1, 3), (3, 3), (5, 9), (0, 10), (4, 4), (2, 1)],
]

@Suite("Classic job-shop instances")
struct JobShopTests {
    @Test("ft06 reaches its optimum makespan of 55 hours")
    func ft06Optimum() throws {
        let shop = jobShop(ft06)
        let s = try shop.schedule(iterations: 3_000, seed: 1)
        #expect(s.firstViolation(shop.problem) == nil)
        #expect(s.statistics.makespanHours == .units(55))
        #expect(s.statistics.weightedTardiness == .zero)
    }
}

@Suite("Classic job-shop instances, larger")
struct LargerJobShopTests {
    @Test("la01 reaches its optimum of 666 hours")
    func la01Optimum() throws {
        let shop = jobShop(JobShopInstances.jobs(JobShopInstances.la01))
        let s = try shop.schedule(iterations: 1_500, seed: 1)
        #expect(s.firstViolation(shop.problem) == nil)
        #expect(s.statistics.constructivePlantMakespanSumMinutes == 735 * 60)
        #expect(s.statistics.makespanMinutes == 666 * 60)
    }

    @Test("ft10 is feasible and improves from dispatching's 1108 hours; the makespan is recorded")
    func ft10Recorded() throws {
        let shop = jobShop(JobShopInstances.jobs(JobShopInstances.ft10))
        let s = try shop.schedule(iterations: 1_500, seed: 1)
        #expect(s.firstViolation(shop.problem) == nil)
        #expect(s.statistics.constructivePlantMakespanSumMinutes == 1_108 * 60)
        let makespan = s.statistics.makespanMinutes / 60
        print("ft10 after 1500 iterations: \(makespan) (optimum 930)")
        #expect(makespan >= 930)
        #expect(makespan < 1_050)
    }
}
