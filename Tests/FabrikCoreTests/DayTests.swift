import Testing
import FabrikCore

@Suite("Days and working calendars")
struct DayTests {
    func day(_ text: String) -> Day {
        guard let d = Day(iso8601: text) else { Issue.record("bad date \(text)"); return Day(daysSinceEpoch: 0) }
        return d
    }

    @Test("ISO dates round-trip and count days since 1970-01-01")
    func isoRoundTrip() {
        #expect(day("1970-01-01").daysSinceEpoch == 0)
        #expect(day("2026-01-05").daysSinceEpoch == 20_458)
        #expect(day("2024-02-29").iso8601 == "2024-02-29")
        #expect(day("0001-01-01").iso8601 == "0001-01-01")
        #expect(day("9999-12-31").iso8601 == "9999-12-31")
        #expect((day("2026-03-01") - day("2026-02-01")) == 28)
    }

    @Test("refuses dates that do not exist or are not YYYY-MM-DD")
    func refusesBadDates() {
        #expect(Day(iso8601: "2026-02-29") == nil)
        #expect(Day(iso8601: "2026-13-01") == nil)
        #expect(Day(iso8601: "2026-1-05") == nil)
        #expect(Day(iso8601: "2026/01/05") == nil)
        #expect(Day(iso8601: "") == nil)
        #expect(Day(iso8601: "2026-01-05T00") == nil)
    }

    @Test("weekdays follow the calendar")
    func weekdays() {
        #expect(day("1970-01-01").weekday == .thursday)
        #expect(day("2026-01-05").weekday == .monday)
        #expect(day("2026-01-11").weekday == .sunday)
        #expect(day("1969-12-29").weekday == .monday)
    }

    @Test("working-day stepping skips weekends and holidays")
    func stepping() {
        let monToFri = WorkdayMask(bits: 0b0011111)
        let calendar = WorkCalendar(workdays: monToFri, holidays: [day("2026-01-07")]) // Wednesday off
        #expect(calendar.isWorkingDay(day("2026-01-05")))
        #expect(!calendar.isWorkingDay(day("2026-01-07")))
        #expect(!calendar.isWorkingDay(day("2026-01-10")))
        // Saturday -> Friday; holiday Wednesday -> Tuesday.
        #expect(calendar.workingDay(onOrBefore: day("2026-01-10")) == day("2026-01-09"))
        #expect(calendar.workingDay(onOrBefore: day("2026-01-07")) == day("2026-01-06"))
        // Due Monday 01-12, 2 working days back: Fri 01-09, Thu 01-08.
        #expect(calendar.stepBack(from: day("2026-01-12"), workingDays: 2) == day("2026-01-08"))
        // 3 back: over the Wednesday holiday to Tuesday.
        #expect(calendar.stepBack(from: day("2026-01-12"), workingDays: 3) == day("2026-01-06"))
        // A due date on a non-working day steps from that day.
        #expect(calendar.stepBack(from: day("2026-01-11"), workingDays: 1) == day("2026-01-09"))
        #expect(calendar.stepBack(from: day("2026-01-11"), workingDays: 0) == day("2026-01-11"))
        #expect(calendar.stepForward(from: day("2026-01-06"), workingDays: 1) == day("2026-01-08"))
        #expect(WorkdayMask(bits: 0b1010101).description == "Mon,Wed,Fri,Sun")
    }

    @Test("a calendar without working days answers nil instead of looping")
    func emptyCalendar() {
        let none = WorkCalendar(workdays: WorkdayMask(bits: 0), holidays: [])
        #expect(none.workingDay(onOrBefore: day("2026-01-05")) == nil)
        #expect(none.stepBack(from: day("2026-01-05"), workingDays: 1) == nil)
    }
}
