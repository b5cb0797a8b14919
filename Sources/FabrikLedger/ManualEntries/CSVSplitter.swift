/// A minimal RFC 4180 record splitter for the manual entry file, so that
/// FabrikLedger needs nothing but FabrikCore: comma-separated fields,
/// `"`-quoted fields holding commas, doubled quotes and line breaks; LF or
/// CRLF line ends (a lone CR is data); a leading UTF-8 byte order mark is
/// skipped; empty lines are skipped; the last line may lack its line end.
/// Each record carries the physical line it starts on (1-based).
///
/// The CLI may drive `ManualEntryFileBuilder` from FabrikDataset's
/// `CSVReader` instead; both follow the same dialect. O(bytes), one pass.
enum CSVSplitter {
    /// Why the text is not CSV, at the record's first line.
    struct SyntaxError: Error, Equatable {
        var line: Int
        var reason: String
    }

    /// Calls `body(line, fields)` for each non-empty record, in order.
    static func forEachRecord(in text: String, _ body: (Int, [String]) -> Void) -> SyntaxError? {
        var text = text
        return text.withUTF8 { bytes in scan(bytes, body) }
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, [String]) -> Void) -> SyntaxError? {
        let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        var index = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        var line = 1
        var fields: [String] = []
        var scratch: [UInt8] = []
        while index < bytes.count {
            let recordLine = line
            // An empty line (LF or CRLF alone) is skipped.
            if bytes[index] == lineFeed { index += 1; line += 1; continue }
            if bytes[index] == carriageReturn, index + 1 < bytes.count, bytes[index + 1] == lineFeed {
                index += 2; line += 1; continue
            }
            fields.removeAll(keepingCapacity: true)
            var recordEnded = false
            while !recordEnded {
                if index < bytes.count, bytes[index] == quote {
                    // Quoted field: up to the closing quote; "" is one quote.
                    index += 1
                    scratch.removeAll(keepingCapacity: true)
                    var closed = false
                    while index < bytes.count {
                        let byte = bytes[index]
                        if byte == quote {
                            if index + 1 < bytes.count, bytes[index + 1] == quote {
                                scratch.append(quote); index += 2; continue
                            }
                            index += 1; closed = true; break
                        }
                        if byte == lineFeed { line += 1 }
                        scratch.append(byte); index += 1
                    }
                    guard closed else { return SyntaxError(line: recordLine, reason: "a quoted field is not closed") }
                    fields.append(String(decoding: scratch, as: UTF8.self))
                } else {
                    let start = index
                    while index < bytes.count, bytes[index] != comma, bytes[index] != lineFeed {
                        if bytes[index] == quote {
                            return SyntaxError(line: recordLine, reason: "a quote inside an unquoted field")
                        }
                        index += 1
                    }
                    var end = index
                    if index < bytes.count, bytes[index] == lineFeed, end > start, bytes[end - 1] == carriageReturn {
                        end -= 1 // the CR of a CRLF line end
                    }
                    fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                }
                // After a field: a comma continues the record, a line end or the end of text closes it.
                if index >= bytes.count {
                    recordEnded = true
                } else if bytes[index] == comma {
                    index += 1
                    if index >= bytes.count { fields.append(""); recordEnded = true }
                } else if bytes[index] == lineFeed {
                    index += 1; line += 1; recordEnded = true
                } else if bytes[index] == carriageReturn, index + 1 < bytes.count, bytes[index + 1] == lineFeed {
                    index += 2; line += 1; recordEnded = true
                } else {
                    return SyntaxError(line: recordLine, reason: "text after a closing quote")
                }
            }
            body(recordLine, fields)
        }
        return nil
    }
}
