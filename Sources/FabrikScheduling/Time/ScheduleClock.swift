public import FabrikCore

/// Converts between the scheduler's minutes since `asOf` 00:00 and
/// plant-local calendar text. Pure arithmetic; no time zones (the contract's
/// times are plant-local wall clock).
public enum ScheduleClock {
    /// Minute 0 of `day` relative to `asOf` (negative before it).
    @inlinable public static func minutes(atStartOf day: Day, asOf: Day) -> Int64 {
        Int64(day - asOf) * WorkingTimeTable.minutesPerDay
    }

    /// The day that contains minute `t` (>= 0).
    @inlinable public static func day(of t: Int64, asOf: Day) -> Day {
        asOf + Int32(floorDivide(t, WorkingTimeTable.minutesPerDay))
    }

    /// `YYYY-MM-DDTHH:MM` of minute `t`; the end of a day's 24 hours is the
    /// next day's `T00:00`.
    public static func text(_ t: Int64, asOf: Day) -> String {
        String(decoding: bytes(t, asOf: asOf), as: UTF8.self)
    }

    /// The same text as UTF-8 bytes (16 of them).
    public static func bytes(_ t: Int64, asOf: Day) -> [UInt8] {
        var out = Array(day(of: t, asOf: asOf).iso8601.utf8)
        let minuteOfDay = t - floorDivide(t, WorkingTimeTable.minutesPerDay) * WorkingTimeTable.minutesPerDay
        let hour = minuteOfDay / 60, minute = minuteOfDay % 60
        out.append(UInt8(ascii: "T"))
        out.append(UInt8(ascii: "0") + UInt8(hour / 10)); out.append(UInt8(ascii: "0") + UInt8(hour % 10))
        out.append(UInt8(ascii: ":"))
        out.append(UInt8(ascii: "0") + UInt8(minute / 10)); out.append(UInt8(ascii: "0") + UInt8(minute % 10))
        return out
    }

    @usableFromInline static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }
}
