public import FabrikCore
internal import GRDB

extension SQLiteStore {
    public func listDeals(stage: DealStage?) throws(StoreError) -> [DealSummary] {
        try read("listing deals") { db in
            var deals: [DealSummary] = []
            var positionByDeal: [IdKey: Int] = [:]
            let dealRows = try RawStatement(db, sql: """
                SELECT d.deal_id, d.customer_id, c.name, d.title, d.stage
                FROM deals d JOIN customers c ON c.customer_id = d.customer_id
                """)
            while try dealRows.step() {
                let stageName = dealRows.text(4)
                guard let dealStage = DealStage(name: Substring(stageName)) else {
                    throw StoreError.corruptValue(table: "deals", column: "stage", value: stageName)
                }
                if let stage, stage != dealStage { continue }
                let summary = DealSummary(
                    dealId: dealRows.text(0), customerId: dealRows.text(1), customerName: dealRows.text(2),
                    title: dealRows.text(3), stage: dealStage, lineCount: 0, value: .zero)
                positionByDeal[IdKey(summary.dealId)] = deals.count
                deals.append(summary)
            }
            // Values are summed in Swift: qty micros x price ten-thousandths
            // overflows Int64 in SQL for large lines; Money.amount uses 128 bits.
            let lineRows = try RawStatement(db, sql: "SELECT deal_id, qty, unit_price FROM deal_lines")
            while try lineRows.step() {
                guard let position = positionByDeal[IdKey(lineRows.text(0))] else { continue }
                let amount = Money.amount(
                    unitPrice: Money(rawTenThousandths: lineRows.int64(2)), quantity: Quantity(rawMicros: lineRows.int64(1)))
                deals[position].lineCount += 1
                deals[position].value = deals[position].value + amount
            }
            deals.sort { a, b in
                a.stage != b.stage ? a.stage.rawValue < b.stage.rawValue : utf8Precedes(a.dealId, b.dealId)
            }
            return deals
        }
    }

    public func winDeal(id: String) throws(StoreError) {
        try write("winning a deal") { db in
            let lookup = try RawStatement(db, sql: "SELECT stage FROM deals WHERE deal_id = ?")
            lookup.bind(1, id)
            guard try lookup.step() else { throw StoreError.unknownDeal(id) }
            switch lookup.text(0) {
            case DealStage.won.name: throw StoreError.dealAlreadyWon(id)
            case DealStage.lost.name: throw StoreError.dealLost(id)
            default: break
            }
            lookup.reset()
            try db.execute(sql: "UPDATE deals SET stage = 'won' WHERE deal_id = ?", arguments: [id])
        }
    }
}
