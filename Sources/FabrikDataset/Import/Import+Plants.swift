import FabrikCore

enum PlantColumn: Int, DatasetColumn {
    case plantId, name, workdays
    static let file = "plants.csv"
    static let schema = [ColumnSpec("plant_id", required: true), ColumnSpec("name"), ColumnSpec("workdays")]
}

enum HolidayColumn: Int, DatasetColumn {
    case plantId, date
    static let file = "holidays.csv"
    static let schema = [ColumnSpec("plant_id", required: true), ColumnSpec("date", required: true)]
}

extension DatasetImport {
    func readPlants(_ bytes: inout [UInt8]) {
        var lookup = Lookup<ByteKey, Int>()
        lookup.entries.reserveCapacity(rowEstimate)
        var records: [PlantRecord] = []
        records.reserveCapacity(rowEstimate)
        let complete = TableScan.scan(&bytes, as: PlantColumn.self, log: log) { row in
            let plantId = row.id(.plantId)
            let name = row.text(.name)
            let workdays = row.optional(.workdays, default: .allWeek, CellParsers.workdays)
            guard let plantId else { return }
            if let first = firstLine(of: ByteKey(plantId), in: &lookup.entries, line: row.line) {
                row.report(.plantId, "duplicate plant \(quoted(plantId)) (first on line \(first))")
                return
            }
            guard let workdays else { return }
            records.append(PlantRecord(plantId: plantId, name: name, workdays: workdays))
        }
        lookup.isComplete = complete
        plants = lookup
        dataset.plants = records
    }

    func readHolidays(_ bytes: inout [UInt8]) {
        var seen: [NodeKey: Int] = [:]
        seen.reserveCapacity(rowEstimate)
        var records: [HolidayRecord] = []
        records.reserveCapacity(rowEstimate)
        _ = TableScan.scan(&bytes, as: HolidayColumn.self, log: log) { row in
            let plantId = row.id(.plantId)
            let date = row.required(.date, CellParsers.day)
            guard knownPlant(plantId, row, .plantId), let plantId, let date else { return }
            if let first = firstLine(of: NodeKey(date.iso8601, plantId), in: &seen, line: row.line) {
                row.report(.date, "duplicate holiday \(date.iso8601) at plant \(quoted(plantId)) (first on line \(first))")
                return
            }
            records.append(HolidayRecord(plantId: plantId, date: date))
        }
        dataset.holidays = records
    }
}
