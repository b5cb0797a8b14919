internal import FabrikCore
internal import FabrikLedger
internal import GRDB

/// The opening entries an import posts, dated `--opening-date`, in the
/// import's own transaction: stock on hand per (item, plant), the WIP of
/// imported production orders already issued (components at standard, BOM
/// of their release date), the in-transit stock of imported transfers
/// already issued (at the destination plant), each against opening equity.
/// Keys: `opening/stock/ITEM/PLANT`, `opening/wip/ORDER`, `opening/transit/ORDER`.
enum OpeningBalances {
    static func post(_ db: Database, date: Day) throws -> Int {
        let tx = try LedgerTransaction(db: db, date: date)
        var posted = 0
        let stock = try Row.fetchAll(db, sql: "SELECT item_id, plant_id, on_hand FROM inventory WHERE on_hand > 0 ORDER BY rowid")
        for row in stock {
            let line = try tx.stockLine(itemId: row[0], plantId: row[1], quantity: Quantity(rawMicros: row[2]))
            if try tx.post(tx.rules.openingStock(tx.header("opening/stock/\(line.itemId)/\(line.plantId)"), stock: line)) != nil {
                posted += 1
            }
        }
        let orders = try Row.fetchAll(db, sql: """
            SELECT order_id, type, item_id, plant_id, qty, due_day FROM open_orders
            WHERE issued = 1 AND type IN ('production', 'transfer') ORDER BY id
            """)
        for row in orders {
            let orderId: String = row[0], type: String = row[1], itemId: String = row[2], plantId: String = row[3]
            let quantity = Quantity(rawMicros: row[4])
            if type == "production" {
                let release = try ComponentExplosion.releaseDate(db, itemId: itemId, plantId: plantId, due: Day(daysSinceEpoch: row[5]))
                let components = try ComponentExplosion.components(db, itemId: itemId, plantId: plantId, quantity: quantity, on: release)
                let lines = try components.map { try tx.stockLine(itemId: $0.itemId, plantId: plantId, quantity: $0.quantity) }
                if try tx.post(tx.rules.openingWIP(tx.header("opening/wip/\(orderId)"), productionOrderId: orderId,
                                                   components: lines)) != nil {
                    posted += 1
                }
            } else {
                let line = try tx.stockLine(itemId: itemId, plantId: plantId, quantity: quantity)
                if try tx.post(tx.rules.openingInTransit(tx.header("opening/transit/\(orderId)"), transferId: orderId,
                                                         stockAtDestination: line)) != nil {
                    posted += 1
                }
            }
        }
        return posted
    }
}
