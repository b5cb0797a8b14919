/// A minimal RFC 4180 record splitter for the manual entry file, so that
/// FabrikLedger needs nothing but FabrikCore: comma-separated fields,
/// `"`-quoted fields holding commas, doubled quotes and line breaks; LF or
/// CRLF line ends (a lone CR is data); a leading UTF-8 byte order mark is
/// skipped; empty lines are skipped; the last line may lack its line end.
/// Each record carries the physical line it starts on (1-based).
///
/// One scanner over UTF-8 bytes hands out each record's fields as byte
/// views (`CSVRecord`), without a String per field: the 1M-entry posting
/// path reads them in place. `forEachRecord(in: String)` is the same
/// scanner with the fields copied into Strings. O(bytes), one pass.
enum CSVSplitter {
    /// Why the text is not CSV, at the record's first line.
    struct SyntaxError: Error, Equatable {
        var line: Int
        var reason: String
    }

    /// Calls `body(line, fields)` for each non-empty record, in order.
    static func forEachRecord(in text: String, _ body: (Int, [String]) -> Void) -> SyntaxError? {
        var text = text
        return text.withUTF8 { bytes in
            var fields: [String] = []
            return forEachRecord(in: bytes) { line, record in
                fields.removeAll(keepingCapacity: true)
                for index in 0..<record.count { fields.append(String(decoding: record[index], as: UTF8.self)) }
                body(line, fields)
                return true
            }
        }
    }

    /// Calls `body(line, record)` for each non-empty record, in order, until
    /// it returns false. The record's views are valid only during the call.
    /// `skippingByteOrderMark: false` reads a part of a file that starts at a
    /// record boundary, where those bytes are data (`ManualEntryChunkedRead`).
    static func forEachRecord(in bytes: UnsafeBufferPointer<UInt8>, skippingByteOrderMark: Bool = true,
                              _ body: (Int, CSVRecord) -> Bool) -> SyntaxError? {
        var scanner = Scanner(bytes: bytes, skippingByteOrderMark: skippingByteOrderMark)
        return scanner.run(body)
    }

    /// The scanner's state: position, physical line, the current record's
    /// field spans, and the unescaped bytes of quoted fields holding `""`.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        var line = 1
        var spans: [CSVRecord.Span] = []
        var scratch: [UInt8] = []

        static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), lineFeed = UInt8(ascii: "\n")
        static let carriageReturn = UInt8(ascii: "\r")

        init(bytes: UnsafeBufferPointer<UInt8>, skippingByteOrderMark: Bool) {
            self.bytes = bytes
            let marked = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
            index = skippingByteOrderMark && marked ? 3 : 0
            spans.reserveCapacity(16)
        }

        mutating func run(_ body: (Int, CSVRecord) -> Bool) -> SyntaxError? {
            while index < bytes.count {
                let recordLine = line
                // An empty line (LF or CRLF alone) is skipped.
                if bytes[index] == Self.lineFeed { index += 1; line += 1; continue }
                if bytes[index] == Self.carriageReturn, index + 1 < bytes.count, bytes[index + 1] == Self.lineFeed {
                    index += 2; line += 1; continue
                }
                spans.removeAll(keepingCapacity: true)
                scratch.removeAll(keepingCapacity: true)
                if let reason = readRecord() { return SyntaxError(line: recordLine, reason: reason) }
                let keepGoing = scratch.withUnsafeBufferPointer { scratchBytes in
                    body(recordLine, CSVRecord(bytes: bytes, scratch: scratchBytes, spans: spans, end: index))
                }
                if !keepGoing { return nil }
            }
            return nil
        }

        /// Reads one record's fields into `spans`; the reason when it is not CSV.
        private mutating func readRecord() -> String? {
            while true {
                if index < bytes.count, bytes[index] == Self.quote {
                    if let reason = readQuotedField() { return reason }
                } else if let reason = readPlainField() {
                    return reason
                }
                // After a field: a comma continues the record, a line end or the end of text closes it.
                if index >= bytes.count { return nil }
                if bytes[index] == Self.comma {
                    index += 1
                    if index >= bytes.count {
                        spans.append(CSVRecord.Span(start: 0, count: 0, inScratch: false))
                        return nil
                    }
                } else if bytes[index] == Self.lineFeed {
                    index += 1; line += 1
                    return nil
                } else if bytes[index] == Self.carriageReturn, index + 1 < bytes.count, bytes[index + 1] == Self.lineFeed {
                    index += 2; line += 1
                    return nil
                } else {
                    return "text after a closing quote"
                }
            }
        }

        /// Up to the next comma or line feed; the CR of a CRLF is not data.
        private mutating func readPlainField() -> String? {
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte == Self.comma || byte == Self.lineFeed { break }
                if byte == Self.quote { return "a quote inside an unquoted field" }
                index += 1
            }
            var end = index
            if index < bytes.count, bytes[index] == Self.lineFeed, end > start, bytes[end - 1] == Self.carriageReturn {
                end -= 1
            }
            spans.append(CSVRecord.Span(start: start, count: end - start, inScratch: false))
            return nil
        }

        /// Up to the closing quote; `""` is one quote. Without `""` the field
        /// is viewed in place, else its unescaped bytes go to `scratch`.
        private mutating func readQuotedField() -> String? {
            index += 1
            let start = index
            var escaped = false
            while index < bytes.count {
                let byte = bytes[index]
                if byte == Self.quote {
                    if index + 1 < bytes.count, bytes[index + 1] == Self.quote {
                        escaped = true
                        index += 2
                        continue
                    }
                    break
                }
                if byte == Self.lineFeed { line += 1 }
                index += 1
            }
            guard index < bytes.count else { return "a quoted field is not closed" }
            let end = index
            index += 1 // the closing quote
            guard escaped else {
                spans.append(CSVRecord.Span(start: start, count: end - start, inScratch: false))
                return nil
            }
            let offset = scratch.count
            var at = start
            while at < end {
                scratch.append(bytes[at])
                at += bytes[at] == Self.quote ? 2 : 1
            }
            spans.append(CSVRecord.Span(start: offset, count: scratch.count - offset, inScratch: true))
            return nil
        }
    }
}

/// The fields of one CSV record as UTF-8 byte views, valid only inside the
/// `CSVSplitter.forEachRecord` call that hands it out (the views point into
/// the text and the scanner's scratch buffer; never keep a record).
struct CSVRecord {
    struct Span {
        var start: Int
        var count: Int
        var inScratch: Bool
    }

    fileprivate let bytes: UnsafeBufferPointer<UInt8>
    fileprivate let scratch: UnsafeBufferPointer<UInt8>
    fileprivate let spans: [Span]
    /// The offset just past the record and its line end in the scanned bytes.
    let end: Int

    var count: Int { spans.count }

    /// Field `index` (0-based) as bytes, quotes removed and `""` unescaped.
    subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        let span = spans[index]
        guard span.count > 0 else { return UnsafeBufferPointer(start: nil, count: 0) }
        let base = span.inScratch ? scratch : bytes
        return UnsafeBufferPointer(rebasing: base[span.start..<(span.start + span.count)])
    }
}
