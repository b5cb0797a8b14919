/// A plant's working calendar: working weekdays minus holidays.
///
/// Invariant: `holidays` is sorted ascending without duplicates. Lookups are
/// O(log holidays); stepping is O(days stepped), bounded by
/// `WorkCalendar.searchDaysMax` (the contract's 3,650-day limit).
public struct WorkCalendar: Hashable, Sendable {
    public var workdays: WorkdayMask
    public var holidays: [Day]

    /// The contract: no working day within this many days of a needed date is an error.
    public static let searchDaysMax: Int32 = 3_650

    public init(workdays: WorkdayMask, holidays: [Day]) {
        self.workdays = workdays
        self.holidays = Array(Set(holidays)).sorted()
    }

    public func isWorkingDay(_ day: Day) -> Bool {
        guard workdays.contains(day.weekday) else { return false }
        return !isHoliday(day)
    }

    public func isHoliday(_ day: Day) -> Bool {
        var low = 0, high = holidays.count
        while low < high {
            let mid = (low + high) / 2
            if holidays[mid] < day { low = mid + 1 } else { high = mid }
        }
        return low < holidays.count && holidays[low] == day
    }

    /// The working day on or before `day`, or nil when none lies within
    /// `searchDaysMax` days.
    public func workingDay(onOrBefore day: Day) -> Day? {
        var candidate = day
        for _ in 0...WorkCalendar.searchDaysMax {
            if isWorkingDay(candidate) { return candidate }
            candidate = candidate - 1
        }
        return nil
    }

    /// The nearest working day strictly before `day`, or nil (see `searchDaysMax`).
    public func workingDay(before day: Day) -> Day? {
        var candidate = day - 1
        for _ in 0..<WorkCalendar.searchDaysMax {
            if isWorkingDay(candidate) { return candidate }
            candidate = candidate - 1
        }
        return nil
    }

    /// planning.md's release date for make nodes: `due` for 0, else step back one
    /// working day at a time (each to the nearest working day strictly before),
    /// `workingDays` times. Nil when the calendar runs dry.
    public func stepBack(from due: Day, workingDays: Int32) -> Day? {
        var day = due
        var remaining = workingDays
        while remaining > 0 {
            guard let previous = workingDay(before: day) else { return nil }
            day = previous
            remaining -= 1
        }
        return day
    }

    /// The working day on or after `day`, or nil (see `searchDaysMax`).
    public func workingDay(onOrAfter day: Day) -> Day? {
        var candidate = day
        for _ in 0...WorkCalendar.searchDaysMax {
            if isWorkingDay(candidate) { return candidate }
            candidate = candidate + 1
        }
        return nil
    }

    /// Steps forward `workingDays` working days from `start` (each to the
    /// nearest working day strictly after). Nil when the calendar runs dry.
    public func stepForward(from start: Day, workingDays: Int32) -> Day? {
        var day = start
        var remaining = workingDays
        while remaining > 0 {
            var candidate = day + 1
            var found = false
            for _ in 0..<WorkCalendar.searchDaysMax {
                if isWorkingDay(candidate) { found = true; break }
                candidate = candidate + 1
            }
            guard found else { return nil }
            day = candidate
            remaining -= 1
        }
        return day
    }
}
