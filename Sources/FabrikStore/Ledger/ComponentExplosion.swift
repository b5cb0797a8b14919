internal import FabrikCore
internal import GRDB

/// The components a production order consumes, as MRP explodes them: BOM
/// lines of the order's item effective on its release date, the plant's
/// own lines replacing blank-plant ones, qty_per x (1 + scrap) rounded up
/// once to the component's decimals (`Quantity.explodedRoundingUp`),
/// phantom components exploded in turn into their own components.
///
/// Release date: as MRP dates an open order's explosion, the due date
/// moved to a working day on or before it, then back by the node's lead
/// time in working days (calendar days when the plant has no calendar
/// rule to apply).
enum ComponentExplosion {
    /// One component to issue.
    struct Component {
        var itemId: String
        var quantity: Quantity
    }

    static let depthMax = 64

    static func components(_ db: Database, itemId: String, plantId: String, quantity: Quantity, on date: Day) throws -> [Component] {
        var result: [Component] = []
        try explode(db, itemId: itemId, plantId: plantId, quantity: quantity, date: date, depth: 0, into: &result)
        return result
    }

    /// One BOM line that applies.
    struct Line {
        var componentId: String
        var quantityPer: Quantity
        var scrapBasisPoints: Int32
        var decimals: Int
        var procurement: String?
    }

    /// The lines of `itemId` that apply at `plantId` on `date`: the plant's
    /// own lines if it has any, else the blank-plant ones, effective that day.
    static func effectiveLines(_ db: Database, itemId: String, plantId: String, on date: Day) throws -> [Line] {
        // Cached: the import explodes one BOM per issued production order.
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT b.component_item_id, b.qty_per, b.scrap_basis_points, b.plant_id, b.valid_from_day, b.valid_to_day,
                   i.decimals, ip.procurement
            FROM bom_lines b JOIN items i ON i.item_id = b.component_item_id
            LEFT JOIN item_plants ip ON ip.item_id = b.component_item_id AND ip.plant_id = ?
            WHERE b.parent_item_id = ? AND (b.plant_id IS NULL OR b.plant_id = ?)
            ORDER BY b.component_item_id, b.rowid
            """), arguments: [plantId, itemId, plantId])
        let hasOwn = rows.contains { ($0[3] as String?) != nil }
        var lines: [Line] = []
        for row in rows {
            if hasOwn, (row[3] as String?) == nil { continue }
            if let from = (row[4] as Int32?).map(Day.init(daysSinceEpoch:)), date < from { continue }
            if let to = (row[5] as Int32?).map(Day.init(daysSinceEpoch:)), to < date { continue }
            lines.append(Line(componentId: row[0], quantityPer: Quantity(rawMicros: row[1]), scrapBasisPoints: row[2],
                              decimals: Int(row[6] as Int64), procurement: row[7]))
        }
        return lines
    }

    private static func explode(_ db: Database, itemId: String, plantId: String, quantity: Quantity, date: Day,
                                depth: Int, into result: inout [Component]) throws {
        guard depth < depthMax else {
            throw StoreError.transactionRefused("The BOM of \(itemId) is deeper than \(depthMax) levels.")
        }
        for line in try effectiveLines(db, itemId: itemId, plantId: plantId, on: date) {
            guard let amount = quantity.explodedRoundingUpReportingOverflow(
                quantityPer: line.quantityPer, scrapBasisPoints: line.scrapBasisPoints, decimals: line.decimals) else {
                throw StoreError.transactionRefused("The quantity of \(line.componentId) needed for \(itemId) exceeds what Fabrik can compute exactly.")
            }
            if line.procurement == "phantom" {
                try explode(db, itemId: line.componentId, plantId: plantId, quantity: amount, date: date, depth: depth + 1,
                            into: &result)
            } else {
                result.append(Component(itemId: line.componentId, quantity: amount))
            }
        }
    }

    /// The release date of an open production order of `itemId` at `plantId` due `due`.
    static func releaseDate(_ db: Database, itemId: String, plantId: String, due: Day) throws -> Day {
        var calendars = PlantCalendars()
        return try releaseDate(db, itemId: itemId, plantId: plantId, due: due, calendars: &calendars)
    }

    /// `releaseDate` with the plants' calendars read once into `calendars`.
    static func releaseDate(_ db: Database, itemId: String, plantId: String, due: Day,
                            calendars: inout PlantCalendars) throws -> Day {
        let lead = try Int32.fetchOne(
            db.cachedStatement(sql: "SELECT lead_time_days FROM item_plants WHERE item_id = ? AND plant_id = ?"),
            arguments: [itemId, plantId]) ?? 0
        let calendar = try calendars.calendar(db, plantId: plantId)
        guard let planDue = calendar.workingDay(onOrBefore: due) else {
            throw StoreError.transactionRefused("Plant \(plantId) has no working day before \(due.iso8601).")
        }
        guard lead > 0 else { return planDue - lead }
        guard let release = calendar.stepBack(from: planDue, workingDays: lead) else {
            throw StoreError.transactionRefused("Plant \(plantId) has no working day to release \(itemId) due \(due.iso8601).")
        }
        return release
    }
}

/// The working calendar of each plant (workday mask and holidays), read
/// from the store on first use: the import dates every issued production
/// order's opening WIP, and reading the plant's holidays per order cost more
/// than building the entry. Valid for one transaction (calendars are only
/// changed by an import).
struct PlantCalendars {
    private var byPlant: [String: WorkCalendar] = [:]

    mutating func calendar(_ db: Database, plantId: String) throws -> WorkCalendar {
        if let known = byPlant[plantId] { return known }
        let mask = try Int64.fetchOne(db, sql: "SELECT workdays FROM plants WHERE plant_id = ?", arguments: [plantId]) ?? 0
        let holidays = try Int32.fetchAll(db, sql: "SELECT day FROM holidays WHERE plant_id = ? ORDER BY day", arguments: [plantId])
        let calendar = WorkCalendar(workdays: WorkdayMask(bits: UInt8(clamping: mask)), holidays: holidays.map(Day.init(daysSinceEpoch:)))
        byPlant[plantId] = calendar
        return calendar
    }
}
