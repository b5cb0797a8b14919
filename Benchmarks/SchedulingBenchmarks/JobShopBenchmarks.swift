import Benchmark
import FabrikCore
import FabrikScheduling
import Foundation

/// Classic job-shop instances under a time budget, mapped as the issue says
/// (each job an order of its own, each machine a work center with one
/// machine working 24 hours every day, hours as durations, due far away):
/// `Schedule.jobShop.<instance>.<seconds>s` runs the scheduler with
/// `shouldStop` at the budget and records the makespan (hours) and the
/// iterations made as custom metrics beside the wall clock. The instances are
/// the test fixtures (`Tests/FabrikSchedulingTests/Fixtures/jobshop`, read by
/// a path relative to this file); the full quality table is in
/// docs/performance.md.
func registerJobShopBenchmarks() {
    let makespan = BenchmarkMetric.custom("makespan_hours", polarity: .prefersSmaller, useScalingFactor: false)
    let iterations = BenchmarkMetric.custom("iterations", polarity: .prefersLarger, useScalingFactor: false)
    let cases: [(name: String, seconds: Int)] = [
        ("ft10", 2), ("la01", 2), ("ft10", 10), ("la29", 10), ("abz7", 10), ("ta21", 10), ("ta30", 10),
    ]
    for (name, seconds) in cases {
        let configuration = Benchmark.Configuration(
            metrics: [.wallClock, makespan, iterations], timeUnits: .seconds, warmupIterations: 0,
            maxDuration: .seconds(seconds * 3 + 5), maxIterations: 3)
        Benchmark("Schedule.jobShop.\(name).\(seconds)s", configuration: configuration) { benchmark in
            let problem = try JobShopFixture.problem(name)
            let clock = ContinuousClock()
            benchmark.startMeasurement()
            let deadline = clock.now.advanced(by: .seconds(seconds))
            let schedule = try FiniteCapacityScheduler.schedule(problem, SchedulingParameters(iterations: .max)) {
                clock.now >= deadline
            }
            benchmark.stopMeasurement()
            benchmark.measurement(makespan, Int(schedule.statistics.makespanMinutes / 60))
            benchmark.measurement(iterations, schedule.statistics.iterations)
            blackHole(schedule)
        }
    }
}

/// Reads an OR-Library instance text from the test fixtures and maps it.
enum JobShopFixture {
    struct ReadError: Error, CustomStringConvertible {
        var description: String
    }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Tests/FabrikSchedulingTests/Fixtures/jobshop")

    static func problem(_ name: String) throws -> SchedulingProblem {
        let path = directory.appendingPathComponent("\(name).txt").path
        guard let data = FileManager.default.contents(atPath: path) else { throw ReadError(description: "\(path): cannot be read") }
        let rows = String(decoding: data, as: UTF8.self).split(separator: "\n")
            .map { $0.split(separator: " ").compactMap { Int64($0) } }.filter { !$0.isEmpty }
        guard let header = rows.first, header.count == 2, rows.count == Int(header[0]) + 1 else {
            throw ReadError(description: "\(path):1: expected 'jobs machines' and one line per job")
        }
        guard let asOf = Day(year: 2026, month: 1, day: 5) else { throw ReadError(description: "as_of") }
        var orders: [SchedulingOrder] = []
        var operations: [SchedulingOperation] = []
        for (j, numbers) in rows.dropFirst().enumerated() {
            guard numbers.count % 2 == 0 else { throw ReadError(description: "\(path):\(j + 2): expected machine-time pairs") }
            orders.append(SchedulingOrder(
                id: "MO-\(j + 1)", isOpenOrder: false, plannedNumber: Int32(j + 1), item: 0, plant: 0, quantity: .units(1),
                releaseDay: asOf, dueDay: asOf + 3_000))
            for k in stride(from: 0, to: numbers.count, by: 2) {
                operations.append(SchedulingOperation(
                    order: Int32(j), opSeq: Int32(10 * (k / 2 + 1)), workCenter: Int32(numbers[k]), durationMinutes: numbers[k + 1] * 60))
            }
        }
        let workCenters = (0..<Int(header[1])).map {
            SchedulingWorkCenter(code: "M\($0)", plant: 0, machines: 1, capacityMinutesPerDay: 1_440)
        }
        return SchedulingProblem(
            asOf: asOf, itemCodes: ["JOB"], plantCodes: ["P1"],
            plantCalendars: [WorkCalendar(workdays: .allWeek, holidays: [])], workCenters: workCenters,
            orders: orders, operations: operations, precedences: [])
    }
}
