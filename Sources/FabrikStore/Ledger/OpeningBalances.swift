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
/// Speed: the import has just emptied the journal, so every key is new:
/// the entries are built first (pure rules, standard costs and plant
/// calendars read once) and written together by `JournalBulkWriter`,
/// without a per-entry key lookup. A journal that is not empty (never the
/// case from `importDataset`) takes the idempotent `post` path per entry,
/// as does `entryByEntry` (the tests' reference for the bulk rows).
enum OpeningBalances {
    static func post(_ db: Database, date: Day, entryByEntry: Bool = false) throws -> Int {
        let tx = try LedgerTransaction(db: db, date: date)
        let journalWasEmpty = try Int64.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM journal_entries)") == 0
        var costs: [String: Money] = [:]
        let costRows = try RawStatement(db, sql: "SELECT item_id, standard_cost FROM items")
        while try costRows.step() { costs[costRows.text(0)] = Money(rawTenThousandths: costRows.int64(1)) }
        func stockLine(_ itemId: String, _ plantId: String, _ quantity: Quantity) throws -> StockLine {
            guard let cost = costs[itemId] else { throw StoreError.transactionRefused("There is no item \(itemId).") }
            return StockLine(itemId: itemId, plantId: plantId, quantity: quantity, standardCost: cost)
        }
        let bulk = journalWasEmpty && !entryByEntry
        var pending: [JournalEntry] = []
        var posted = 0
        func post(_ posting: Result<Posting, PostingRejection>) throws {
            if bulk {
                guard let entry = try LedgerTransaction.entry(posting) else { return }
                pending.append(entry)
                posted += 1
            } else if try tx.post(posting, keyIsNew: journalWasEmpty) != nil {
                posted += 1
            }
        }
        var calendars = PlantCalendars()
        let stock = try RawStatement(db, sql: "SELECT item_id, plant_id, on_hand FROM inventory WHERE on_hand > 0 ORDER BY rowid")
        while try stock.step() {
            let line = try stockLine(stock.text(0), stock.text(1), Quantity(rawMicros: stock.int64(2)))
            try post(tx.rules.openingStock(tx.header("opening/stock/\(line.itemId)/\(line.plantId)"), stock: line))
        }
        let orders = try RawStatement(db, sql: """
            SELECT order_id, type, item_id, plant_id, qty, due_day FROM open_orders
            WHERE issued = 1 AND type IN ('production', 'transfer') ORDER BY id
            """)
        while try orders.step() {
            let orderId = orders.text(0), type = orders.text(1), itemId = orders.text(2), plantId = orders.text(3)
            let quantity = Quantity(rawMicros: orders.int64(4))
            if type == "production" {
                let release = try ComponentExplosion.releaseDate(db, itemId: itemId, plantId: plantId,
                                                                 due: Day(daysSinceEpoch: orders.int32(5)), calendars: &calendars)
                let components = try ComponentExplosion.components(db, itemId: itemId, plantId: plantId, quantity: quantity, on: release)
                let lines = try components.map { try stockLine($0.itemId, plantId, $0.quantity) }
                try post(tx.rules.openingWIP(tx.header("opening/wip/\(orderId)"), productionOrderId: orderId, components: lines))
            } else {
                let line = try stockLine(itemId, plantId, quantity)
                try post(tx.rules.openingInTransit(tx.header("opening/transit/\(orderId)"), transferId: orderId,
                                                   stockAtDestination: line))
            }
        }
        try JournalBulkWriter(db: db).write(pending)
        return posted
    }
}
