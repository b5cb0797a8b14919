import FabrikDataset
import Testing

@Suite("CSV reader")
struct CSVReaderTests {
    @Test("quoted fields keep commas, line breaks and doubled quotes")
    func quotedFields() throws {
        let records = try CSVReader.records(of: "a,b,c\n\"x,y\",\"line1\nline2\",\"say \"\"hi\"\"\"\n")
        #expect(records.count == 2)
        #expect(records[1].fields == ["x,y", "line1\nline2", "say \"hi\""])
    }

    @Test("CRLF and LF line ends give the same records")
    func lineEnds() throws {
        let lf = try CSVReader.records(of: "a,b\n1,2\n3,4\n")
        let crlf = try CSVReader.records(of: "a,b\r\n1,2\r\n3,4\r\n")
        #expect(lf.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(crlf.map(\.fields) == lf.map(\.fields))
        #expect(crlf.map(\.line) == [1, 2, 3])
    }

    @Test("a UTF-8 byte order mark is skipped")
    func byteOrderMark() throws {
        let records = try CSVReader.records(of: [0xEF, 0xBB, 0xBF] + Array("item_id\nA\n".utf8))
        #expect(records.map(\.fields) == [["item_id"], ["A"]])
    }

    @Test("blank cells are empty fields, including a trailing one")
    func blankCells() throws {
        let records = try CSVReader.records(of: "a,b,c\n,,\n1,,\n,\"\",3")
        #expect(records.map(\.fields) == [["a", "b", "c"], ["", "", ""], ["1", "", ""], ["", "", "3"]])
    }

    @Test("empty lines are skipped but still counted as physical lines")
    func emptyLines() throws {
        let records = try CSVReader.records(of: "a\n\n1\r\n\r\n\n2\n\n")
        #expect(records.map(\.fields) == [["a"], ["1"], ["2"]])
        #expect(records.map(\.line) == [1, 3, 6])
    }

    @Test("a record spanning lines is reported at its first line and the next record after it")
    func multiLineRecordLines() throws {
        let records = try CSVReader.records(of: "a,b\n1,\"x\ny\nz\"\n2,w\n")
        #expect(records.map(\.line) == [1, 2, 5])
        #expect(records[1].fields == ["1", "x\ny\nz"])
    }

    @Test("a lone carriage return is data, not a line end")
    func loneCarriageReturn() throws {
        let records = try CSVReader.records(of: "a\nx\ry\n")
        #expect(records.map(\.fields) == [["a"], ["x\ry"]])
    }

    @Test("a quote inside an unquoted field is an error at its line")
    func quoteInUnquotedField() {
        #expect(throws: CSVSyntaxError(line: 3, kind: .quoteInUnquotedField)) {
            try CSVReader.records(of: "a,b\n1,2\n3,x\"y\n")
        }
    }

    @Test("text after a closing quote is an error at its line")
    func textAfterClosingQuote() {
        #expect(throws: CSVSyntaxError(line: 2, kind: .textAfterClosingQuote)) {
            try CSVReader.records(of: "a,b\n\"1\"2,3\n")
        }
    }

    @Test("an unclosed quote is an error at the line where it opened")
    func unclosedQuote() {
        #expect(throws: CSVSyntaxError(line: 2, kind: .unclosedQuote)) {
            try CSVReader.records(of: "a,b\n1,\"open\nstill open\n")
        }
    }

    @Test("the last record needs no line end and the callback can stop early")
    func stopEarly() throws {
        var bytes = Array("a\n1\n2\n3".utf8)
        var seen: [String] = []
        try CSVReader.forEachRecord(in: &bytes) { record in
            seen.append(record.string(0))
            return seen.count < 3
        }
        #expect(seen == ["a", "1", "2"])
        #expect(try CSVReader.records(of: "a\n1\n2\n3").last?.fields == ["3"])
    }

    @Test("UTF-8 check finds the first invalid byte and its line")
    func utf8Check() {
        let bytes: [UInt8] = Array("ok\né\n".utf8) + [0xC3, 0x28]
        bytes.withUnsafeBufferPointer { buffer in
            #expect(UTF8Check.firstInvalidOffset(buffer) == 6)
            #expect(UTF8Check.line(ofOffset: 6, in: buffer) == 3)
        }
        let surrogate: [UInt8] = [0xED, 0xA0, 0x80]
        surrogate.withUnsafeBufferPointer { #expect(UTF8Check.firstInvalidOffset($0) == 0) }
    }
}
