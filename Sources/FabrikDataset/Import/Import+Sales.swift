import FabrikCore

enum CustomerColumn: Int, DatasetColumn {
    case customerId, name
    static let file = "customers.csv"
    static let schema = [ColumnSpec("customer_id", required: true), ColumnSpec("name")]
}

enum DealColumn: Int, DatasetColumn {
    case dealId, customerId, title, stage
    static let file = "deals.csv"
    static let schema = [
        ColumnSpec("deal_id", required: true), ColumnSpec("customer_id", required: true), ColumnSpec("title"),
        ColumnSpec("stage", required: true),
    ]
}

enum DealLineColumn: Int, DatasetColumn {
    case dealId, lineNo, itemId, plantId, qty, dueDate, unitPrice
    static let file = "deal_lines.csv"
    static let schema = [
        ColumnSpec("deal_id", required: true), ColumnSpec("line_no", required: true), ColumnSpec("item_id", required: true),
        ColumnSpec("plant_id", required: true), ColumnSpec("qty", required: true), ColumnSpec("due_date", required: true),
        ColumnSpec("unit_price"),
    ]
}

/// deal_lines key: deal, line_no.
private struct DealLineKey: Hashable {
    let deal: ByteKey
    let lineNumber: Int64
}

extension DatasetImport {
    func readCustomers(_ bytes: inout [UInt8]) {
        var lookup = Lookup<ByteKey, Int>()
        lookup.entries.reserveCapacity(rowEstimate)
        var records: [CustomerRecord] = []
        records.reserveCapacity(rowEstimate)
        let complete = TableScan.scan(&bytes, as: CustomerColumn.self, log: log) { row in
            guard let customerId = row.id(.customerId) else { return }
            if let first = firstLine(of: ByteKey(customerId), in: &lookup.entries, line: row.line) {
                row.report(.customerId, "duplicate customer \(quoted(customerId)) (first on line \(first))")
                return
            }
            records.append(CustomerRecord(customerId: customerId, name: row.text(.name)))
        }
        lookup.isComplete = complete
        customers = lookup
        dataset.customers = records
    }

    func readDeals(_ bytes: inout [UInt8]) {
        var lookup = Lookup<ByteKey, Int>()
        lookup.entries.reserveCapacity(rowEstimate)
        var records: [DealRecord] = []
        records.reserveCapacity(rowEstimate)
        let complete = TableScan.scan(&bytes, as: DealColumn.self, log: log) { row in
            let dealId = row.required(.dealId, CellParsers.unreservedId)
            let customerId = row.id(.customerId)
            let customerKnown = known(customers, "customer", customerId, row, .customerId)
            let stage = row.required(.stage, Tokens.dealStage.parse)
            guard let dealId else { return }
            if let first = firstLine(of: ByteKey(dealId), in: &lookup.entries, line: row.line) {
                row.report(.dealId, "duplicate deal \(quoted(dealId)) (first on line \(first))")
                return
            }
            guard let customerId, customerKnown, let stage else { return }
            records.append(DealRecord(dealId: dealId, customerId: customerId, title: row.text(.title), stage: stage))
        }
        lookup.isComplete = complete
        deals = lookup
        dataset.deals = records
    }

    func readDealLines(_ bytes: inout [UInt8]) {
        var seen: [DealLineKey: Int] = [:]
        seen.reserveCapacity(rowEstimate)
        var records: [DealLineRecord] = []
        records.reserveCapacity(rowEstimate)
        _ = TableScan.scan(&bytes, as: DealLineColumn.self, log: log) { row in
            let dealId = row.id(.dealId)
            let dealKnown = known(deals, "deal", dealId, row, .dealId)
            let lineNumber = row.required(.lineNo) { CellParsers.whole($0, in: 0...CellParsers.countMax) }
            let itemId = row.id(.itemId)
            let item = knownItem(itemId, row, .itemId)
            let plantId = row.id(.plantId)
            let plantKnown = knownPlant(plantId, row, .plantId)
            var quantity = row.required(.qty) { CellParsers.quantity($0, positive: true) }
            if let value = quantity, let itemId, !row.checkDecimals(.qty, value, itemId: itemId, decimals: item?.decimals) {
                quantity = nil
            }
            let due = row.required(.dueDate, CellParsers.day)
            let price = row.optional(.unitPrice, default: .zero, CellParsers.money)
            guard let dealId, let lineNumber else { return }
            if let first = firstLine(of: DealLineKey(deal: ByteKey(dealId), lineNumber: lineNumber), in: &seen, line: row.line) {
                row.report(.lineNo, "duplicate line \(lineNumber) of deal \(quoted(dealId)) (first on line \(first))")
                return
            }
            guard dealKnown, let itemId, item != nil, let plantId, plantKnown, let quantity, let due, let price else { return }
            records.append(DealLineRecord(dealId: dealId, lineNumber: Int32(lineNumber), itemId: itemId, plantId: plantId,
                                          quantity: quantity, dueDate: due, unitPrice: price))
        }
        dataset.dealLines = records
    }
}
