import FabrikCore

enum BomColumn: Int, DatasetColumn {
    case parentItemId, componentItemId, qtyPer, plantId, scrapPct, validFrom, validTo
    static let file = "bom.csv"
    static let schema = [
        ColumnSpec("parent_item_id", required: true), ColumnSpec("component_item_id", required: true),
        ColumnSpec("qty_per", required: true), ColumnSpec("plant_id"), ColumnSpec("scrap_pct"),
        ColumnSpec("valid_from"), ColumnSpec("valid_to"),
    ]
}

/// The key under which BOM lines must not overlap in time: parent, component
/// (item ordinals) and plant (ordinal, -1 = every plant).
// 12 bytes of Int32 (was three ByteKeys, 48 bytes, hashed as strings): at 1M
// items the 3.1M-entry table was ~7 % of the read.
private struct BomKey: Hashable {
    let parent: Int32
    let component: Int32
    let plant: Int32
}

extension DatasetImport {
    func readBom(_ bytes: inout [UInt8]) {
        var records: [BomRecord] = []
        records.reserveCapacity(rowEstimate)
        var lines: [Int] = []
        lines.reserveCapacity(rowEstimate)
        var parentOrdinals: [Int32] = [], componentOrdinals: [Int32] = []
        parentOrdinals.reserveCapacity(rowEstimate)
        componentOrdinals.reserveCapacity(rowEstimate)
        _ = TableScan.scan(&bytes, as: BomColumn.self, log: log) { row in
            let parentId = row.id(.parentItemId)
            let parent = knownItem(parentId, row, .parentItemId)
            let componentId = row.id(.componentItemId)
            let component = knownItem(componentId, row, .componentItemId)
            let quantityPer = row.required(.qtyPer) { CellParsers.quantity($0, positive: true) }
            let plant = row.optionalId(.plantId)
            let plantKnown = plant.value.map { knownPlant($0, row, .plantId) } ?? !plant.isInvalid
            let scrap = row.optional(.scrapPct, default: 0, CellParsers.scrapBasisPoints)
            let validFrom = row.cell(.validFrom, CellParsers.day)
            let validTo = row.cell(.validTo, CellParsers.day)
            if let from = validFrom.value, let to = validTo.value, to < from {
                row.report(.validTo, "\(to.iso8601) is before valid_from \(from.iso8601)")
                return
            }
            guard let parentId, let componentId, let parent, let component, let quantityPer, plantKnown,
                  let scrap, !validFrom.isInvalid, !validTo.isInvalid
            else { return }
            records.append(BomRecord(parentItemId: parentId, componentItemId: componentId, quantityPer: quantityPer,
                                     plantId: plant.value, scrapBasisPoints: scrap,
                                     validFrom: validFrom.value, validTo: validTo.value))
            lines.append(row.line)
            parentOrdinals.append(parent.ordinal)
            componentOrdinals.append(component.ordinal)
        }
        dataset.bomLines = records
        bomLineNumbers = lines
        bomParentOrdinals = parentOrdinals
        bomComponentOrdinals = componentOrdinals
        checkBomOverlaps()
    }

    /// The same parent, component and plant twice with overlapping validity is an error,
    /// reported at the later line. O(lines + sum of group size squared); groups are tiny.
    private func checkBomOverlaps() {
        // Most keys occur once: only keys seen twice get a group array.
        var firstOfKey: [BomKey: Int] = [:]
        firstOfKey.reserveCapacity(dataset.bomLines.count)
        var groups: [BomKey: [Int]] = [:]
        let plantOrdinal = plantOrdinals()
        for (index, line) in dataset.bomLines.enumerated() {
            let plant = line.plantId.map { plantOrdinal[ByteKey($0)] ?? -2 } ?? -1
            let key = BomKey(parent: bomParentOrdinals[index], component: bomComponentOrdinals[index], plant: plant)
            if let first = firstEntry(of: key, in: &firstOfKey, value: index) {
                groups[key, default: [first]].append(index)
            }
        }
        var overlaps: [(line: Int, reason: String)] = []
        for members in groups.values {
            for (position, later) in members.enumerated() {
                let b = dataset.bomLines[later]
                for earlier in members[..<position] {
                    let a = dataset.bomLines[earlier]
                    let startsBeforeEnd = a.validFrom.flatMap { from in b.validTo.map { from <= $0 } } ?? true
                    let endsAfterStart = a.validTo.flatMap { to in b.validFrom.map { $0 <= to } } ?? true
                    guard startsBeforeEnd, endsAfterStart else { continue }
                    let plant = b.plantId.map { "plant \(quoted($0))" } ?? "every plant"
                    overlaps.append((bomLineNumbers[later],
                                     "overlaps the dates of line \(bomLineNumbers[earlier]) for parent \(quoted(b.parentItemId)), component \(quoted(b.componentItemId)) and \(plant)"))
                    break
                }
            }
        }
        for overlap in overlaps.sorted(by: { $0.line < $1.line }) {
            log.report(file: BomColumn.file, line: overlap.line, column: "valid_from", overlap.reason)
        }
    }
}
