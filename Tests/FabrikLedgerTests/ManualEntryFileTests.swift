import FabrikCore
import FabrikLedger
import Testing

@Suite("Manual entry file")
struct ManualEntryFileTests {
    func problems(_ text: String) -> [String] {
        switch ManualEntryFile.parse(text, fileName: "entries.csv", chart: chart) {
        case .success(let entries): return ["accepted \(entries.count) entries"]
        case .failure(let rejection): return rejection.problems.map(\.description)
        }
    }

    @Test("rows sharing an entry_id form one entry, in first-seen order, even when not contiguous")
    func grouping() throws {
        let text = """
            entry_id,date,account_code,debit,credit,memo
            J-1,2026-01-05,1000,100.50,,owner loan
            J-2,2026-01-06,5100,12,,adjust
            J-1,2026-01-05,3000,,100.5,
            J-2,2026-01-06,1000,,12.00,second memo

            """
        let entries = try ManualEntryFile.parse(text, fileName: "entries.csv", chart: chart).get()
        #expect(entries.map(\.key) == ["J-1", "J-2"])
        #expect(render(entries[0]) == ["D 1000 10050", "C 3000 10050"])
        #expect(render(entries[1]) == ["D 5100 1200", "C 1000 1200"])
        #expect(entries.map(\.memo) == ["owner loan", "adjust"])
        #expect(entries.map(\.date) == [day("2026-01-05"), day("2026-01-06")])
        #expect(entries.allSatisfy { $0.source == .manual })
    }

    @Test("columns may come in any order, memo is optional, and RFC 4180 quoting, CRLF and a BOM are read")
    func dialect() throws {
        let text = "\u{FEFF}credit,debit,account_code,date,entry_id,memo\r\n"
            + ",7,1000,2026-01-05,J-1,\"cash, counted\r\nsecond \"\"line\"\"\"\r\n"
            + "7,,3000,2026-01-05,J-1,\r\n"
        let entries = try ManualEntryFile.parse(text, fileName: "entries.csv", chart: chart).get()
        #expect(entries.count == 1)
        #expect(entries[0].memo == "cash, counted\r\nsecond \"line\"")
        #expect(render(entries[0]) == ["D 1000 700", "C 3000 700"])
        let noMemo = try ManualEntryFile.parse("entry_id,date,account_code,debit,credit\nJ,2026-01-05,1000,1,\nJ,2026-01-05,3000,,1",
                                               fileName: "entries.csv", chart: chart).get()
        #expect(noMemo.map(\.memo) == [""])
    }

    @Test("every bad row and entry is reported with its line, and nothing is accepted")
    func wholeFileValidation() {
        let text = """
            entry_id,date,account_code,debit,credit,memo
            J-1,2026-01-05,1000,100.00,,
            J-1,2026-01-05,3000,,90.00,
            J-2,2026-02-30,1000,5,,
            J-2,2026-01-05,3000,,5.001,
            J-3,2026-01-05,9999,5,,
            J-3,2026-01-05,1200,,5,
            J-4,2026-01-05,1000,5,5,
            J-4,2026-01-05,3000,,,
            J-5,2026-01-05,1000,-5,,
            J-5,2026-01-05,3000,,-5,
            J-6,2026-01-05,1000,5,,
            ,2026-01-05,1000,5,,
            J-7,2026-01-05,1000,5,,
            J-7,2026-01-06,3000,,5,
            J-8,2026-01-05,1000,0,,
            J-8,2026-01-05,3000,,0.00,
            OK,2026-01-05,1000,5,,
            OK,2026-01-05,3000,,5,
            """
        #expect(problems(text) == [
            "entries.csv:2: entry_id: entry J-1 does not balance: debits 100.00, credits 90.00",
            "entries.csv:4: date: \"2026-02-30\" is not a date (YYYY-MM-DD)",
            "entries.csv:5: credit: \"5.001\" has more than 2 decimals",
            "entries.csv:6: account_code: \"9999\" is not in the chart of accounts",
            "entries.csv:7: account_code: account 1200 has role inventory; manual entries may not post to the inventory, WIP or GRNI accounts",
            "entries.csv:8: credit: fill exactly one of debit and credit, not both",
            "entries.csv:9: debit: fill exactly one of debit and credit",
            "entries.csv:10: debit: an amount must be positive",
            "entries.csv:11: credit: an amount must be positive",
            "entries.csv:12: entry_id: entry J-6 has 1 line; an entry needs at least two lines",
            "entries.csv:13: entry_id: required",
            "entries.csv:15: date: 2026-01-06 differs from the entry's date 2026-01-05 (line 14)",
            "entries.csv:16: debit: an amount must be positive",
            "entries.csv:17: credit: an amount must be positive",
        ])
    }

    @Test("line numbers count physical lines: empty lines and quoted line breaks included")
    func physicalLines() {
        let text = "entry_id,date,account_code,debit,credit,memo\n\nJ,2026-01-05,1000,1,,\"a\nb\"\nJ,2026-01-05,3000,,2,\n"
        #expect(problems(text) == ["entries.csv:3: entry_id: entry J does not balance: debits 1.00, credits 2.00"])
        let later = "entry_id,date,account_code,debit,credit,memo\nJ,2026-01-05,1000,1,,\"a\nb\"\nJ,2026-01-05,9999,,1,\n"
        #expect(problems(later) == ["entries.csv:4: account_code: \"9999\" is not in the chart of accounts"])
    }

    @Test("a bad header is reported and no row is read")
    func badHeader() {
        #expect(problems("entry_id,date,account,debit,credit,memo\nJ,x,y,z,,\n") == [
            "entries.csv:1: account: unknown column (the columns are entry_id,date,account_code,debit,credit,memo)",
            "entries.csv:1: account_code: required column is missing",
        ])
        #expect(problems("entry_id,date,account_code,debit,credit,debit\n") == ["entries.csv:1: debit: column named twice"])
        #expect(problems("") == ["entries.csv: the file has no header"])
        #expect(problems("entry_id,date,account_code,debit,credit,memo\n") == ["accepted 0 entries"])
    }

    @Test("rows with the wrong field count and broken quoting are refused")
    func syntax() {
        #expect(problems("entry_id,date,account_code,debit,credit,memo\nJ,2026-01-05,1000,1\n") == [
            "entries.csv:2: has 4 fields, the header has 6",
        ])
        #expect(problems("entry_id,date,account_code,debit,credit,memo\nJ,2026-01-05,1000,1,,\"open\n") == [
            "entries.csv:2: a quoted field is not closed",
        ])
        #expect(problems("entry_id,date,account_code,debit,credit,memo\nJ,2026-01-05,10\"00,1,,\n") == [
            "entries.csv:2: a quote inside an unquoted field",
        ])
    }

    @Test("a builder driven record by record gives the same entries as the parser")
    func builder() throws {
        var builder = ManualEntryFileBuilder(fileName: "entries.csv", chart: chart)
        builder.add(ManualEntryFile.columns, line: 1)
        builder.add(["J", "2026-01-05", "1000", "3", "", ""], line: 2)
        builder.add(["J", "2026-01-05", "3000", "", "3", ""], line: 3)
        let entries = try builder.finish().get()
        #expect(render(entries[0]) == ["D 1000 300", "C 3000 300"])
    }
}
