public import FabrikCore

/// A plant's working days from `asOf` on, as a table the scheduler can ask
/// in O(1): "is day d working", "how many working days lie before d", "which
/// day is the k-th working day". Times are minutes since `asOf` 00:00; a
/// machine with capacity C minutes works `[d * 1440, d * 1440 + C)` on each
/// working day d.
///
/// Layout: days `0 ..< explicitDays` (through the plant's last holiday on or
/// after `asOf`) are tabulated; after them the calendar is its weekly
/// pattern alone, so counts and positions are computed arithmetically from
/// a 7-day cycle. The table is therefore bounded by the holiday list, not
/// by the schedule's length, and any minute >= 0 can be asked.
///
///     day:          0   1   2   3   4 | 5   6   7   8   9  10  11 | 12 ...
///     explicit:     W   W   -   -   W | (cycle of 7 from day 5, repeating)
///     workingBefore 0   1   2   2   2   3
///
/// Invariant: the weekly pattern has at least one working day (the
/// problem's validation refuses a plant used by a work center without one).
/// Memory O(days through the last holiday).
public struct WorkingTimeTable: Sendable {
    public static let minutesPerDay: Int64 = 1_440

    /// Working days in `0 ..< d` for `d` in `0 ... explicitDays`.
    @usableFromInline var workingBefore: [Int32]
    /// The day offsets of the working days among `0 ..< explicitDays`.
    @usableFromInline var workingDayList: [Int32]
    @usableFromInline var explicitDays: Int64
    /// Working days in the cycle positions before `j` (8 entries), from `explicitDays` on.
    @usableFromInline var cyclePrefix: [Int64]
    /// Cycle position of the r-th working day of a week (`cycleCount` entries).
    @usableFromInline var cycleDay: [Int64]
    @usableFromInline var cycleCount: Int64

    /// Tabulates `calendar` from `asOf`. Cost O(days through the last holiday).
    public init(calendar: WorkCalendar, asOf: Day) {
        var last: Int64 = 0
        if let lastHoliday = calendar.holidays.last, asOf <= lastHoliday { last = Int64(lastHoliday - asOf) + 1 }
        explicitDays = last
        var before: [Int32] = [0]
        var list: [Int32] = []
        before.reserveCapacity(Int(last) + 1)
        var count: Int32 = 0
        for d in 0..<last {
            if calendar.isWorkingDay(asOf + Int32(d)) { list.append(Int32(d)); count += 1 }
            before.append(count)
        }
        workingBefore = before
        workingDayList = list
        var prefix: [Int64] = [0]
        var days: [Int64] = []
        for j in 0..<7 {
            let working = calendar.workdays.contains((asOf + Int32(last + Int64(j))).weekday)
            if working { days.append(Int64(j)) }
            prefix.append(Int64(days.count))
        }
        cyclePrefix = prefix
        cycleDay = days
        cycleCount = Int64(days.count)
    }

    /// True when day `d` (>= 0) is a working day.
    @inlinable public func isWorkingDay(_ d: Int64) -> Bool {
        workingDaysBefore(d + 1) > workingDaysBefore(d)
    }

    /// The number of working days in `0 ..< d` (d >= 0).
    @inlinable public func workingDaysBefore(_ d: Int64) -> Int64 {
        if d <= explicitDays { return Int64(workingBefore[Int(d)]) }
        let offset = d - explicitDays
        return Int64(workingDayList.count) + (offset / 7) * cycleCount + cyclePrefix[Int(offset % 7)]
    }

    /// The day offset of the k-th working day (0-based) from `asOf`.
    @inlinable public func workingDay(at k: Int64) -> Int64 {
        let explicitCount = Int64(workingDayList.count)
        if k < explicitCount { return Int64(workingDayList[Int(k)]) }
        precondition(cycleCount > 0, "a plant without working weekdays is refused by the problem's validation")
        let rest = k - explicitCount
        return explicitDays + (rest / cycleCount) * 7 + cycleDay[Int(rest % cycleCount)]
    }

    /// The earliest minute >= `t` (t >= 0) at which a machine of capacity
    /// `capacity` minutes per day is working.
    @inlinable public func earliestStart(_ t: Int64, capacity: Int64) -> Int64 {
        let d = t / WorkingTimeTable.minutesPerDay
        let before = workingDaysBefore(d)
        if workingDaysBefore(d + 1) > before && t - d * WorkingTimeTable.minutesPerDay < capacity { return t }
        return workingDay(at: workingDaysBefore(d + 1)) * WorkingTimeTable.minutesPerDay
    }

    /// The end of `duration` working minutes started at `start`, which must
    /// be a working minute (an `earliestStart` result); 0 minutes end at
    /// `start`. The work stops at the end of each day's capacity and goes on
    /// at 00:00 of the next working day.
    @inlinable public func advance(_ start: Int64, duration: Int64, capacity: Int64) -> Int64 {
        if duration <= 0 { return start }
        let d = start / WorkingTimeTable.minutesPerDay
        let target = workingDaysBefore(d) * capacity + (start - d * WorkingTimeTable.minutesPerDay) + duration
        let k = (target - 1) / capacity
        return workingDay(at: k) * WorkingTimeTable.minutesPerDay + (target - k * capacity)
    }

    /// Working minutes of a machine of `capacity` in `[start, end)`.
    @inlinable public func workingMinutes(from start: Int64, to end: Int64, capacity: Int64) -> Int64 {
        position(end, capacity: capacity) - position(start, capacity: capacity)
    }

    /// Working minutes elapsed before `t` since `asOf` 00:00.
    @inlinable func position(_ t: Int64, capacity: Int64) -> Int64 {
        let d = t / WorkingTimeTable.minutesPerDay
        let before = workingDaysBefore(d)
        let today = workingDaysBefore(d + 1) > before ? min(t - d * WorkingTimeTable.minutesPerDay, capacity) : 0
        return before * capacity + today
    }
}
