import FabrikCore
import FabrikScheduling
import Testing

@Suite("Working time over plant calendars")
struct WorkingTimeTableTests {
    let weekdaysWithHoliday = WorkingTimeTable(
        calendar: WorkCalendar(workdays: ShopFixture.weekdays, holidays: [Day(year: 2026, month: 1, day: 13)!]),
        asOf: ShopFixture.monday)

    @Test("an 8-hour day ends at 08:00 and the next start is 00:00 of the next working day")
    func dayBoundary() {
        let t = weekdaysWithHoliday
        #expect(t.advance(0, duration: 480, capacity: 480) == minute(day: 0, 8))
        #expect(t.earliestStart(minute(day: 0, 8), capacity: 480) == minute(day: 1, 0))
        #expect(t.earliestStart(minute(day: 0, 7, 59), capacity: 480) == minute(day: 0, 7, 59))
    }

    @Test("work stops at Friday's capacity and continues on Monday; a holiday Tuesday is skipped")
    func weekendAndHoliday() {
        let t = weekdaysWithHoliday
        // Friday 2026-01-09 is day 4; 10 hours at 8 h/day end Monday 2026-01-12 02:00.
        #expect(t.advance(minute(day: 4, 0), duration: 600, capacity: 480) == minute(day: 7, 2))
        // Started Monday 04:00, 12 hours: Mon 4 h, Tue 13 is a holiday, Wed 8 h -> Wed 08:00.
        #expect(t.advance(minute(day: 7, 4), duration: 720, capacity: 480) == minute(day: 9, 8))
        #expect(t.earliestStart(minute(day: 5, 10), capacity: 480) == minute(day: 7, 0))
        #expect(!t.isWorkingDay(8))
        #expect(t.isWorkingDay(9))
    }

    @Test("past the last holiday the weekly pattern continues arithmetically")
    func periodicTail() {
        let t = weekdaysWithHoliday
        // 52 weeks later, Monday is day 364; 5 weeks of 5 days of 8 hours from it end on a Friday 08:00.
        #expect(t.isWorkingDay(364))
        #expect(!t.isWorkingDay(369))
        #expect(t.advance(minute(day: 364, 0), duration: 25 * 480, capacity: 480) == minute(day: 364 + 32, 8))
        #expect(t.workingDaysBefore(364) == 52 * 5 - 1)
    }

    @Test("a 24-hour all-week calendar is continuous time")
    func continuous() {
        let t = WorkingTimeTable(calendar: WorkCalendar(workdays: .allWeek, holidays: []), asOf: ShopFixture.monday)
        #expect(t.advance(minute(day: 0, 23), duration: 120, capacity: 1_440) == minute(day: 1, 1))
        #expect(t.earliestStart(minute(day: 3, 12, 34), capacity: 1_440) == minute(day: 3, 12, 34))
    }

    @Test("working minutes between two times count only capacity windows")
    func workingMinutes() {
        let t = weekdaysWithHoliday
        #expect(t.workingMinutes(from: minute(day: 4, 6), to: minute(day: 7, 3), capacity: 480) == 120 + 180)
    }

    @Test("times render as plant-local YYYY-MM-DDTHH:MM")
    func rendering() {
        #expect(ScheduleClock.text(minute(day: 1, 10, 30), asOf: ShopFixture.monday) == "2026-01-06T10:30")
        #expect(ScheduleClock.text(minute(day: 0, 24), asOf: ShopFixture.monday) == "2026-01-06T00:00")
    }
}

@Suite("Exact minutes from hours")
struct OperationMinutesTests {
    @Test("setup plus quantity times run is rounded up to whole minutes once")
    func roundedUp() throws {
        let q = try Quantity.parse("3").get()
        // 0.5 h + 3 * 0.1111 h = 0.8333 h = 49.998 min -> 50.
        #expect(OperationMinutes.duration(setupHours: try Quantity.parse("0.5").get(), runHoursPerUnit: try Quantity.parse("0.1111").get(), quantity: q) == 50)
        // 1.5 h + 2 * 0.25 h = 2 h exactly = 120.
        #expect(OperationMinutes.duration(setupHours: try Quantity.parse("1.5").get(), runHoursPerUnit: try Quantity.parse("0.25").get(), quantity: .units(2)) == 120)
        // 12.5 units * 0.000001 h = 0.0000125 h = 0.00075 min -> 1.
        #expect(OperationMinutes.duration(setupHours: .zero, runHoursPerUnit: Quantity(rawMicros: 1), quantity: try Quantity.parse("12.5").get()) == 1)
        #expect(OperationMinutes.duration(setupHours: .zero, runHoursPerUnit: .zero, quantity: .units(5)) == 0)
    }

    @Test("capacity hours become whole minutes per day, hours render to 6 decimals")
    func capacityAndHours() throws {
        #expect(OperationMinutes.capacityPerDay(capacityHours: try Quantity.parse("7.5").get()) == 450)
        #expect(OperationMinutes.capacityPerDay(capacityHours: .units(24)) == 1_440)
        #expect(OperationMinutes.hours(minutes: 90).description == "1.5")
        #expect(OperationMinutes.hours(minutes: 10).description == "0.166667")
    }
}
