import FabrikCore
import FabrikDataset
import FabrikPlanning
import FabrikStore

/// The stored master data turned into dense indices for the BOM queries:
/// items and plants by id order, a CSR BOM index, and procurement per node.
struct BomCatalog {
    let model: BomModel
    let items: Interner
    let plants: Interner
    let index: BillOfMaterialsIndex
    let itemDecimals: [UInt8]
    private let nodes: [Int64: BomNodeInfo]

    init(_ model: BomModel) {
        self.model = model
        let items = Interner(sortedUnique: model.items.map(\.itemId))
        let plants = Interner(sortedUnique: model.plants.map(\.plantId))
        self.items = items
        self.plants = plants
        var decimals = [UInt8](repeating: 0, count: items.count)
        for item in model.items {
            if let i = items.index(of: item.itemId) { decimals[Int(i)] = UInt8(item.decimals) }
        }
        itemDecimals = decimals
        var lines: [BomLineRow] = []
        lines.reserveCapacity(model.bomLines.count)
        for line in model.bomLines {
            guard let parent = items.index(of: line.parentItemId), let component = items.index(of: line.componentItemId) else { continue }
            let plant = line.plantId.flatMap { plants.index(of: $0) } ?? -1
            lines.append(BomLineRow(parentItem: parent, componentItem: component, plant: plant, quantityPer: line.quantityPer,
                                    scrapBasisPoints: line.scrapBasisPoints, validFrom: line.validFrom, validTo: line.validTo))
        }
        index = BillOfMaterialsIndex(itemCount: items.count, lines: lines)
        var byNode: [Int64: BomNodeInfo] = [:]
        for node in model.itemPlants {
            guard let i = items.index(of: node.itemId), let p = plants.index(of: node.plantId) else { continue }
            let source = node.sourcePlantId.flatMap { plants.index(of: $0) } ?? -1
            byNode[Int64(i) << 32 | Int64(p)] = BomNodeInfo(procurement: node.procurement, sourcePlant: source)
        }
        nodes = byNode
    }

    /// How `item` is planned at `plant`, nil when it is not.
    func node(item: Int32, plant: Int32) -> BomNodeInfo? { nodes[Int64(item) << 32 | Int64(plant)] }

    func name(of item: Int32) -> String { model.items[Int(item)].name }

    func unit(of item: Int32) -> String { model.items[Int(item)].unitOfMeasure }

    func itemIndex(_ code: String) throws -> Int32 {
        guard let i = items.index(of: code) else { throw CommandFailure("There is no item \(code).") }
        return i
    }

    func plantIndex(_ code: String) throws -> Int32 {
        guard let p = plants.index(of: code) else { throw CommandFailure("There is no plant \(code).") }
        return p
    }
}
