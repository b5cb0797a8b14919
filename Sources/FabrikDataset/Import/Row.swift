import FabrikCore

/// A cell of an optional column: blank (absent or empty), a value, or invalid
/// (already reported).
enum Cell<Value> {
    case blank
    case value(Value)
    case invalid

    var value: Value? { if case .value(let v) = self { return v } else { return nil } }
    var isInvalid: Bool { if case .invalid = self { return true } else { return false } }
    /// The value, the default when blank, nil when invalid.
    func or(_ fallback: Value) -> Value? {
        switch self {
        case .blank: return fallback
        case .value(let v): return v
        case .invalid: return nil
        }
    }
}

/// One data row of a dataset file, read through its column enum. Every
/// accessor reports what is wrong with the cell to the log, located at this
/// row's line and the column's name, and returns nil (or `.invalid`).
///
/// Invariant: valid only inside the scan callback (it borrows the parse buffer).
struct Row<Column: DatasetColumn> {
    let record: CSVRecord
    /// Field index of each schema column, -1 when the header lacks it.
    let fieldOfColumn: [Int]
    let log: ProblemLog

    var line: Int { record.line }

    func report(_ column: Column?, _ reason: String) {
        log.report(file: Column.file, line: record.line, column: column?.name, reason)
    }

    func bytes(_ column: Column) -> UnsafeBufferPointer<UInt8> {
        let field = fieldOfColumn[column.rawValue]
        return field < 0 ? UnsafeBufferPointer(start: nil, count: 0) : record[field]
    }

    func isBlank(_ column: Column) -> Bool { bytes(column).isEmpty }

    /// The cell as text, `fallback` when blank.
    func text(_ column: Column, default fallback: String = "") -> String {
        let raw = bytes(column)
        return raw.isEmpty ? fallback : CellParsers.text(raw)
    }

    /// Parses a cell; a blank required cell is reported and invalid.
    func cell<Value>(_ column: Column, _ parse: (UnsafeBufferPointer<UInt8>) -> Result<Value, CellError>) -> Cell<Value> {
        let raw = bytes(column)
        if raw.isEmpty {
            if Column.schema[column.rawValue].isRequired {
                report(column, "a value is required")
                return .invalid
            }
            return .blank
        }
        switch parse(raw) {
        case .success(let value): return .value(value)
        case .failure(let error):
            report(column, error.reason)
            return .invalid
        }
    }

    /// A required cell's value, nil when blank or invalid (both reported).
    func required<Value>(_ column: Column, _ parse: (UnsafeBufferPointer<UInt8>) -> Result<Value, CellError>) -> Value? {
        cell(column, parse).value
    }

    /// An optional cell's value or `fallback` when blank; nil when invalid.
    func optional<Value>(_ column: Column, default fallback: Value, _ parse: (UnsafeBufferPointer<UInt8>) -> Result<Value, CellError>) -> Value? {
        cell(column, parse).or(fallback)
    }

    func id(_ column: Column) -> String? { required(column, CellParsers.id) }
    func optionalId(_ column: Column) -> Cell<String> { cell(column, CellParsers.id) }

    /// Reports when `quantity` needs more fractional digits than `decimals` of `itemId`.
    @discardableResult
    func checkDecimals(_ column: Column, _ quantity: Quantity, itemId: String, decimals: Int?) -> Bool {
        guard let decimals, quantity.fractionDigits > decimals else { return true }
        report(column, "\(quoted(CellParsers.text(bytes(column)))) has more decimals than item \(quoted(itemId)) allows (\(decimals))")
        return false
    }
}

/// Reads files of the dataset through their column enums: checks the text is
/// UTF-8, the header (unknown, repeated and missing required columns) and the
/// field count of each record, then hands each good row to the body.
enum TableScan {
    /// Scans `bytes` as file `Column.file`. Returns false when the file could
    /// not be read as a whole (bad text, header or quoting): its rows are then
    /// incomplete and references to it should not be reported as unknown.
    static func scan<Column: DatasetColumn>(
        _ bytes: inout [UInt8], as _: Column.Type, log: ProblemLog, _ body: (Row<Column>) -> Void
    ) -> Bool {
        let file = Column.file
        let invalidOffset = bytes.withUnsafeBufferPointer { UTF8Check.firstInvalidOffset($0) }
        if let invalidOffset {
            let line = bytes.withUnsafeBufferPointer { UTF8Check.line(ofOffset: invalidOffset, in: $0) }
            log.report(file: file, line: line, "the text is not valid UTF-8")
            return false
        }
        var fieldOfColumn: [Int]? = nil
        var headerCount = 0
        var complete = true
        do {
            try CSVReader.forEachRecord(in: &bytes) { record in
                guard let map = fieldOfColumn else {
                    headerCount = record.count
                    fieldOfColumn = header(record, as: Column.self, log: log)
                    if fieldOfColumn == nil { complete = false }
                    return fieldOfColumn != nil
                }
                if record.count != headerCount {
                    log.report(file: file, line: record.line, "the row has \(record.count) fields but the header has \(headerCount)")
                } else {
                    body(Row<Column>(record: record, fieldOfColumn: map, log: log))
                }
                if log.isFull(file) { complete = false; return false }
                return true
            }
        } catch {
            log.report(file: file, line: error.line, error.reason)
            return false
        }
        if fieldOfColumn == nil, complete {
            log.report(file: file, "the file has no header row")
            return false
        }
        return complete
    }

    /// Maps the header's names to schema columns; nil (problems reported) when it is unusable.
    private static func header<Column: DatasetColumn>(_ record: CSVRecord, as _: Column.Type, log: ProblemLog) -> [Int]? {
        let schema = Column.schema
        let names = schema.map { Array($0.name.utf8) }
        var map = [Int](repeating: -1, count: schema.count)
        var good = true
        for field in 0..<record.count {
            let name = record[field]
            guard let column = names.firstIndex(where: { $0.elementsEqual(name) }) else {
                let text = record.string(field)
                if text.isEmpty {
                    log.report(file: Column.file, line: record.line, "column \(field + 1) of the header has no name")
                } else {
                    log.report(file: Column.file, line: record.line, column: text, "unknown column")
                }
                good = false
                continue
            }
            if map[column] >= 0 {
                log.report(file: Column.file, line: record.line, column: schema[column].name, "the column is named twice")
                good = false
            }
            map[column] = field
        }
        for (column, spec) in schema.enumerated() where spec.isRequired && map[column] < 0 {
            log.report(file: Column.file, line: record.line, column: spec.name, "required column is missing")
            good = false
        }
        return good ? map : nil
    }
}
