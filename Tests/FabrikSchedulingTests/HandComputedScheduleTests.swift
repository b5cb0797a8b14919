import FabrikCore
import FabrikScheduling
import Testing

@Suite("Hand-computed schedules")
struct HandComputedScheduleTests {
    @Test("one machine runs the earlier due date first")
    func earliestDueDateFirst() throws {
        var shop = ShopFixture()
        shop.plants = [("P1", WorkCalendar(workdays: ShopFixture.weekdays, holidays: []))]
        let wc = shop.workCenter("WC-1", hoursPerDay: 8)
        shop.order("MO-1", dueDay: 4, operations: [(wc, 240)])
        shop.order("MO-2", dueDay: 0, operations: [(wc, 240)])
        let s = try shop.schedule()
        #expect(s.firstViolation(shop.problem) == nil)
        #expect(s.operationStartMinutes == [minute(day: 0, 4), minute(day: 0, 0)])
        #expect(s.operationEndMinutes == [minute(day: 0, 8), minute(day: 0, 4)])
        #expect(s.orderTardinessMinutes == [0, 0])
        #expect(s.statistics.makespanHours == .units(8))
    }

    @Test("an operation spanning a weekend and a holiday continues at 00:00 of the next working day")
    func spansWeekendAndHoliday() throws {
        var shop = ShopFixture()
        shop.asOf = Day(year: 2026, month: 1, day: 9)! // a Friday
        shop.plants = [("P1", WorkCalendar(workdays: ShopFixture.weekdays, holidays: [Day(year: 2026, month: 1, day: 12)!]))]
        let wc = shop.workCenter("WC-1", hoursPerDay: 8)
        shop.order("MO-1", dueDay: 10, operations: [(wc, 600)])
        let s = try shop.schedule()
        #expect(s.firstViolation(shop.problem) == nil)
        #expect(ScheduleClock.text(s.operationStartMinutes[0], asOf: shop.asOf) == "2026-01-09T00:00")
        #expect(ScheduleClock.text(s.operationEndMinutes[0], asOf: shop.asOf) == "2026-01-13T02:00")
        #expect(s.loads.map(\.loadMinutes) == [480, 120])
        #expect(s.loads.map(\.day.iso8601) == ["2026-01-09", "2026-01-13"])
        #expect(s.loads[1].utilisation.description == "0.25")
    }

    @Test("two machines of one work center run two orders in parallel")
    func parallelMachines() throws {
        var shop = ShopFixture()
        let wc = shop.workCenter("WC-1", machines: 2, hoursPerDay: 8)
        shop.order("MO-1", operations: [(wc, 240)])
        shop.order("MO-2", operations: [(wc, 300)])
        let s = try shop.schedule()
        #expect(s.firstViolation(shop.problem) == nil)
        #expect(s.operationStartMinutes == [0, 0])
        #expect(Set(s.operationMachine) == [1, 2])
        #expect(s.statistics.makespanMinutes == 300)
        #expect(s.loads.first?.loadMinutes == 540)
        #expect(s.loads.first?.capacityMinutes == 960)
    }

    @Test("a component made in another plant arrives two 24-hour days after it is finished")
    func precedenceAcrossPlantsWithTransferLag() throws {
        var shop = ShopFixture()
        shop.plants.append(("P2", WorkCalendar(workdays: .allWeek, holidays: [])))
        let assembly = shop.workCenter("ASSY", plant: 0)
        let press = shop.workCenter("PRESS", plant: 1)
        let parent = shop.order("MO-1", plant: 0, operations: [(assembly, 120)])
        let component = shop.order("MO-2", plant: 1, operations: [(press, 180)])
        shop.precede(component, parent, lagMinutes: 2 * 1_440)
        let s = try shop.schedule()
        #expect(s.firstViolation(shop.problem) == nil)
        #expect(s.orderStartMinutes == [minute(day: 2, 3), 0])
        #expect(s.orderEndMinutes == [minute(day: 2, 5), minute(day: 0, 3)])
        #expect(s.statistics.plantMakespanSumMinutes == minute(day: 2, 5) + minute(day: 0, 3))
    }

    @Test("operations of an order follow op_seq and the order waits for its release date")
    func operationSequenceAndRelease() throws {
        var shop = ShopFixture()
        let cut = shop.workCenter("CUT"), weld = shop.workCenter("WELD")
        shop.order("MO-1", releaseDay: 1, operations: [(weld, 60), (cut, 30)])
        shop.order("MO-2", releaseDay: -3, operations: [(cut, 45), (weld, 15)])
        let s = try shop.schedule()
        #expect(s.firstViolation(shop.problem) == nil)
        #expect(s.operationStartMinutes == [minute(day: 1, 0), minute(day: 1, 1), 0, 45])
        #expect(s.operationEndMinutes == [minute(day: 1, 1), minute(day: 1, 1, 30), 45, 60])
    }

    @Test("the heavier order goes first; the light one is 8 hours late with weight 1")
    func weightedTardiness() throws {
        var shop = ShopFixture()
        let wc = shop.workCenter("WC-1", hoursPerDay: 8)
        shop.order("OO-LIGHT", dueDay: 0, weight: 1, operations: [(wc, 480)])
        shop.order("MO-1", dueDay: 0, weight: 100, operations: [(wc, 480)])
        let s = try shop.schedule()
        #expect(s.firstViolation(shop.problem) == nil)
        #expect(s.orderEndMinutes == [minute(day: 1, 8), minute(day: 0, 8)])
        #expect(s.tardinessHours(ofOrder: 0) == .units(8))
        #expect(s.tardinessHours(ofOrder: 1) == .zero)
        #expect(s.statistics.weightedTardiness == .units(8))
        #expect(s.messages.map(\.type) == [.capacityOverload, .lateOrder])
    }

    @Test("an order without routing takes no capacity and ends when its predecessors allow")
    func orderWithoutRouting() throws {
        var shop = ShopFixture()
        let wc = shop.workCenter("WC-1")
        let component = shop.order("MO-1", operations: [(wc, 90)])
        let kit = shop.order("MO-2", releaseDay: 0, operations: [])
        shop.precede(component, kit, lagMinutes: 30)
        let s = try shop.schedule()
        #expect(s.firstViolation(shop.problem) == nil)
        #expect(s.orderStartMinutes[Int(kit)] == 120)
        #expect(s.orderEndMinutes[Int(kit)] == 120)
        #expect(s.statistics.operations == 1)
    }

    @Test("a problem with a precedence cycle is refused with a sentence")
    func cycleRefused() {
        var shop = ShopFixture()
        let wc = shop.workCenter("WC-1")
        let a = shop.order("MO-1", operations: [(wc, 10)])
        let b = shop.order("MO-2", operations: [(wc, 10)])
        shop.precede(a, b)
        shop.precede(b, a)
        #expect(throws: SchedulingError.invalidProblem("orders form a precedence cycle; MO-1 waits on it")) {
            try shop.schedule()
        }
    }
}
