import FabrikCore
import FabrikDataset
import FabrikPlanning
import Foundation
import Testing

/// The six worked examples of /work/shared/examples/mrp, read through the
/// dataset reader, planned, rendered and compared with `compare_plan.py`.
@Suite("shared MRP examples")
struct SharedExamplesTests {
    static let root = "/work/shared/examples/mrp"
    static let names = ["01-lfl-orlicky", "05-three-level", "08-transfer", "14-reschedule-messages",
                        "20-receipt-pull-in", "21-safety-stock-pegging"]

    @Test("each shared example plans exactly as expected.json", arguments: SharedExamplesTests.names)
    func exampleMatches(name: String) throws {
        let folder = "\(SharedExamplesTests.root)/\(name)"
        guard FileManager.default.fileExists(atPath: folder) else { return }
        let snapshot = try DatasetReader.read(directory: folder).planningSnapshot()
        let parameters = try Self.parameters(folder)
        for threads in [1, 2] {
            let plan = try MaterialRequirementsPlanner.plan(snapshot, MRPParameters(
                asOf: parameters.asOf, horizonDays: parameters.horizon, threadCount: threads))
            let got = NSTemporaryDirectory() + "fabrik-mrp-\(name)-\(threads).json"
            try Data(plan.renderJSONBytes(seconds: 0)).write(to: URL(fileURLWithPath: got))
            let (status, output) = try Self.compare(expected: "\(folder)/expected.json", got: got)
            #expect(status == 0, "\(name): \(output)")
        }
    }

    static func parameters(_ folder: String) throws -> (asOf: Day, horizon: Int32) {
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/params.json"))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        let asOf = Day(iso8601: object["as_of"] as? String ?? "") ?? Day(daysSinceEpoch: 0)
        return (asOf, Int32(object["horizon"] as? Int ?? 365))
    }

    static func compare(expected: String, got: String) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "/work/shared/tools/compare_plan.py", expected, got]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
