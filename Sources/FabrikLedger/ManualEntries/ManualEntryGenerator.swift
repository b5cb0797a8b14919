public import FabrikCore

/// A deterministic synthetic `ledger post` file: `entries` balanced manual
/// entries of 2 to 4 lines on the accounts of a chart that manual entries
/// may use (every account but inventory, WIP and GRNI), for benchmarks and
/// `fabrik ledger generate-entries` (docs/ledger.md).
///
/// Invariants: the bytes depend only on the parameters and the chart's
/// codes (one `SplitMix64` stream from `seed`); every entry passes
/// `ManualEntryFile` against that chart; entry ids are `keyPrefix` then the
/// 1-based number zero-padded to at least 7 digits, so they are distinct
/// and ascending; dates run from `firstDay` over `days` days, never
/// decreasing. Each entry: 1 to k-1 debit lines of 1.00 to 10,000.00, then
/// credit lines splitting their total; a short memo on its first row.
/// Cost: O(entries), written in chunks of about `chunkBytes`.
public struct ManualEntryGenerator: Sendable {
    public var entries: Int
    public var seed: UInt64
    public var firstDay: Day
    public var days: Int
    public var keyPrefix: String

    /// 2026-01-01, the generator's default first day.
    public static let defaultFirstDay = Day(daysSinceEpoch: 20_454)
    /// Bytes per chunk handed to the writer.
    public static let chunkBytes = 1 << 20
    private static let memos = ["accrual", "bank fee", "payroll", "rent", "utilities", "correction", "freight", "interest"]

    /// `keyPrefix` nil means `S<seed>-`, so files of different seeds never share an entry id.
    public init(entries: Int, seed: UInt64 = 1, firstDay: Day = ManualEntryGenerator.defaultFirstDay,
                days: Int = 365, keyPrefix: String? = nil) {
        self.entries = max(0, entries)
        self.seed = seed
        self.firstDay = firstDay
        self.days = max(1, days)
        self.keyPrefix = keyPrefix ?? "S\(seed)-"
    }

    /// The codes the entries use: the chart's uncontrolled accounts, in code (byte) order.
    public static func accountCodes(of chart: ChartOfAccounts) -> [String] {
        chart.accountsByCode.filter { !$0.isControlled }.map(\.code)
    }

    /// The whole file as one String (tests, small files).
    public func text(chart: ChartOfAccounts) -> String {
        var bytes: [UInt8] = []
        write(chart: chart) { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Hands the file to `sink` in order, in chunks of about `chunkBytes`.
    public func write<Failure: Error>(chart: ChartOfAccounts,
                                      to sink: ([UInt8]) throws(Failure) -> Void) throws(Failure) {
        let codes = Self.accountCodes(of: chart).map { Array($0.utf8) }
        var random = SplitMix64(seed: seed)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(Self.chunkBytes + 4_096)
        buffer.append(contentsOf: Array((ManualEntryFile.columns.joined(separator: ",") + "\n").utf8))
        let width = max(7, String(entries).utf8.count)
        let prefix = Array(keyPrefix.utf8)
        var debits: [Int64] = []
        var dateOffset: Int32 = -1
        var date: [UInt8] = []
        for number in 0..<entries {
            let key = prefix + Self.padded(number + 1, width: width)
            let offset = Int32(truncatingIfNeeded: Int64(number) * Int64(days) / Int64(max(entries, 1)))
            if offset != dateOffset {
                dateOffset = offset
                date = Array((firstDay + offset).iso8601.utf8)
            }
            let lineCount = 2 + random.below(3)
            let debitCount = 1 + random.below(lineCount - 1)
            debits.removeAll(keepingCapacity: true)
            for _ in 0..<debitCount { debits.append(Int64(random.int(100...1_000_000))) }
            var remaining = debits.reduce(0, +)
            let memo = Array(Self.memos[random.below(Self.memos.count)].utf8)
            for (index, amount) in debits.enumerated() {
                row(&buffer, key, date, codes[random.below(codes.count)], debit: amount, memo: index == 0 ? memo : [])
            }
            let creditCount = lineCount - debitCount
            for index in 0..<creditCount {
                let left = creditCount - index - 1
                // Each later credit keeps at least one cent.
                let amount = left == 0 ? remaining : Int64(random.int(1...Int(remaining - Int64(left))))
                remaining -= amount
                row(&buffer, key, date, codes[random.below(codes.count)], credit: amount)
            }
            if buffer.count >= Self.chunkBytes {
                try sink(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        if !buffer.isEmpty { try sink(buffer) }
    }

    private func row(_ buffer: inout [UInt8], _ key: [UInt8], _ date: [UInt8], _ code: [UInt8],
                     debit: Int64? = nil, credit: Int64? = nil, memo: [UInt8] = []) {
        let comma = UInt8(ascii: ",")
        buffer.append(contentsOf: key); buffer.append(comma)
        buffer.append(contentsOf: date); buffer.append(comma)
        buffer.append(contentsOf: code); buffer.append(comma)
        if let debit { Self.appendAmount(debit, to: &buffer) }
        buffer.append(comma)
        if let credit { Self.appendAmount(credit, to: &buffer) }
        buffer.append(comma)
        buffer.append(contentsOf: memo)
        buffer.append(UInt8(ascii: "\n"))
    }

    /// `cents` as `whole.cc`.
    private static func appendAmount(_ cents: Int64, to buffer: inout [UInt8]) {
        buffer.append(contentsOf: Array(String(cents / 100).utf8))
        buffer.append(UInt8(ascii: "."))
        buffer.append(UInt8(ascii: "0") + UInt8(cents % 100 / 10))
        buffer.append(UInt8(ascii: "0") + UInt8(cents % 10))
    }

    private static func padded(_ number: Int, width: Int) -> [UInt8] {
        let digits = Array(String(number).utf8)
        return [UInt8](repeating: UInt8(ascii: "0"), count: max(0, width - digits.count)) + digits
    }
}
