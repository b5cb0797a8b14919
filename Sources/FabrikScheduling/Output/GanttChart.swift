import FabrikCore

/// A schedule as a standalone SVG Gantt chart: one row per machine, grouped
/// by plant and work center; a day grid from `as_of` with month and day
/// labels and each plant's non-working days shaded; one bar per operation
/// (split at non-working time, the pieces joined by a thin line), coloured
/// by the deal its order serves (`GanttPalette`), labelled with the order
/// when wide enough, with a hover title; late orders outlined in red with a
/// marker at their end; a legend and a title with as_of and the weighted
/// tardiness.
///
/// Pure: no I/O, no clock, deterministic bytes for a given schedule.
/// Cost O(operations x days spanned by each + machines x days).
public enum GanttChart {
    /// The chart of the work centers of `plant` (every plant when nil), or
    /// of the one work center `workCenter`.
    public static func svg(_ schedule: Schedule, plant: String? = nil, workCenter: String? = nil) -> String {
        let layout = GanttLayout(schedule, plant: plant, workCenter: workCenter)
        var svg = SVGBuilder()
        svg.rect(x: 0, y: 0, width: layout.width, height: layout.height, fill: "#ffffff")
        drawTitle(schedule, layout, plant: plant, workCenter: workCenter, into: &svg)
        drawGrid(schedule, layout, into: &svg)
        drawOperations(schedule, layout, into: &svg)
        drawLegend(layout, into: &svg)
        let title = "Fabrik schedule as of \(schedule.problem.asOf.iso8601)"
        return svg.document(width: layout.width, height: layout.height, title: title)
    }

    private static func drawTitle(_ schedule: Schedule, _ layout: GanttLayout, plant: String?, workCenter: String?,
                                  into svg: inout SVGBuilder) {
        let statistics = schedule.statistics
        let late = Set(schedule.messages.filter { $0.type == .lateOrder }.map(\.order)).count
        var scope = "all plants"
        if let workCenter { scope = "work center \(workCenter)" } else if let plant { scope = "plant \(plant)" }
        svg.text("Production schedule as of \(schedule.problem.asOf.iso8601)", x: GanttLayout.margin, y: 30, size: 20,
                 fill: "#222222", weight: "bold")
        let tardiness = grouped(micros: ScheduleStatistics.currencyHoursMicros(statistics.weightedTardinessRaw))
        let facts = "Weighted tardiness \(tardiness) · makespan \(grouped(statistics.makespanHours)) h · "
            + "\(late) late \(late == 1 ? "order" : "orders") · showing \(scope): \(layout.operations.count) operations"
            + (layout.hiddenOperationCount > 0
                ? " in the first \(layout.days) days (\(layout.hiddenOperationCount) later ones not drawn)" : "")
        svg.text(facts, x: GanttLayout.margin, y: 52, size: 13, fill: "#555555")
    }

    private static func drawGrid(_ schedule: Schedule, _ layout: GanttLayout, into svg: inout SVGBuilder) {
        let asOf = schedule.problem.asOf
        let top = layout.chartTop, bottom = layout.chartBottom
        for band in layout.bands {
            let calendar = schedule.problem.plantCalendars[band.plant]
            svg.rect(x: GanttLayout.margin, y: band.top, width: layout.chartLeft + layout.chartWidth - GanttLayout.margin,
                     height: GanttLayout.bandHeaderHeight, fill: "#f4f6f8")
            svg.text("Plant \(schedule.problem.plantCodes[band.plant])", x: GanttLayout.margin + 6,
                     y: band.top + GanttLayout.bandHeaderHeight - 7, size: 12, fill: "#222222", weight: "bold")
            for d in 0..<layout.days where !calendar.isWorkingDay(asOf + Int32(d)) {
                let holiday = calendar.isHoliday(asOf + Int32(d))
                svg.rect(x: layout.x(day: d), y: band.rowsTop, width: layout.dayWidth, height: band.bottom - band.rowsTop,
                         fill: holiday ? "#e4e0ee" : "#ececec")
            }
        }
        for d in 0...layout.days {
            let day = asOf + Int32(d)
            let monday = day.weekday == .monday
            if layout.dayWidth >= 8 || monday {
                svg.line(x1: layout.x(day: d), y1: top, x2: layout.x(day: d), y2: bottom,
                         stroke: monday ? "#c4c4c4" : "#e6e6e6", width: monday ? 1 : 0.6)
            }
            guard d < layout.days else { continue }
            let civil = day.civil
            if d == 0 || civil.day == 1 {
                svg.text("\(monthNames[civil.month - 1]) \(civil.year)", x: layout.x(day: d) + 2, y: top - 24, size: 11,
                         fill: "#444444", weight: "bold")
            }
            if layout.dayWidth >= 16 || (monday && layout.dayWidth >= 3) {
                let centred = layout.dayWidth >= 16
                svg.text(String(civil.day), x: layout.x(day: d) + (centred ? layout.dayWidth / 2 : 2), y: top - 8, size: 10,
                         fill: monday ? "#333333" : "#777777", anchor: centred ? "middle" : "start")
            }
        }
        for row in layout.rows {
            if row.machine == 1 {
                svg.line(x1: GanttLayout.margin, y1: row.y, x2: layout.chartLeft + layout.chartWidth, y2: row.y, stroke: "#d6d6d6")
                svg.text(schedule.problem.workCenters[row.workCenter].code, x: GanttLayout.margin + 6,
                         y: row.y + GanttLayout.rowHeight / 2 + 4, size: 11, fill: "#333333")
            }
            svg.text("M\(row.machine)", x: layout.chartLeft - 8, y: row.y + GanttLayout.rowHeight / 2 + 4, size: 10,
                     fill: "#888888", anchor: "end")
        }
        svg.line(x1: layout.chartLeft, y1: top, x2: layout.chartLeft, y2: bottom, stroke: "#999999")
        svg.line(x1: GanttLayout.margin, y1: bottom, x2: layout.chartLeft + layout.chartWidth, y2: bottom, stroke: "#999999")
    }

    private static func drawOperations(_ schedule: Schedule, _ layout: GanttLayout, into svg: inout SVGBuilder) {
        let problem = schedule.problem
        var lastOperationOfOrder = [Int](repeating: -1, count: problem.orders.count)
        for (j, op) in problem.operations.enumerated() { lastOperationOfOrder[Int(op.order)] = j }
        let nextStart = layout.nextStartOnMachine(schedule)
        for j in layout.operations {
            let op = problem.operations[j]
            let o = Int(op.order)
            let order = problem.orders[o]
            guard let y = layout.rowY(workCenter: Int(op.workCenter), machine: Int(schedule.operationMachine[j])) else { continue }
            let fill = layout.palette.fill(dealLine: order.firstDealLine)
            let isLate = schedule.orderTardinessMinutes[o] > 0
            let start = schedule.operationStartMinutes[j], end = schedule.operationEndMinutes[j]
            let barTop = y + 4, barHeight = GanttLayout.rowHeight - 9
            svg.raw("<g>")
            svg.raw("<title>\(SVGBuilder.escaped(tooltip(schedule, j)))</title>")
            var pieces = layout.pieces(schedule, operation: j)
            if pieces.isEmpty { pieces = [GanttLayout.Piece(start: start, end: start)] }
            for (k, piece) in pieces.enumerated() {
                if k > 0 {
                    svg.line(x1: layout.x(minute: pieces[k - 1].end), y1: barTop + barHeight / 2, x2: layout.x(minute: piece.start),
                             y2: barTop + barHeight / 2, stroke: fill, width: 1.2, extra: "stroke-dasharray=\"2 2\"")
                }
                let width = max(1.5, layout.x(minute: piece.end) - layout.x(minute: piece.start))
                let outline = isLate && width >= 5 ? "stroke=\"\(GanttPalette.late)\" stroke-width=\"1.2\" rx=\"2\"" : "rx=\"1.5\""
                svg.rect(x: layout.x(minute: piece.start), y: barTop, width: width, height: barHeight, fill: fill, extra: outline)
            }
            let label = order.id
            let labelWidth = Double(label.count) * 5.6 + 4
            if let widest = pieces.max(by: { $0.end - $0.start < $1.end - $1.start }),
               layout.x(minute: widest.end) - layout.x(minute: widest.start) >= labelWidth + 4 {
                let x = (layout.x(minute: widest.start) + layout.x(minute: widest.end)) / 2
                svg.text(label, x: x, y: barTop + barHeight / 2 + 3.2, size: 9, fill: GanttPalette.textColour(on: fill), anchor: "middle")
            } else {
                let room = layout.x(minute: nextStart[j] ?? Int64.max / 4) - layout.x(minute: end)
                let x = layout.x(minute: end) + 3
                if room >= labelWidth + 8 && x + labelWidth <= layout.chartLeft + layout.chartWidth {
                    svg.text(label, x: x, y: barTop + barHeight / 2 + 3.2, size: 9, fill: "#555555")
                }
            }
            if isLate && lastOperationOfOrder[o] == j {
                drawLateness(layout, dueEnd: end - schedule.orderTardinessMinutes[o], end: end, y: y, barBottom: barTop + barHeight,
                             into: &svg)
            }
            svg.raw("</g>")
        }
    }

    /// A red whisker from the end of the due day to the order's end, and a marker at its end.
    private static func drawLateness(_ layout: GanttLayout, dueEnd: Int64, end: Int64, y: Double, barBottom: Double,
                                     into svg: inout SVGBuilder) {
        let x0 = max(layout.chartLeft, layout.x(minute: dueEnd)), x1 = min(layout.chartLeft + layout.chartWidth, layout.x(minute: end))
        svg.line(x1: x0, y1: barBottom + 2, x2: x1, y2: barBottom + 2, stroke: GanttPalette.late, width: 2)
        svg.line(x1: x0, y1: barBottom - 3, x2: x0, y2: barBottom + 4, stroke: GanttPalette.late, width: 1.5)
        let n = SVGBuilder.n
        svg.raw("<path d=\"M\(n(x1 - 4)) \(n(y + 0.5)) L\(n(x1 + 4)) \(n(y + 0.5)) L\(n(x1)) \(n(y + 5.5)) Z\" fill=\"\(GanttPalette.late)\"/>")
    }

    private static func tooltip(_ schedule: Schedule, _ j: Int) -> String {
        let problem = schedule.problem
        let op = problem.operations[j]
        let o = Int(op.order)
        let order = problem.orders[o]
        var text = "\(order.id) op \(op.opSeq) · \(problem.itemCodes[Int(order.item)])@\(problem.plantCodes[Int(order.plant)])"
        text += " · qty \(order.quantity) · \(ScheduleClock.text(schedule.operationStartMinutes[j], asOf: problem.asOf))"
        text += " → \(ScheduleClock.text(schedule.operationEndMinutes[j], asOf: problem.asOf)) · due \(order.dueDay.iso8601)"
        if schedule.orderTardinessMinutes[o] > 0 { text += " · late \(schedule.tardinessHours(ofOrder: o)) h" }
        if let deal = order.firstDealLine { text += " · serves \(deal)" }
        return text
    }

    private static func drawLegend(_ layout: GanttLayout, into svg: inout SVGBuilder) {
        var x = GanttLayout.margin, y = layout.chartBottom + 30
        svg.text("Legend", x: x, y: y, size: 12, fill: "#222222", weight: "bold")
        x += 56
        let right = layout.width - GanttLayout.margin
        func entry(_ label: String, fill: String, extra: String = "", into svg: inout SVGBuilder) {
            let width = 22 + Double(label.count) * 6.6 + 18
            if x + width > right { x = GanttLayout.margin + 56; y += 20 }
            svg.rect(x: x, y: y - 10, width: 16, height: 11, fill: fill, extra: extra)
            svg.text(label, x: x + 22, y: y, size: 11, fill: "#333333")
            x += width
        }
        for deal in layout.palette.deals { entry(deal, fill: layout.palette.colourOfDeal[deal] ?? GanttPalette.neutral, into: &svg) }
        entry("no deal", fill: GanttPalette.neutral, into: &svg)
        entry("late order: due date to end", fill: "#ffffff", extra: "stroke=\"\(GanttPalette.late)\" stroke-width=\"1.2\"", into: &svg)
        entry("non-working day", fill: "#ececec", into: &svg)
        entry("holiday", fill: "#e4e0ee", into: &svg)
    }

    /// `1234567.891` as `1,234,567.89` (hundredths, half up).
    static func grouped(_ q: Quantity) -> String { grouped(micros: Int128(q.rawMicros)) }

    /// Millionths as a grouped decimal with at most two decimals (rounded
    /// half away from zero); 128 bits, so a weighted tardiness past the
    /// fixed-point range prints exactly instead of saturating.
    static func grouped(micros: Int128) -> String {
        let remainder = micros % 10_000
        let hundredths = micros / 10_000 + (remainder >= 5_000 ? 1 : remainder <= -5_000 ? -1 : 0)
        let digits = Array(String((hundredths / 100).magnitude))
        var whole = ""
        for (k, digit) in digits.enumerated() {
            if k > 0 && (digits.count - k) % 3 == 0 { whole.append(",") }
            whole.append(digit)
        }
        let fraction = (hundredths % 100).magnitude
        return (hundredths < 0 ? "-" : "") + whole + (fraction == 0 ? "" : "." + (fraction < 10 ? "0" : "") + String(fraction))
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
