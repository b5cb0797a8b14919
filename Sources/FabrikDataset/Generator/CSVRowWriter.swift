import FabrikCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes one CSV file row by row through a 64 KiB buffer, formatting
/// numbers and dates straight into bytes (no `String` per field).
///
/// Invariant: `buffer` never exceeds `flushThreshold` plus one row between
/// calls; `rowCount` counts finished data rows (not the header). The writer
/// does not quote: callers only write fields without commas, quotes or line
/// breaks (the generator's ids and names are built that way).
struct CSVRowWriter {
    private var file: UnsafeMutablePointer<FILE>
    private var buffer: [UInt8] = []
    private var fieldCount = 0
    private let path: String
    private(set) var rowCount = 0
    private static let flushThreshold = 1 << 16

    /// Opens (truncating) `path` and writes the header row.
    init(path: String, header: [String]) throws(GeneratorError) {
        guard let handle = fopen(path, "wb") else { throw GeneratorError.cannotWrite(path: path, errno: errno) }
        self.file = handle
        self.path = path
        buffer.reserveCapacity(CSVRowWriter.flushThreshold + 4096)
        for name in header { field(name) }
        buffer.append(UInt8(ascii: "\n"))
        fieldCount = 0
    }

    // MARK: Fields

    private mutating func separator() {
        if fieldCount > 0 { buffer.append(UInt8(ascii: ",")) }
        fieldCount += 1
    }

    /// A text field, written as is.
    mutating func field(_ text: String) {
        separator()
        buffer.append(contentsOf: text.utf8)
    }

    /// A blank field.
    mutating func blank() { separator() }

    /// `prefix` followed by `number` zero-padded to `width` digits (`I000042`).
    mutating func id(_ prefix: StaticString, _ number: Int, width: Int) {
        separator()
        prefix.withUTF8Buffer { buffer.append(contentsOf: $0) }
        appendDigits(UInt64(number), width: width)
    }

    /// A whole number.
    mutating func int(_ value: Int) {
        separator()
        if value < 0 { buffer.append(UInt8(ascii: "-")) }
        appendDigits(UInt64(value.magnitude), width: 1)
    }

    /// A fixed-point value `raw / 10^scaleDigits` in plain notation without
    /// trailing zeros: the exact text of `Quantity` and `Money` descriptions.
    mutating func fixed(_ raw: Int64, scaleDigits: Int) {
        separator()
        if raw < 0 { buffer.append(UInt8(ascii: "-")) }
        var divisor: UInt64 = 1
        for _ in 0..<scaleDigits { divisor *= 10 }
        let magnitude = raw.magnitude
        appendDigits(magnitude / divisor, width: 1)
        var fraction = magnitude % divisor
        guard fraction != 0 else { return }
        var digits = scaleDigits
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        buffer.append(UInt8(ascii: "."))
        appendDigits(fraction, width: digits)
    }

    /// An ISO 8601 day, `YYYY-MM-DD`.
    mutating func day(_ day: Day) {
        separator()
        let (year, month, dayOfMonth) = day.civil
        appendDigits(UInt64(year), width: 4)
        buffer.append(UInt8(ascii: "-"))
        appendDigits(UInt64(month), width: 2)
        buffer.append(UInt8(ascii: "-"))
        appendDigits(UInt64(dayOfMonth), width: 2)
    }

    /// Ends the row; flushes the buffer when it is full.
    mutating func endRow() throws(GeneratorError) {
        buffer.append(UInt8(ascii: "\n"))
        fieldCount = 0
        rowCount += 1
        if buffer.count >= CSVRowWriter.flushThreshold { try flush() }
    }

    /// Writes what is buffered and closes the file.
    mutating func close() throws(GeneratorError) {
        try flush()
        if fclose(file) != 0 { throw GeneratorError.cannotWrite(path: path, errno: errno) }
    }

    private mutating func flush() throws(GeneratorError) {
        guard !buffer.isEmpty else { return }
        let written = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        guard written == buffer.count else {
            fclose(file)
            throw GeneratorError.cannotWrite(path: path, errno: errno)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Appends `value` in decimal, left-padded with zeros to `width` digits.
    private mutating func appendDigits(_ value: UInt64, width: Int) {
        var digitCount = 1
        var divisor: UInt64 = 1
        while digitCount < 20, value / divisor >= 10 {
            divisor *= 10
            digitCount += 1
        }
        var padding = width - digitCount
        while padding > 0 {
            buffer.append(UInt8(ascii: "0"))
            padding -= 1
        }
        var rest = value
        while divisor > 0 {
            buffer.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}

extension CSVRowWriter {
    /// A field in double quotes (for values with commas); `text` must not contain quotes.
    mutating func quoted(_ text: String) {
        field("\"" + text + "\"")
    }
}
