import FabrikCore
import FabrikScheduling
import Testing

@Suite("The SVG Gantt chart")
struct GanttChartTests {
    @Test("a late order and an order with XML characters: escaped text, a bar per operation, a lateness marker")
    func escapedAndMarked() throws {
        var shop = ShopFixture()
        shop.plants = [("P&1", WorkCalendar(workdays: ShopFixture.weekdays, holidays: []))]
        let wc = shop.workCenter("WC<1>", hoursPerDay: 8)
        shop.order("A&B\"1\"", dueDay: 5, operations: [(wc, 240)])
        shop.order("MO-2", dueDay: 0, weight: 5, operations: [(wc, 600)])
        let schedule = try shop.schedule(iterations: 10)
        #expect(schedule.orderTardinessMinutes.contains { $0 > 0 })
        let svg = GanttChart.svg(schedule)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.hasSuffix("</svg>\n"))
        #expect(svg.contains("WC&lt;1&gt;"))
        #expect(svg.contains("Plant P&amp;1"))
        #expect(svg.contains("A&amp;B&quot;1&quot;"))
        #expect(!svg.contains("WC<1>") && !svg.contains("P&1"))
        #expect(groups(svg) == 2)
        #expect(svg.contains("fill=\"\(GanttPalette.late)\"/>"))
        #expect(GanttChart.svg(schedule) == svg)
        #expect(groups(GanttChart.svg(schedule, workCenter: "none")) == 0)
    }

    @Test("a weighted tardiness past the fixed-point range is printed exactly in the title, not saturated")
    func hugeTardinessTitle() throws {
        var shop = ShopFixture()
        let wc = shop.workCenter("WC1", hoursPerDay: 8)
        // 9e14 currency units of weight: each late minute is 1.5e13 currency-hours.
        shop.order("MO-1", dueDay: 0, weight: 900_000_000_000_000, operations: [(wc, 600)])
        let schedule = try shop.schedule(iterations: 0)
        let lateMinutes = try #require(schedule.orderTardinessMinutes.first)
        #expect(lateMinutes > 0)
        let whole = String(Int128(15_000_000_000_000) * Int128(lateMinutes))
        var grouped = ""
        for (k, digit) in whole.enumerated() {
            if k > 0 && (whole.count - k) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        let svg = GanttChart.svg(schedule)
        #expect(svg.contains("Weighted tardiness \(grouped) · "))
        #expect(!svg.contains("9,223,372,036,854.78"))
    }

    /// The number of operation groups (`<g>`) in `svg`.
    private func groups(_ svg: String) -> Int {
        svg.split(separator: "\n").filter { $0 == "<g>" }.count
    }

    @Test("deal colours are stable, distinct for a few deals, and independent of the order they are listed in")
    func palette() {
        let a = GanttPalette(deals: ["D-3", "D-1", "D-2", "D-1"])
        let b = GanttPalette(deals: ["D-2", "D-3", "D-1"])
        #expect(a.deals == ["D-1", "D-2", "D-3"])
        #expect(a.colourOfDeal == b.colourOfDeal)
        #expect(Set(a.colourOfDeal.values).count == 3)
        #expect(a.fill(dealLine: "D-2/7") == a.colourOfDeal["D-2"])
        #expect(a.fill(dealLine: nil) == GanttPalette.neutral)
        #expect(GanttPalette.textColour(on: "#2f4b7c") == "#ffffff")
        #expect(GanttPalette.textColour(on: "#edc948") == "#1f1f1f")
    }
}
