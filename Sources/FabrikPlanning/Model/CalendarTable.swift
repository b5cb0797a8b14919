import FabrikCore

/// A plant's working calendar flattened over the days planning touches.
///
/// `onOrBefore[i]` is the working day on or before `low + i` (days since the
/// epoch), or `Int32.min` when none lies in the window. Lookups outside the
/// window, or that find nothing in it, fall back to `WorkCalendar`, so the
/// answers are exactly the calendar's, including its 3,650-day limit.
/// Building costs one `isWorkingDay` per window day; a lookup is O(1).
/// Replaced per-call `WorkCalendar.workingDay(onOrBefore:)` (weekday
/// arithmetic + holiday binary search) in the hot loop of make nodes.
struct CalendarTable: Sendable {
    let calendar: WorkCalendar
    let low: Int32
    let onOrBefore: [Int32]

    /// Days kept before `asOf`: lead-time stepping rarely reaches further.
    static let daysBeforeAsOf: Int32 = 1_000

    init(calendar: WorkCalendar, asOf: Day, horizonEnd: Day) {
        self.calendar = calendar
        low = asOf.daysSinceEpoch - CalendarTable.daysBeforeAsOf
        let count = Int(horizonEnd.daysSinceEpoch - low + 1)
        var table = [Int32](repeating: Int32.min, count: count)
        var last = Int32.min
        for i in 0..<count {
            let day = low + Int32(i)
            if calendar.isWorkingDay(Day(daysSinceEpoch: day)) { last = day }
            table[i] = last
        }
        onOrBefore = table
    }

    /// The working day on or before `day`, nil when none lies within 3,650 days.
    @inline(__always) func workingDay(onOrBefore day: Int32) -> Int32? {
        let i = Int(day - low)
        if i >= 0 && i < onOrBefore.count {
            let found = onOrBefore[i]
            if found != Int32.min && day - found <= WorkCalendar.searchDaysMax { return found }
        }
        return calendar.workingDay(onOrBefore: Day(daysSinceEpoch: day))?.daysSinceEpoch
    }

    /// planning.md's release stepping: `workingDays` steps, each to the
    /// nearest working day strictly before. Nil when the calendar runs dry.
    func stepBack(from due: Int32, workingDays: Int32) -> Int32? {
        var day = due
        var remaining = workingDays
        while remaining > 0 {
            // WorkCalendar.workingDay(before:) looks at day-1 ... day-3650.
            guard let previous = workingDay(onOrBefore: day - 1), day - previous <= WorkCalendar.searchDaysMax
            else { return nil }
            day = previous
            remaining -= 1
        }
        return day
    }
}
