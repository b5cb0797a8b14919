import FabrikCore
import Testing
@testable import FabrikLedger

/// `ManualEntryBatch.dailySums`: the per-account, per-day movements a
/// `ledger post` adds to `ledger_daily`, hand-checked, in account code then
/// day order, the same from the dense array and the hash table.
@Suite("Manual entry daily sums")
struct DailySumsTests {
    static let header = "entry_id,date,account_code,debit,credit,memo\n"

    static func batch(_ rows: String) throws -> ManualEntryBatch {
        try ManualEntryFile.batch(header + rows, fileName: "d.csv", chart: chart).get()
    }

    static func rendered(_ batch: ManualEntryBatch, _ toPost: [Int]) throws -> [String] {
        try batch.dailySums(of: toPost).get().map { sum in
            "\(chart.accounts[Int(sum.accountPosition)].code) \(sum.day.iso8601) \(sum.debitCents)/\(sum.creditCents)"
        }
    }

    @Test("lines are summed per account and day, ordered by account code then day, for the entries asked")
    func handChecked() throws {
        let batch = try Self.batch("""
            B,2026-01-06,4000,,7.25,
            B,2026-01-06,1000,7.25,,
            A,2026-01-05,1000,10,,
            A,2026-01-05,1000,,2.50,
            A,2026-01-05,4000,,7.50,
            C,2026-01-05,5100,1,,
            C,2026-01-05,1000,,1,

            """)
        #expect(try Self.rendered(batch, [0, 1, 2]) == [
            "1000 2026-01-05 1000/350", "1000 2026-01-06 725/0",
            "4000 2026-01-05 0/750", "4000 2026-01-06 0/725", "5100 2026-01-05 100/0",
        ])
        #expect(try Self.rendered(batch, [2]) == ["1000 2026-01-05 0/100", "5100 2026-01-05 100/0"])
        #expect(try Self.rendered(batch, []) == [])
    }

    @Test("dates centuries apart take the hash table and give the same sums")
    func sparseSpan() throws {
        let rows = "A,2026-01-05,1000,3,,\nA,2026-01-05,4000,,3,\nZ,2400-06-30,1000,,4,\nZ,2400-06-30,5100,4,,\n"
            + "M,2026-01-05,1000,1,,\nM,2026-01-05,4000,,1,\n"
        let batch = try Self.batch(rows)
        let span = Int(batch.dates[1].daysSinceEpoch - batch.dates[0].daysSinceEpoch) + 1
        #expect(span * chart.accounts.count > ManualEntryBatch.denseCellsMax)
        #expect(try Self.rendered(batch, [0, 1, 2]) == [
            "1000 2026-01-05 400/0", "1000 2400-06-30 0/400", "4000 2026-01-05 0/400", "5100 2400-06-30 400/0",
        ])
    }

    @Test("a day's sum past the 64-bit cent range names the account and day")
    func overflowNamesAccountAndDay() throws {
        // Four balanced entries of 24,000 maximal debits each on 5100: 9.6e18 cents, past Int64.max (9.22e18).
        var rows = ""
        for entry in 0..<4 {
            for _ in 0..<24_000 { rows += "O\(entry),2026-03-02,5100,999999999999.99,,\n" }
            for _ in 0..<24_000 { rows += "O\(entry),2026-03-02,1000,,999999999999.99,\n" }
        }
        let batch = try Self.batch(rows)
        #expect(batch.dailySums(of: [0, 1, 2]).map(\.count) == .success(2))
        let overflow = ManualEntryBatch.DailySumOverflow(accountCode: "5100", day: try #require(Day(iso8601: "2026-03-02")))
        #expect(batch.dailySums(of: [0, 1, 2, 3]) == .failure(overflow))
    }
}
