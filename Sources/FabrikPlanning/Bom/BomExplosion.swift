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
    /// The plant whose BOM lines and planning apply to this row: the queried
    /// plant, or a transfer's source plant below a transferred item.
    public var plant: Int32
    /// The component's procurement at `plant`, nil when it is not planned there.
    public var procurement: Procurement?
}

/// How an item is planned at a plant, as the explosion needs it.
public struct BomNodeInfo: Hashable, Sendable {
    public var procurement: Procurement
    /// The source plant of a transfer node, else -1.
    public var sourcePlant: Int32
    public init(procurement: Procurement, sourcePlant: Int32 = -1) {
        self.procurement = procurement
        self.sourcePlant = sourcePlant
    }
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
/// - below an item transferred in from another plant, the source plant's
///   lines and planning apply (the BOM is followed where the item is made);
///   bought items are not exploded;
/// - depth is bounded by `depthMax`; a cycle (which import refuses) stops at
///   that depth rather than looping.
public enum BomExplosion {
    public static let depthMax = 64

    /// An extended quantity past the fixed-point range (about 9.2 * 10^12 units).
    public struct QuantityOverflow: Error, Equatable, Sendable, CustomStringConvertible {
        public var item: Int32
        public init(item: Int32) { self.item = item }
        public var description: String { "An extended quantity in this BOM exceeds what Fabrik can compute exactly." }
    }

    private struct Pending {
        var item: Int32
        var level: Int
        var quantity: Quantity
        var quantityPer: Quantity
        var scrapBasisPoints: Int32
        var plant: Int32
    }

    public static func explode(
        root: Int32, plant: Int32, quantity: Quantity, date: Day,
        index: BillOfMaterialsIndex, itemDecimals: [UInt8], nodeAt: (_ item: Int32, _ plant: Int32) -> BomNodeInfo?
    ) throws(QuantityOverflow) -> [BomExplosionRow] {
        var rows: [BomExplosionRow] = []
        var stack = [Pending(item: root, level: 0, quantity: quantity, quantityPer: .units(1), scrapBasisPoints: 0, plant: plant)]
        while let top = stack.popLast() {
            var node = nodeAt(top.item, top.plant)
            if top.level > 0 {
                rows.append(BomExplosionRow(
                    level: top.level, item: top.item, quantityPer: top.quantityPer, scrapBasisPoints: top.scrapBasisPoints,
                    extendedQuantity: top.quantity, plant: top.plant, procurement: node?.procurement))
            }
            guard top.level < depthMax else { continue }
            // Follow a transfer chain (bounded) to the plant that makes the item.
            var linesPlant = top.plant
            var hops = 0
            while let current = node, current.procurement == .transfer, current.sourcePlant >= 0, hops < depthMax {
                linesPlant = current.sourcePlant
                node = nodeAt(top.item, linesPlant)
                hops += 1
            }
            if node?.procurement == .buy { continue }
            let effective = index.lines(ofParent: top.item, atPlant: linesPlant).filter { index.lines[Int($0)].isEffective(on: date) }
            // Pushed in reverse so they pop in component order.
            for lineNumber in effective.reversed() {
                let line = index.lines[Int(lineNumber)]
                guard let extended = top.quantity.explodedRoundingUpReportingOverflow(
                    quantityPer: line.quantityPer, scrapBasisPoints: line.scrapBasisPoints,
                    decimals: Int(itemDecimals[Int(line.componentItem)])) else {
                    throw QuantityOverflow(item: line.componentItem)
                }
                stack.append(Pending(item: line.componentItem, level: top.level + 1, quantity: extended,
                                     quantityPer: line.quantityPer, scrapBasisPoints: line.scrapBasisPoints, plant: linesPlant))
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
