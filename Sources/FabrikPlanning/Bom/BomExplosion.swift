public import FabrikCore

/// One row of an indented multi-level BOM: the component at `level` (1 =
/// direct component of the root) with its extended quantity for the root
/// quantity, after scrap, rounded up to the component's decimals per line
/// (as MRP explodes it).
public struct BomExplosionRow: Hashable, Sendable {
    public var level: Int
    public var item: Int32
    public var quantityPer: Quantity
    public var scrapBasisPoints: Int32
    public var extendedQuantity: Quantity
    /// The component's procurement at the plant, nil when it is not planned there.
    public var procurement: Procurement?
}

/// One row of a where-used report: `parent` uses `component` (level 1 = a
/// direct parent of the queried item), at `plant` (-1 = every plant).
public struct WhereUsedRow: Hashable, Sendable {
    public var level: Int
    public var parent: Int32
    public var component: Int32
    public var plant: Int32
    public var quantityPer: Quantity
    public var scrapBasisPoints: Int32
    public var validFrom: Day?
    public var validTo: Day?
}

/// Indented BOM explosion and where-used over a snapshot's BOM lines.
///
/// Behavior:
/// - explosion walks depth-first with an explicit stack (no recursion), the
///   lines effective on `date` at `plant` (plant-specific lines replace
///   blank-plant ones), children in component-id order;
/// - depth is bounded by `depthMax`; a cycle (which import refuses) stops at
///   that depth rather than looping.
public enum BomExplosion {
    public static let depthMax = 64

    private struct Pending {
        var item: Int32
        var level: Int
        var quantity: Quantity
        var quantityPer: Quantity
        var scrapBasisPoints: Int32
    }

    public static func explode(
        root: Int32, plant: Int32, quantity: Quantity, date: Day,
        index: BillOfMaterialsIndex, itemDecimals: [UInt8], procurementAt: (Int32) -> Procurement?
    ) -> [BomExplosionRow] {
        var rows: [BomExplosionRow] = []
        var stack = [Pending(item: root, level: 0, quantity: quantity, quantityPer: .units(1), scrapBasisPoints: 0)]
        while let top = stack.popLast() {
            if top.level > 0 {
                rows.append(BomExplosionRow(
                    level: top.level, item: top.item, quantityPer: top.quantityPer, scrapBasisPoints: top.scrapBasisPoints,
                    extendedQuantity: top.quantity, procurement: procurementAt(top.item)))
            }
            guard top.level < depthMax else { continue }
            let effective = index.lines(ofParent: top.item, atPlant: plant).filter { index.lines[Int($0)].isEffective(on: date) }
            // Pushed in reverse so they pop in component order.
            for lineNumber in effective.reversed() {
                let line = index.lines[Int(lineNumber)]
                let extended = top.quantity.explodedRoundingUp(
                    quantityPer: line.quantityPer, scrapBasisPoints: line.scrapBasisPoints,
                    decimals: Int(itemDecimals[Int(line.componentItem)]))
                stack.append(Pending(item: line.componentItem, level: top.level + 1, quantity: extended,
                                     quantityPer: line.quantityPer, scrapBasisPoints: line.scrapBasisPoints))
            }
        }
        return rows
    }

    /// Every parent of `component` up to the finished goods, depth-first, at
    /// `plant` (lines that apply there after replacement) or at every plant
    /// when `plant` is nil.
    public static func whereUsed(component: Int32, plant: Int32?, index: BillOfMaterialsIndex) -> [WhereUsedRow] {
        var rows: [WhereUsedRow] = []
        var walk: [(lineNumber: Int32, level: Int)] = []
        func usesOf(_ item: Int32) -> [Int32] {
            index.lines(usingComponent: item).filter { lineNumber in
                guard let plant else { return true }
                return index.lines(ofParent: index.lines[Int(lineNumber)].parentItem, atPlant: plant).contains(lineNumber)
            }
        }
        for lineNumber in usesOf(component).reversed() { walk.append((lineNumber, 1)) }
        while let top = walk.popLast() {
            let line = index.lines[Int(top.lineNumber)]
            rows.append(WhereUsedRow(level: top.level, parent: line.parentItem, component: line.componentItem, plant: line.plant,
                                     quantityPer: line.quantityPer, scrapBasisPoints: line.scrapBasisPoints,
                                     validFrom: line.validFrom, validTo: line.validTo))
            guard top.level < depthMax else { continue }
            for next in usesOf(line.parentItem).reversed() { walk.append((next, top.level + 1)) }
        }
        return rows
    }
}
