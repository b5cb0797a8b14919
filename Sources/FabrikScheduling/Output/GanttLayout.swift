import FabrikCore

/// Where everything of a `GanttChart` goes: the selected work centers'
/// machine rows grouped in plant bands, the day span and its scale, and the
/// pieces of each operation in working time. Pure geometry (Double pixel
/// coordinates only; times stay integer minutes).
///
///     margin | labels (work center, machine) | chartLeft: day 0 ... day `days`
///     title, facts
///     month / day axis                         chartTop
///     Plant P1 header  ─────────────────────── band.top
///       WC-A   M1  ▇▇▇▇   ▇▇                   row.y
///              M2     ▇▇▇▇▇
///     legend                                   chartBottom + 30
struct GanttLayout {
    /// One machine row.
    struct Row {
        var workCenter: Int
        var machine: Int
        var y: Double
    }

    /// One plant's header and rows.
    struct Band {
        var plant: Int
        var top: Double
        var rowsTop: Double
        var bottom: Double
    }

    /// A part of an operation inside one working day's capacity (minutes).
    struct Piece {
        var start: Int64
        var end: Int64
    }

    static let margin: Double = 16
    static let labelWidth: Double = 150
    static let rowHeight: Double = 22
    static let bandHeaderHeight: Double = 22
    static let minutesPerDay = WorkingTimeTable.minutesPerDay

    /// The longest span drawn: a year and a day; later operations are counted, not drawn.
    static let daysMax = 366

    var rows: [Row] = []
    /// Selected operations starting after `daysMax` days.
    var hiddenOperationCount = 0
    var bands: [Band] = []
    /// Operation indices drawn (those at a selected work center).
    var operations: [Int] = []
    var days = 7
    var dayWidth: Double = 40
    var chartLeft: Double { Self.margin + Self.labelWidth }
    var chartTop: Double = 100
    var chartBottom: Double = 100
    var chartWidth: Double { Double(days) * dayWidth }
    var width: Double = 800
    var height: Double = 400
    var palette: GanttPalette
    /// `rowStart[w] + machine - 1` indexes `rows` for a selected work center w; -1 otherwise.
    private var rowStart: [Int]

    init(_ schedule: Schedule, plant: String?, workCenter: String?) {
        let problem = schedule.problem
        rowStart = [Int](repeating: -1, count: problem.workCenters.count)
        palette = GanttPalette(deals: problem.orders.compactMap { $0.firstDealLine.map(GanttPalette.deal(ofLine:)) })
        var selected = [Bool](repeating: false, count: problem.workCenters.count)
        for (w, center) in problem.workCenters.enumerated() {
            if let plant, problem.plantCodes[Int(center.plant)] != plant { continue }
            if let workCenter, center.code != workCenter { continue }
            selected[w] = true
        }
        var lastMinute: Int64 = 0
        let horizonEnd = Int64(Self.daysMax) * Self.minutesPerDay
        for (j, op) in problem.operations.enumerated() where selected[Int(op.workCenter)] {
            guard schedule.operationStartMinutes[j] < horizonEnd else { hiddenOperationCount += 1; continue }
            operations.append(j)
            lastMinute = max(lastMinute, min(horizonEnd, schedule.operationEndMinutes[j]))
        }
        days = min(Self.daysMax, max(7, Int((lastMinute + Self.minutesPerDay - 1) / Self.minutesPerDay) + 1))
        dayWidth = min(48, max(1_100 / Double(days), days <= 240 ? 12 : 5))
        var y = chartTop
        for p in problem.plantCodes.indices {
            let centers = problem.workCenters.indices.filter { selected[$0] && Int(problem.workCenters[$0].plant) == p }
            guard !centers.isEmpty else { continue }
            var band = Band(plant: p, top: y, rowsTop: y + Self.bandHeaderHeight, bottom: 0)
            y = band.rowsTop
            for w in centers {
                rowStart[w] = rows.count
                for machine in 1...Int(problem.workCenters[w].machines) {
                    rows.append(Row(workCenter: w, machine: machine, y: y))
                    y += Self.rowHeight
                }
            }
            band.bottom = y
            bands.append(band)
        }
        chartBottom = y
        width = max(760, chartLeft + chartWidth + Self.margin)
        height = chartBottom + 40 + 20 * Double(legendLines())
    }

    func x(day: Int) -> Double { chartLeft + Double(day) * dayWidth }

    func x(minute: Int64) -> Double { chartLeft + Double(minute) / Double(Self.minutesPerDay) * dayWidth }

    func rowY(workCenter w: Int, machine: Int) -> Double? {
        guard rowStart[w] >= 0, machine >= 1, machine <= rows.count - rowStart[w] else { return nil }
        let row = rows[rowStart[w] + machine - 1]
        return row.workCenter == w ? row.y : nil
    }

    /// The operation's working intervals: each working day's
    /// `[day 00:00, day 00:00 + capacity)` intersected with [start, end).
    func pieces(_ schedule: Schedule, operation j: Int) -> [Piece] {
        let problem = schedule.problem
        let center = problem.workCenters[Int(problem.operations[j].workCenter)]
        let calendar = problem.plantCalendars[Int(center.plant)]
        let start = schedule.operationStartMinutes[j], end = schedule.operationEndMinutes[j]
        guard end > start else { return [] }
        var result: [Piece] = []
        var day = start / Self.minutesPerDay
        while day * Self.minutesPerDay < end && day < Int64(days) {
            if calendar.isWorkingDay(problem.asOf + Int32(day)) {
                let from = max(start, day * Self.minutesPerDay)
                let to = min(end, day * Self.minutesPerDay + Int64(center.capacityMinutesPerDay))
                if to > from {
                    if let last = result.last, last.end == from { result[result.count - 1].end = to } else {
                        result.append(Piece(start: from, end: to))
                    }
                }
            }
            day += 1
        }
        return result
    }

    /// The start of the next operation on the same machine, per drawn operation.
    func nextStartOnMachine(_ schedule: Schedule) -> [Int: Int64] {
        let problem = schedule.problem
        let ordered = operations.sorted { a, b in
            let x = problem.operations[a], y = problem.operations[b]
            if x.workCenter != y.workCenter { return x.workCenter < y.workCenter }
            if schedule.operationMachine[a] != schedule.operationMachine[b] { return schedule.operationMachine[a] < schedule.operationMachine[b] }
            return schedule.operationStartMinutes[a] < schedule.operationStartMinutes[b]
        }
        var next: [Int: Int64] = [:]
        for (a, b) in zip(ordered, ordered.dropFirst())
        where problem.operations[a].workCenter == problem.operations[b].workCenter
            && schedule.operationMachine[a] == schedule.operationMachine[b] {
            next[a] = schedule.operationStartMinutes[b]
        }
        return next
    }

    /// Lines the legend needs at this width (the same flow as `drawLegend`).
    private func legendLines() -> Int {
        let labels = palette.deals + ["no deal", "late order: due date to end", "non-working day", "holiday"]
        let left = Self.margin + 56, right = width - Self.margin
        var x = left, lines = 1
        for label in labels {
            let entry = 22 + Double(label.count) * 6.6 + 18
            if x + entry > right { x = left; lines += 1 }
            x += entry
        }
        return lines
    }
}
