public import FabrikCore
internal import GRDB

/// `fabrik cost rollup`: the standard cost of every made item rolled up
/// from its components, qty_per x (1 + scrap) x component standard, over
/// the BOM lines effective on `date` at the item's first making plant (by
/// id; plant lines replacing blank-plant ones). Components made or phantom
/// at that plant contribute their own rolled-up cost, bought ones their
/// standard cost. Exact in 128 bits, rounded once per item to
/// ten-thousandths, half away from zero. `apply` writes the results to
/// `items.standard_cost` (no revaluation entry: the stock valuation then
/// shows the difference until stock turns over).
extension SQLiteStore {
    public func costRollup(on date: Day, apply: Bool) throws(StoreError) -> [RolledUpCost] {
        try write("rolling up standard costs") { db in
            let costs = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT item_id, standard_cost FROM items").map {
                (($0[0] as String), Money(rawTenThousandths: $0[1]))
            })
            var makingPlant: [String: String] = [:]
            var procurement: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT item_id, plant_id, procurement FROM item_plants ORDER BY item_id, plant_id") {
                let item: String = row[0], plant: String = row[1], kind: String = row[2]
                procurement[item + "\u{0}" + plant] = kind
                if kind == "make", makingPlant[item] == nil { makingPlant[item] = plant }
            }
            var rolled: [String: Money] = [:]
            func cost(of item: String, plant: String, depth: Int) throws -> Money {
                let kind = procurement[item + "\u{0}" + plant]
                guard kind == "make" || kind == "phantom", depth < ComponentExplosion.depthMax else { return costs[item] ?? .zero }
                if kind == "make", let known = rolled[item], utf8Equal(makingPlant[item] ?? "", plant) { return known }
                let lines = try ComponentExplosion.effectiveLines(db, itemId: item, plantId: plant, on: date)
                var numerator: Int128 = 0
                for line in lines {
                    let component = try cost(of: line.componentId, plant: plant, depth: depth + 1)
                    numerator += Int128(line.quantityPer.rawMicros) * Int128(10_000 + Int64(line.scrapBasisPoints))
                        * Int128(component.rawTenThousandths)
                }
                let denominator = Int128(Quantity.scale) * 10_000
                var quotient = numerator / denominator
                if (numerator % denominator) * 2 >= denominator { quotient += 1 }
                let money = Money(rawTenThousandths: Int64(clamping: quotient))
                if kind == "make", utf8Equal(makingPlant[item] ?? "", plant) { rolled[item] = money }
                return money
            }
            var result: [RolledUpCost] = []
            for (item, plant) in makingPlant.sorted(by: { utf8Precedes($0.key, $1.key) }) {
                let money = try cost(of: item, plant: plant, depth: 0)
                result.append(RolledUpCost(itemId: item, plantId: plant, current: costs[item] ?? .zero, rolledUp: money))
            }
            if apply {
                for row in result {
                    try db.execute(sql: "UPDATE items SET standard_cost = ? WHERE item_id = ?",
                                   arguments: [row.rolledUp.rawTenThousandths, row.itemId])
                }
            }
            return result
        }
    }
}
