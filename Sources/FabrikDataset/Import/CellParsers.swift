import FabrikCore

/// Why a cell's text was refused: the sentence after `column: `.
struct CellError: Error {
    let reason: String
}

/// Pure parsers from a cell's bytes to typed values, each failing with the
/// contract's reason quoting the text. No allocation on success beyond the
/// String a value keeps.
enum CellParsers {
    /// The largest count or day number accepted (fits Int32 with room for date arithmetic).
    static let countMax: Int64 = 1_000_000_000

    static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    static func id(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<String, CellError> {
        if let reason = IdRules.violation(bytes) {
            return .failure(CellError(reason: "\(quoted(text(bytes))) is not a valid id: \(reason)"))
        }
        return .success(text(bytes))
    }

    /// A deal or open order id: a valid id that is not reserved.
    static func unreservedId(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<String, CellError> {
        id(bytes).flatMap { value in
            if let reason = IdRules.reservation(bytes) {
                return .failure(CellError(reason: "\(quoted(value)) is reserved: \(reason)"))
            }
            return .success(value)
        }
    }

    /// A decimal quantity >= 0 (> 0 when `positive`), at most 6 fractional digits.
    static func quantity(_ bytes: UnsafeBufferPointer<UInt8>, positive: Bool = false) -> Result<Quantity, CellError> {
        let parsed = decimal(bytes)
        if case .success(let quantity) = parsed, !positive || quantity.isPositive { return .success(quantity) }
        let value = text(bytes)
        switch parsed {
        case .failure(.tooManyFractionDigits):
            return .failure(CellError(reason: "\(quoted(value)) has more than 6 decimals"))
        case .failure(.outOfRange):
            return .failure(CellError(reason: "\(quoted(value)) is too large"))
        case .failure(.notADecimal):
            return .failure(CellError(reason: "\(quoted(value)) is not a decimal number"))
        case .success(let quantity):
            if positive, !quantity.isPositive {
                return .failure(CellError(reason: "\(quoted(value)) must be greater than 0"))
            }
            return .success(quantity)
        }
    }

    /// A whole number in `range`; `10.00` counts as 10.
    static func whole(_ bytes: UnsafeBufferPointer<UInt8>, in range: ClosedRange<Int64>) -> Result<Int64, CellError> {
        if case .success(let quantity) = decimal(bytes), let units = quantity.wholeUnits, range.contains(units) {
            return .success(units)
        }
        let value = text(bytes)
        return .failure(CellError(reason: "\(quoted(value)) is not a whole number from \(range.lowerBound) to \(range.upperBound)"))
    }

    static func money(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Money, CellError> {
        if case .success(let quantity) = decimal(bytes), quantity.fractionDigits <= 4 {
            return .success(Money(rawTenThousandths: quantity.rawMicros / 100))
        }
        let value = text(bytes)
        switch Money.parse(value) {
        case .success(let money): return .success(money)
        case .failure(.tooManyFractionDigits):
            return .failure(CellError(reason: "\(quoted(value)) has more than 4 decimals"))
        case .failure(.outOfRange):
            return .failure(CellError(reason: "\(quoted(value)) is too large"))
        case .failure(.notADecimal):
            return .failure(CellError(reason: "\(quoted(value)) is not a decimal number"))
        }
    }

    static func day(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Day, CellError> {
        guard let day = isoDay(bytes) else {
            return .failure(CellError(reason: "\(quoted(text(bytes))) is not a date written YYYY-MM-DD"))
        }
        return .success(day)
    }

    /// `YYYY-MM-DD` of an existing date, read from bytes (`Day(iso8601:)` semantics without its allocation).
    static func isoDay(_ bytes: UnsafeBufferPointer<UInt8>) -> Day? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                let digit = Int(bytes[i]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// A decimal from bytes: a fast path for `digits[.digits]` with at most
    /// 12 whole and 6 fractional digits (nearly every cell), else `Quantity.parse`.
    // The fast path avoids a String per cell and the unspecialised generic
    // `Quantity.parse` (~8 % of a 1.27M-row read in release).
    static func decimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Quantity, Quantity.ParseFailure> {
        let count = bytes.count
        var i = 0
        var whole: Int64 = 0
        while i < count, i < 12 {
            let digit = Int64(bytes[i]) - 48
            guard (0...9).contains(digit) else { break }
            whole = whole * 10 + digit
            i += 1
        }
        if i > 0 {
            if i == count { return .success(Quantity(rawMicros: whole * Quantity.scale)) }
            if bytes[i] == UInt8(ascii: "."), count - i - 1 >= 1, count - i - 1 <= 6 {
                var fraction: Int64 = 0
                var scale = Quantity.scale
                var k = i + 1
                while k < count {
                    let digit = Int64(bytes[k]) - 48
                    guard (0...9).contains(digit) else { break }
                    fraction = fraction * 10 + digit
                    scale /= 10
                    k += 1
                }
                if k == count { return .success(Quantity(rawMicros: whole * Quantity.scale + fraction * scale)) }
            }
        }
        return Quantity.parse(text(bytes))
    }

    /// scrap_pct: 0-100 with at most 2 decimals, as basis points (2.5 -> 250).
    static func scrapBasisPoints(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Int32, CellError> {
        if case .success(let quantity) = decimal(bytes), quantity.fractionDigits <= 2, quantity <= .units(100) {
            return .success(Int32(quantity.rawMicros / 10_000))
        }
        let value = text(bytes)
        return .failure(CellError(reason: "\(quoted(value)) is not a percentage from 0 to 100 with at most 2 decimals"))
    }

    /// capacity_hours: > 0 and at most 24.
    static func capacityHours(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Quantity, CellError> {
        if case .success(let quantity) = decimal(bytes), quantity.isPositive, quantity <= .units(24) {
            return .success(quantity)
        }
        let value = text(bytes)
        return .failure(CellError(reason: "\(quoted(value)) is not a number of hours above 0 and at most 24"))
    }

    /// workdays: distinct names of Mon..Sun joined by commas, no spaces.
    static func workdays(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<WorkdayMask, CellError> {
        let value = text(bytes)
        var bits: UInt8 = 0
        for name in value.split(separator: ",", omittingEmptySubsequences: false) {
            guard let weekday = Weekday(shortName: name), bits & (1 << weekday.rawValue) == 0 else {
                return .failure(CellError(reason: "\(quoted(value)) is not a list of distinct day names from Mon,Tue,Wed,Thu,Fri,Sat,Sun separated by commas without spaces"))
            }
            bits |= 1 << weekday.rawValue
        }
        return .success(WorkdayMask(bits: bits))
    }
}

/// The accepted spellings of an enum column, compared byte for byte.
/// Invariant: names are distinct.
struct TokenTable<Value: Sendable>: Sendable {
    let entries: [(bytes: [UInt8], value: Value)]
    /// `lfl, fixed or poq`, for messages.
    let expected: String

    init(_ pairs: [(String, Value)]) {
        entries = pairs.map { (Array($0.0.utf8), $0.1) }
        let names = pairs.map(\.0)
        expected = names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
    }

    func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Value, CellError> {
        for entry in entries where entry.bytes.elementsEqual(bytes) { return .success(entry.value) }
        return .failure(CellError(reason: "\(quoted(CellParsers.text(bytes))) is not one of \(expected)"))
    }
}

enum Tokens {
    static let procurement = TokenTable(Procurement.allCases.map { ($0.name, $0) })
    static let lotRule = TokenTable(LotRule.allCases.map { ($0.name, $0) })
    static let orderType = TokenTable(OrderType.allCases.map { ($0.name, $0) })
    static let dealStage = TokenTable(DealStage.allCases.map { ($0.name, $0) })
    static let accountType = TokenTable(AccountType.allCases.map { ($0.name, $0) })
    static let accountRole = TokenTable(AccountRole.allCases.map { ($0.name, $0) })
    static let yesNo = TokenTable([("yes", true), ("no", false)])
}
