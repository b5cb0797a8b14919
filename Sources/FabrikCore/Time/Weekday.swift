/// A day of the week, Monday = 0 ... Sunday = 6 (ISO order).
public enum Weekday: UInt8, CaseIterable, Sendable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    /// The dataset's three-letter names, `Mon` ... `Sun`.
    public var shortName: String { Weekday.shortNames[Int(rawValue)] }
    public static let shortNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    public init?(shortName: Substring) {
        guard let i = Weekday.shortNames.firstIndex(where: { $0 == shortName }) else { return nil }
        self.init(rawValue: UInt8(i))
    }
}

/// A set of weekdays as a 7-bit mask (bit 0 = Monday). Invariant: bits 7 are clear.
public struct WorkdayMask: Hashable, Sendable, CustomStringConvertible {
    public var bits: UInt8
    public static let allWeek = WorkdayMask(bits: 0x7F)
    public init(bits: UInt8) { self.bits = bits & 0x7F }
    public func contains(_ weekday: Weekday) -> Bool { bits & (1 << weekday.rawValue) != 0 }
    public var isEmpty: Bool { bits == 0 }
    /// `Mon,Tue,...` in week order.
    public var description: String {
        Weekday.allCases.filter(contains).map(\.shortName).joined(separator: ",")
    }
}
