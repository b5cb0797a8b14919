/// A byte-level RFC 4180 reader: comma-separated fields, `"`-quoted fields
/// that may hold commas, line breaks and doubled quotes; LF or CRLF line ends
/// (a lone CR is data); a leading UTF-8 byte order mark is skipped; empty
/// lines are skipped; the last line may lack a line end.
///
/// Quoted fields are unescaped in place (the unescaped text is never longer
/// than the raw text), so a pass allocates nothing per field: one reusable
/// bounds buffer per call. O(bytes), one pass. Invariant: every record handed
/// out carries the physical line it starts on.
public enum CSVReader {
    @usableFromInline static let comma = UInt8(ascii: ",")
    @usableFromInline static let quote = UInt8(ascii: "\"")
    @usableFromInline static let lineFeed = UInt8(ascii: "\n")
    @usableFromInline static let carriageReturn = UInt8(ascii: "\r")

    /// The length of a UTF-8 byte order mark at the start of `bytes` (0 or 3).
    public static func byteOrderMarkLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// Calls `body` with each non-empty record of `bytes`, in order, until it
    /// returns false. `bytes` is rewritten in place (quoted fields unescaped).
    /// Throws at the first malformed quoting; records before it were delivered.
    public static func forEachRecord(in bytes: inout [UInt8], _ body: (CSVRecord) -> Bool) throws(CSVSyntaxError) {
        var bounds: [Int] = []
        bounds.reserveCapacity(64)
        let failure: CSVSyntaxError? = bytes.withUnsafeMutableBufferPointer { buffer in
            scan(buffer, bounds: &bounds, body)
        }
        if let failure { throw failure }
    }

    /// All records of `bytes` with their fields copied to Strings: for tests and small inputs.
    public static func records(of bytes: [UInt8]) throws(CSVSyntaxError) -> [(line: Int, fields: [String])] {
        var copy = bytes
        var result: [(line: Int, fields: [String])] = []
        try forEachRecord(in: &copy) { record in
            result.append((record.line, record.strings))
            return true
        }
        return result
    }

    /// All records of a text (see `records(of:)`).
    public static func records(of text: String) throws(CSVSyntaxError) -> [(line: Int, fields: [String])] {
        try records(of: Array(text.utf8))
    }

    /// The scanning loop; returns the syntax error that stopped it, if any.
    // A hand-written byte loop over the raw buffer: about 3-4 compares per
    // byte and no allocation, so parsing is memory-bound.
    private static func scan(
        _ buffer: UnsafeMutableBufferPointer<UInt8>, bounds: inout [Int], _ body: (CSVRecord) -> Bool
    ) -> CSVSyntaxError? {
        let end = buffer.count
        var i = byteOrderMarkLength(UnsafeBufferPointer(buffer))
        var line = 1
        let readOnly = UnsafeBufferPointer(buffer)
        while i < end {
            // Skip empty lines.
            if buffer[i] == lineFeed { line += 1; i += 1; continue }
            if buffer[i] == carriageReturn, i + 1 < end, buffer[i + 1] == lineFeed { line += 1; i += 2; continue }
            let recordLine = line
            bounds.removeAll(keepingCapacity: true)
            fields: while true {
                if i < end, buffer[i] == quote {
                    // Quoted field, unescaped in place from `start`.
                    let openLine = line
                    i += 1
                    let start = i
                    var write = i
                    while true {
                        guard i < end else { return CSVSyntaxError(line: openLine, kind: .unclosedQuote) }
                        let byte = buffer[i]
                        if byte == quote {
                            if i + 1 < end, buffer[i + 1] == quote {
                                buffer[write] = quote; write += 1; i += 2
                                continue
                            }
                            i += 1
                            break
                        }
                        if byte == lineFeed { line += 1 }
                        buffer[write] = byte; write += 1; i += 1
                    }
                    bounds.append(start); bounds.append(write)
                    if i >= end { break fields }
                    let next = buffer[i]
                    if next == comma { i += 1; continue fields }
                    if next == lineFeed { i += 1; line += 1; break fields }
                    if next == carriageReturn, i + 1 < end, buffer[i + 1] == lineFeed { i += 2; line += 1; break fields }
                    return CSVSyntaxError(line: line, kind: .textAfterClosingQuote)
                }
                // Unquoted field.
                let start = i
                while i < end {
                    let byte = buffer[i]
                    if byte == comma || byte == lineFeed || byte == quote { break }
                    if byte == carriageReturn, i + 1 < end, buffer[i + 1] == lineFeed { break }
                    i += 1
                }
                bounds.append(start); bounds.append(i)
                if i >= end { break fields }
                let stop = buffer[i]
                if stop == comma { i += 1; continue fields }
                if stop == quote { return CSVSyntaxError(line: line, kind: .quoteInUnquotedField) }
                i += stop == lineFeed ? 1 : 2
                line += 1
                break fields
            }
            let keepGoing = bounds.withUnsafeBufferPointer { pairs in
                body(CSVRecord(line: recordLine, base: readOnly, bounds: pairs))
            }
            if !keepGoing { return nil }
        }
        return nil
    }
}
