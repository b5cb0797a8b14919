internal import FabrikCore
internal import FabrikLedger
internal import GRDB

/// The opening entries an import posts, dated `--opening-date`, in the
/// import's own transaction: stock on hand per (item, plant), the WIP of
/// imported production orders already issued (components at standard, BOM
/// of their release date), the in-transit stock of imported transfers
/// already issued (at the destination plant), each against opening equity.
/// Keys: `opening/stock/ITEM/PLANT`, `opening/wip/ORDER`, `opening/transit/ORDER`.
///
/// Speed: the import has just emptied the journal, so every key is new and
/// entries are inserted without a per-entry key lookup; standard costs
/// are read once. A journal that is not empty (never the case from
/// `importDataset`) takes the idempotent `post` path instead.
enum OpeningBalances {
    static func post(_ db: Database, date: Day) throws -> Int {
        let tx = try LedgerTransaction(db: db, date: date)
        let journalWasEmpty = try Int64.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM journal_entries)") == 0
        var costs: [String: Money] = [:]
        let costRows = try RawStatement(db, sql: "SELECT item_id, standard_cost FROM items")
        while try costRows.step() { costs[costRows.text(0)] = Money(rawTenThousandths: costRows.int64(1)) }
        func stockLine(_ itemId: String, _ plantId: String, _ quantity: Quantity) throws -> StockLine {
            guard let cost = costs[itemId] else { throw StoreError.transactionRefused("There is no item \(itemId).") }
            return StockLine(itemId: itemId, plantId: plantId, quantity: quantity, standardCost: cost)
        }
        func post(_ posting: Result<Posting, PostingRejection>) throws -> Bool {
            try tx.post(posting, keyIsNew: journalWasEmpty) != nil
        }
        var posted = 0
        let stock = try Row.fetchAll(db, sql: "SELECT item_id, plant_id, on_hand FROM inventory WHERE on_hand > 0 ORDER BY rowid")
        for row in stock {
            let line = try stockLine(row[0], row[1], Quantity(rawMicros: row[2]))
            if try post(tx.rules.openingStock(tx.header("opening/stock/\(line.itemId)/\(line.plantId)"), stock: line)) {
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
                let lines = try components.map { try stockLine($0.itemId, plantId, $0.quantity) }
                if try post(tx.rules.openingWIP(tx.header("opening/wip/\(orderId)"), productionOrderId: orderId,
                                                   components: lines)) {
                    posted += 1
                }
            } else {
                let line = try stockLine(itemId, plantId, quantity)
                if try post(tx.rules.openingInTransit(tx.header("opening/transit/\(orderId)"), transferId: orderId,
                                                         stockAtDestination: line)) {
                    posted += 1
                }
            }
        }
        return posted
    }
}
