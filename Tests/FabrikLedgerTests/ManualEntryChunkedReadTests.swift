import FabrikCore
import Testing
@testable import FabrikLedger

/// `ManualEntryChunkedRead`: a manual entry file read in parts on several
/// threads gives exactly the batch one reader gives, whatever the thread
/// count and wherever the cuts fall (parts of a few dozen bytes here, so
/// that small files are cut many times).
@Suite("Manual entry file read in parts")
struct ManualEntryChunkedReadTests {
    static let header = "entry_id,date,account_code,debit,credit,memo\n"

    /// Everything a batch holds, as comparable values.
    struct Snapshot: Equatable {
        var keys: [String]
        var dates: [Day]
        var memos: [String]
        var lines: [ManualEntryBatch.Line]
        var ranges: [Range<Int>]

        init?(_ batch: ManualEntryBatch?) {
            guard let batch else { return nil }
            keys = batch.keys
            dates = batch.dates
            memos = batch.memos
            lines = batch.lines
            ranges = (0..<batch.count).map(batch.lineRange)
        }
    }

    func read(_ text: String, threads: Int, bytesPerPartMin: Int = 48) -> Snapshot? {
        readCountingParts(text, threads: threads, bytesPerPartMin: bytesPerPartMin).batch
    }

    func readCountingParts(_ text: String, threads: Int, bytesPerPartMin: Int = 48) -> (batch: Snapshot?, parts: Int) {
        var text = text
        return text.withUTF8 { bytes in
            let read = ManualEntryChunkedRead.read(bytes, chart: chart, threadCount: threads, bytesPerPartMin: bytesPerPartMin)
            return (Snapshot(read.batch), read.parts)
        }
    }

    func sequential(_ text: String) -> Snapshot? {
        var text = text
        return text.withUTF8 { bytes in Snapshot(ManualEntryChunkedRead.sequential(bytes, chart: chart)) }
    }

    @Test("generated files read in parts give one reader's batch for 1 to 7 threads")
    func generatedFilesMatch() throws {
        for seed: UInt64 in [1, 2, 3] {
            let text = ManualEntryGenerator(entries: 400, seed: seed).text(chart: chart)
            let expected = try #require(sequential(text))
            #expect(expected.keys.count == 400)
            for threads in 1...7 {
                let read = readCountingParts(text, threads: threads)
                #expect(read.batch == expected, "seed \(seed), \(threads) threads")
                #expect(read.parts == threads, "seed \(seed), \(threads) threads")
            }
            #expect(readCountingParts(text, threads: 4, bytesPerPartMin: text.utf8.count).parts == 1)
        }
    }

    @Test("rows of one entry far apart, in different parts, make one entry in first-seen order")
    func entriesAcrossParts() throws {
        var text = Self.header + "A,2026-01-05,1000,5,,\n"
        for k in 0..<60 { text += "M\(k),2026-01-06,5100,1.25,,m\(k)\nM\(k),2026-01-06,1000,,1.25,\n" }
        text += "A,2026-01-05,3000,,2,late memo\nA,2026-01-05,4000,,3,\n"
        let expected = try #require(sequential(text))
        #expect(expected.keys.first == "A")
        #expect(expected.ranges[0] == 0..<3)
        #expect(expected.memos[0] == "late memo")
        #expect(expected.lines[0..<3].map(\.signedCents) == [500, -200, -300])
        for threads in 2...7 { #expect(read(text, threads: threads) == expected, "\(threads) threads") }
    }

    @Test("an entry cut at a part border is continued, not split")
    func entryCutAtBorder() throws {
        // Ten-line entries: with 48-byte parts nearly every cut falls inside one.
        var text = Self.header
        for k in 0..<30 {
            for line in 0..<9 { text += "E\(k),2026-03-0\(1 + k % 9),5100,\(line + 1),,\n" }
            text += "E\(k),2026-03-0\(1 + k % 9),1000,,45,\n"
        }
        let expected = try #require(sequential(text))
        #expect(expected.keys.count == 30)
        #expect(expected.ranges.allSatisfy { $0.count == 10 })
        for threads in 2...7 {
            let read = readCountingParts(text, threads: threads)
            #expect(read.batch == expected, "\(threads) threads")
            #expect(read.parts == threads, "\(threads) threads")
        }
    }

    @Test("a cut inside a quoted line break falls back to one reader with the same batch")
    func cutInsideQuotes() throws {
        var text = Self.header
        for k in 0..<20 {
            let memo = "\"note \(k)\n" + String(repeating: "more\n", count: 12) + "end, \"\"quoted\"\"\""
            text += "Q\(k),2026-04-01,5100,10,,\(memo)\nQ\(k),2026-04-01,1000,,10,\n"
        }
        let expected = try #require(sequential(text))
        #expect(expected.memos[3] == "note 3\n" + String(repeating: "more\n", count: 12) + "end, \"quoted\"")
        for threads in 2...7 { #expect(read(text, threads: threads) == expected, "\(threads) threads") }
        // Most cuts land inside a memo here, so the retry on one reader is taken.
        #expect((2...7).contains { readCountingParts(text, threads: $0).parts == 1 })
    }

    @Test("a byte order mark at the start of a part is data, as for one reader")
    func byteOrderMarkInsideIsData() throws {
        var text = "\u{FEFF}" + Self.header
        for k in 0..<40 { text += "\u{FEFF}B\(k),2026-05-02,5100,3,,\n\u{FEFF}B\(k),2026-05-02,1000,,3,\n" }
        let expected = try #require(sequential(text))
        #expect(expected.keys[0] == "\u{FEFF}B0")
        for threads in 2...7 {
            let read = readCountingParts(text, threads: threads)
            #expect(read.batch == expected, "\(threads) threads")
            #expect(read.parts == threads, "\(threads) threads")
        }
    }

    @Test("a date or balance that only fails across parts is refused, as by one reader")
    func crossPartProblemsAreRefused() {
        var filler = ""
        for k in 0..<40 { filler += "F\(k),2026-01-07,5100,1,,\nF\(k),2026-01-07,1000,,1,\n" }
        let dates = Self.header + "X,2026-01-05,1000,5,,\n" + filler + "X,2026-01-06,3000,,5,\n"
        let balance = Self.header + "Y,2026-01-05,1000,5,,\n" + filler + "Y,2026-01-05,3000,,4,\n"
        for text in [dates, balance] {
            #expect(sequential(text) == nil)
            for threads in 2...7 { #expect(read(text, threads: threads) == nil, "\(threads) threads") }
            let viaBatch = ManualEntryFile.batch(text, fileName: "e.csv", chart: chart, threadCount: 4).map(\.keys)
            let viaParse = ManualEntryFile.parse(text, fileName: "e.csv", chart: chart).map { $0.map(\.key) }
            #expect(viaBatch == viaParse)
        }
    }

    @Test("cuts fall just past a line feed, ascending, and cover the text")
    func cutsArePastLineFeeds() {
        var text = "h\n" + String(repeating: "abcdefghi\n", count: 10)
        text.withUTF8 { bytes in
            let cuts = ManualEntryChunkedRead.cuts(bytes, from: 2, parts: 4)
            #expect(cuts == [2, 32, 62, 82, 102])
            for cut in cuts.dropFirst().dropLast() { #expect(bytes[cut - 1] == UInt8(ascii: "\n")) }
        }
        var short = "h\nabc"
        short.withUTF8 { bytes in #expect(ManualEntryChunkedRead.cuts(bytes, from: 2, parts: 3) == [2, 5]) }
    }

    @Test("a bad row deep in a file read on several threads gets the reference parser's problem at its line")
    func badRowInLargeFile() throws {
        // Over 2 MB, so that two threads read parts of at least 1 MB each.
        var text = ManualEntryGenerator(entries: 20_000, seed: 5).text(chart: chart)
        #expect(text.utf8.count > 2 * ManualEntryChunkedRead.bytesPerPartMin)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let bad = lines.count * 3 / 4
        var fields = lines[bad].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[1] = "2026-02-30"
        lines[bad] = fields.joined(separator: ",")
        text = lines.joined(separator: "\n")
        let parallel = ManualEntryFile.batch(text, fileName: "big.csv", chart: chart, threadCount: 2).map(\.count)
        let reference = ManualEntryFile.parse(text, fileName: "big.csv", chart: chart).map(\.count)
        #expect(parallel == reference)
        let rejection = try #require(throws: ManualEntryRejection.self) { try parallel.get() }
        #expect(rejection.problems.first?.description.hasPrefix("big.csv:\(bad + 1): date: ") == true, "\(rejection)")
    }
}
