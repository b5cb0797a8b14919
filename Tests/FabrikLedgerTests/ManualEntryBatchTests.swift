import FabrikCore
import FabrikLedger
import Testing

/// `ManualEntryFile.batch` (the posting path's byte-level reader) against
/// `ManualEntryFile.parse` (the reference): the same verdict, the same
/// entries, the same problems, on good, odd and bad files.
@Suite("Manual entry batch")
struct ManualEntryBatchTests {
    static let header = "entry_id,date,account_code,debit,credit,memo\n"

    /// The batch's entries, or its problems, rendered like `parse`'s.
    func viaBatch(_ text: String) -> Result<[JournalEntry], ManualEntryRejection> {
        ManualEntryFile.batch(text, fileName: "entries.csv", chart: chart).map { batch in
            (0..<batch.count).map { batch.entry($0) }
        }
    }

    func viaParse(_ text: String) -> Result<[JournalEntry], ManualEntryRejection> {
        ManualEntryFile.parse(text, fileName: "entries.csv", chart: chart)
    }

    @Test("good files in every dialect give exactly the entries of the reference parser")
    func goodFiles() throws {
        let files = [
            Self.header + "J-1,2026-01-05,1000,100.50,,owner loan\nJ-1,2026-01-05,3000,,100.5,\n",
            // Rows apart, memo on a later row, a third line, no final line end.
            Self.header + "A,2026-01-05,1000,5,,\nB,2026-01-06,5100,12,,adjust\nA,2026-01-05,3000,,2,late memo\n"
                + "B,2026-01-06,1000,,12.00,\nA,2026-01-05,4000,,3.00,",
            // Quoted fields (comma, doubled quotes, line break), CRLF, BOM, columns reordered, no memo column.
            "\u{FEFF}credit,debit,account_code,date,entry_id,memo\r\n,7,1000,2026-01-05,\"J,1\",\"cash, \"\"counted\"\"\r\nok\"\r\n"
                + "7,,3000,2026-01-05,\"J,1\",\r\n",
            "entry_id,date,account_code,debit,credit\nJ,2026-01-05,1000,1,\nJ,2026-01-05,3000,,1\n\n\n",
            // Trailing comma at the end of the text is an empty memo.
            Self.header + "J,2026-02-28,1000,0.01,,\nJ,2026-02-28,3000,,0.01,",
            Self.header,
        ]
        for text in files {
            let expected = try viaParse(text).get()
            #expect(try viaBatch(text).get() == expected, "\(text)")
        }
        let apart = try viaBatch(files[1]).get()
        #expect(apart.map(\.key) == ["A", "B"])
        #expect(apart[0].lines.map(\.accountCode) == ["1000", "3000", "4000"])
        #expect(apart[0].memo == "late memo")
        let quoted = try viaBatch(files[2]).get()
        #expect(quoted.map(\.key) == ["J,1"])
        #expect(quoted[0].memo == "cash, \"counted\"\r\nok")
    }

    @Test("every bad file gets the reference parser's problems, word for word")
    func badFiles() {
        let good = "OK,2026-01-05,1000,5,,\nOK,2026-01-05,3000,,5,\n"
        let badRows = [
            "J,2026-01-05,1000,100.00,,\nJ,2026-01-05,3000,,90.00,\n",
            "J,2026-02-30,1000,5,,\nJ,2026-02-30,3000,,5,\n",
            "J,2026-01-05,1000,5,,\nJ,2026-01-05,3000,,5.001,\n",
            "J,2026-01-05,9999,5,,\nJ,2026-01-05,3000,,5,\n",
            "J,2026-01-05,1200,5,,\nJ,2026-01-05,3000,,5,\n",
            "J,2026-01-05,1300,5,,\nJ,2026-01-05,3000,,5,\n",
            "J,2026-01-05,2100,5,,\nJ,2026-01-05,3000,,5,\n",
            "J,2026-01-05,1000,5,5,\nJ,2026-01-05,3000,,,\n",
            "J,2026-01-05,1000,-5,,\nJ,2026-01-05,3000,,-5,\n",
            "J,2026-01-05,1000,0,,\nJ,2026-01-05,3000,,0.00,\n",
            "J,2026-01-05,1000,+5,,\nJ,2026-01-05,3000,,5,\n",
            "J,2026-01-05,1000, 5,,\nJ,2026-01-05,3000,,5,\n",
            "J,2026-01-05,1000,5,,\n",
            ",2026-01-05,1000,5,,\n,2026-01-05,3000,,5,\n",
            "J,2026-01-05,1000,5,,\nJ,2026-01-06,3000,,5,\n",
            "J,2026/01/05,1000,5,,\nJ,2026/01/05,3000,,5,\n",
            "J,,1000,5,,\nJ,,3000,,5,\n",
            "J,2026-01-05,,5,,\nJ,2026-01-05,3000,,5,\n",
            "J,2026-01-05,1000,5\n",
            "J,2026-01-05,1000,5,,\"open\n",
            "J,2026-01-05,10\"00,5,,\n",
            "J,2026-01-05,1000,5,,\"a\"b\n",
            "J,2026-01-05,1000,1000000000000.00,,\nJ,2026-01-05,3000,,1000000000000.00,\n",
        ]
        for bad in badRows {
            for text in [Self.header + bad, Self.header + good + bad, Self.header + bad + good] {
                let expected = viaParse(text)
                #expect(throws: ManualEntryRejection.self, "\(text)") { try expected.get() }
                #expect(viaBatch(text) == expected, "\(text)")
            }
        }
        for header in ["entry_id,date,account,debit,credit,memo\n", "entry_id,date,account_code,debit,credit,debit\n", ""] {
            #expect(viaBatch(header + good) == viaParse(header + good))
        }
    }

    @Test("the last row of a large file being bad rejects the whole file at its line")
    func badLastRow() throws {
        var text = ManualEntryGenerator(entries: 5_000).text(chart: chart)
        let lines = text.split(separator: "\n").count
        text += "S1-9999999,2026-12-31,1200,5,,\nS1-9999999,2026-12-31,1000,,5,\n"
        let rejection = try #require(throws: ManualEntryRejection.self) { try viaBatch(text).get() }
        #expect(rejection.problems.map(\.description) == [
            "entries.csv:\(lines + 1): account_code: account 1200 has role inventory; "
                + "manual entries may not post to the inventory, WIP or GRNI accounts",
        ])
    }

    @Test("key lookup by bytes finds each entry id and nothing else")
    func keyLookup() throws {
        let batch = try ManualEntryFile.batch(ManualEntryGenerator(entries: 3_000, seed: 9).text(chart: chart),
                                              fileName: "g.csv", chart: chart).get()
        #expect(batch.count == 3_000)
        for index in [0, 1, 1_499, 2_999] {
            var key = batch.keys[index]
            #expect(key.withUTF8 { batch.index(ofKey: $0) } == index)
        }
        var missing = "S9-0003001"
        #expect(missing.withUTF8 { batch.index(ofKey: $0) } == nil)
    }
}
