import FabrikCore

enum WorkCenterColumn: Int, DatasetColumn {
    case workCenterId, plantId, name, capacityHours, machines
    static let file = "work_centers.csv"
    static let schema = [
        ColumnSpec("work_center_id", required: true), ColumnSpec("plant_id", required: true), ColumnSpec("name"),
        ColumnSpec("capacity_hours"), ColumnSpec("machines"),
    ]
}

enum RoutingColumn: Int, DatasetColumn {
    case itemId, plantId, opSeq, workCenterId, setupHours, runHoursPerUnit
    static let file = "routings.csv"
    static let schema = [
        ColumnSpec("item_id", required: true), ColumnSpec("plant_id", required: true), ColumnSpec("op_seq", required: true),
        ColumnSpec("work_center_id", required: true), ColumnSpec("setup_hours"), ColumnSpec("run_hours_per_unit"),
    ]
}

/// routings key: item, plant, op_seq.
private struct OperationKey: Hashable {
    let node: NodeKey
    let operationSequence: Int64
}

extension DatasetImport {
    func readWorkCenters(_ bytes: inout [UInt8]) {
        var lookup = Lookup<ByteKey, ByteKey>()
        lookup.entries.reserveCapacity(rowEstimate)
        var firstLines: [ByteKey: Int] = [:]
        var records: [WorkCenterRecord] = []
        records.reserveCapacity(rowEstimate)
        let complete = TableScan.scan(&bytes, as: WorkCenterColumn.self, log: log) { row in
            let workCenterId = row.id(.workCenterId)
            let plantId = row.id(.plantId)
            let plantKnown = knownPlant(plantId, row, .plantId)
            let capacity = row.optional(.capacityHours, default: .units(8), CellParsers.capacityHours)
            let machines = row.optional(.machines, default: 1) { CellParsers.whole($0, in: 1...CellParsers.countMax) }
            guard let workCenterId, let plantId else { return }
            let key = ByteKey(workCenterId)
            if let first = firstLine(of: key, in: &firstLines, line: row.line) {
                row.report(.workCenterId, "duplicate work center \(quoted(workCenterId)) (first on line \(first))")
                return
            }
            lookup.entries[key] = ByteKey(plantId)
            guard plantKnown, let capacity, let machines else { return }
            records.append(WorkCenterRecord(workCenterId: workCenterId, plantId: plantId, name: row.text(.name),
                                            capacityHours: capacity, machines: Int32(machines)))
        }
        lookup.isComplete = complete
        workCenters = lookup
        dataset.workCenters = records
    }

    func readRoutings(_ bytes: inout [UInt8]) {
        var seen: [OperationKey: Int] = [:]
        seen.reserveCapacity(rowEstimate)
        var records: [RoutingRecord] = []
        records.reserveCapacity(rowEstimate)
        _ = TableScan.scan(&bytes, as: RoutingColumn.self, log: log) { row in
            let itemId = row.id(.itemId)
            let item = knownItem(itemId, row, .itemId)
            let plantId = row.id(.plantId)
            let plantKnown = knownPlant(plantId, row, .plantId)
            let sequence = row.required(.opSeq) { CellParsers.whole($0, in: 0...CellParsers.countMax) }
            let workCenterId = row.id(.workCenterId)
            var workCenterFits = false
            if let workCenterId {
                if let home = workCenters[ByteKey(workCenterId)] {
                    if let plantId, plantKnown, home != ByteKey(plantId) {
                        row.report(.workCenterId, "work center \(quoted(workCenterId)) belongs to plant \(quoted(home.text)), not \(quoted(plantId))")
                    } else {
                        workCenterFits = true
                    }
                } else if workCenters.isComplete {
                    row.report(.workCenterId, "unknown work center \(quoted(workCenterId))")
                }
            }
            let setup = row.optional(.setupHours, default: .zero) { CellParsers.quantity($0) }
            let run = row.optional(.runHoursPerUnit, default: .zero) { CellParsers.quantity($0) }
            guard let itemId, let plantId, let sequence else { return }
            if let first = firstLine(of: OperationKey(node: NodeKey(itemId, plantId), operationSequence: sequence), in: &seen, line: row.line) {
                row.report(.opSeq, "duplicate operation \(sequence) of item \(quoted(itemId)) at plant \(quoted(plantId)) (first on line \(first))")
                return
            }
            guard item != nil, plantKnown, let workCenterId, workCenterFits, let setup, let run else { return }
            records.append(RoutingRecord(itemId: itemId, plantId: plantId, operationSequence: Int32(sequence),
                                         workCenterId: workCenterId, setupHours: setup, runHoursPerUnit: run))
        }
        dataset.routings = records
    }
}
