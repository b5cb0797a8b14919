import FabrikCore
import FabrikLedger
import Testing

/// The synthetic `ledger post` file: deterministic, valid against its
/// chart, 2 to 4 balanced lines per entry, only accounts manual entries may use.
@Suite("Manual entry generator")
struct ManualEntryGeneratorTests {
    @Test("the same parameters give the same bytes; another seed other entries and ids")
    func deterministic() {
        let one = ManualEntryGenerator(entries: 500, seed: 7).text(chart: chart)
        #expect(one == ManualEntryGenerator(entries: 500, seed: 7).text(chart: chart))
        let other = ManualEntryGenerator(entries: 500, seed: 8).text(chart: chart)
        #expect(other != one)
        #expect(one.hasPrefix("entry_id,date,account_code,debit,credit,memo\nS7-0000001,2026-01-01,"))
        #expect(other.hasPrefix("entry_id,date,account_code,debit,credit,memo\nS8-0000001,2026-01-01,"))
        // Chunked writing gives the same bytes as one piece.
        var chunks = 0
        var bytes: [UInt8] = []
        ManualEntryGenerator(entries: 60_000, seed: 7).write(chart: chart) { chunk in
            chunks += 1
            bytes.append(contentsOf: chunk)
        }
        #expect(chunks > 1)
        #expect(String(decoding: bytes, as: UTF8.self) == ManualEntryGenerator(entries: 60_000, seed: 7).text(chart: chart))
    }

    @Test("every entry is valid: 2-4 lines, balanced, uncontrolled accounts, dates spread and never decreasing")
    func valid() throws {
        let generator = ManualEntryGenerator(entries: 2_000, seed: 3, firstDay: day("2026-03-01"), days: 10, keyPrefix: "G-")
        let entries = try ManualEntryFile.parse(generator.text(chart: chart), fileName: "g.csv", chart: chart).get()
        #expect(entries.count == 2_000)
        #expect(entries.first?.key == "G-0000001")
        #expect(entries.last?.key == "G-0002000")
        #expect(entries.first?.date == day("2026-03-01"))
        #expect(entries.last?.date == day("2026-03-10"))
        #expect(zip(entries, entries.dropFirst()).allSatisfy { $0.date <= $1.date })
        let allowed = Set(ManualEntryGenerator.accountCodes(of: chart))
        #expect(allowed == ["1000", "1100", "2000", "3000", "4000", "5000", "5100"])
        var lineCounts = Set<Int>()
        for entry in entries {
            lineCounts.insert(entry.lines.count)
            #expect(entry.lines.allSatisfy { allowed.contains($0.accountCode) })
            #expect(entry.lines.reduce(Cents.zero) { $0 + $1.debit } == entry.lines.reduce(Cents.zero) { $0 + $1.credit })
            #expect(!entry.memo.isEmpty)
        }
        #expect(lineCounts == [2, 3, 4])
    }

    @Test("a dataset chart gives codes of that chart only")
    func otherChart() throws {
        let accounts = ChartOfAccounts.builtInAccounts + [Account(code: "6000", name: "Wages", type: .expense)]
        let wide = try ChartOfAccounts.make(accounts: accounts).get()
        #expect(ManualEntryGenerator.accountCodes(of: wide) == ["1000", "1100", "2000", "3000", "4000", "5000", "5100", "6000"])
        let text = ManualEntryGenerator(entries: 300).text(chart: wide)
        #expect(text.contains(",6000,"))
        #expect(throws: ManualEntryRejection.self) { try ManualEntryFile.parse(text, fileName: "g.csv", chart: chart).get() }
    }
}
