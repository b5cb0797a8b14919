import FabrikCore
import Foundation

/// Classic job-shop instances (public benchmark data) read from
/// `Fixtures/jobshop/<name>.txt` next to this file, in OR-Library's text
/// form: a line `jobs machines`, then per job its `machine time` pairs in
/// order. `optima.txt` there lists the best known makespans and their sources.
enum JobShopInstances {
    struct Instance {
        var name: String
        var jobs: [[(machine: Int32, hours: Int64)]]
    }

    /// Why a fixture could not be read: the file, line and the reason.
    struct FixtureError: Error, CustomStringConvertible {
        var description: String
    }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent("jobshop")

    static func text(_ file: String) throws -> String {
        let url = directory.appendingPathComponent(file)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw FixtureError(description: "\(url.path): cannot be read")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The instance `name` (e.g. "ft10"), checked against its header line.
    static func load(_ name: String) throws -> Instance {
        let file = "\(name).txt"
        let rows = try text(file).split(separator: "\n").enumerated().compactMap { index, line -> (Int, [Int64])? in
            let fields = line.split(separator: " ")
            guard !fields.isEmpty else { return nil }
            var numbers: [Int64] = []
            for field in fields {
                guard let value = Int64(field), value >= 0 else {
                    throw FixtureError(description: "\(file):\(index + 1): '\(field)' is not a non-negative integer")
                }
                numbers.append(value)
            }
            return (index + 1, numbers)
        }
        guard let header = rows.first, header.1.count == 2 else {
            throw FixtureError(description: "\(file):1: expected 'jobs machines'")
        }
        let (jobCount, machineCount) = (Int(header.1[0]), header.1[1])
        guard rows.count - 1 == jobCount else {
            throw FixtureError(description: "\(file): \(jobCount) jobs announced, \(rows.count - 1) given")
        }
        var jobs: [[(machine: Int32, hours: Int64)]] = []
        for (line, numbers) in rows.dropFirst() {
            guard numbers.count % 2 == 0, numbers.count > 0 else {
                throw FixtureError(description: "\(file):\(line): expected machine-time pairs")
            }
            var job: [(machine: Int32, hours: Int64)] = []
            for k in stride(from: 0, to: numbers.count, by: 2) {
                guard numbers[k] < machineCount else {
                    throw FixtureError(description: "\(file):\(line): machine \(numbers[k]) of \(machineCount)")
                }
                job.append((Int32(numbers[k]), numbers[k + 1]))
            }
            jobs.append(job)
        }
        return Instance(name: name, jobs: jobs)
    }

    /// Best known makespans by instance name, from `optima.txt`.
    static func bestKnown() throws -> [String: Int64] {
        var result: [String: Int64] = [:]
        for (index, line) in try text("optima.txt").split(separator: "\n").enumerated() where !line.hasPrefix("#") {
            let fields = line.split(separator: " ")
            guard fields.count >= 2, let value = Int64(fields[1]) else {
                throw FixtureError(description: "optima.txt:\(index + 1): expected 'name makespan status'")
            }
            result[String(fields[0])] = value
        }
        return result
    }
}
