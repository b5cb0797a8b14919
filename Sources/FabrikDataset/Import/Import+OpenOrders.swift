import FabrikCore

enum OpenOrderColumn: Int, DatasetColumn {
    case orderId, type, itemId, plantId, qty, dueDate, supplierId, sourcePlantId, issued
    static let file = "open_orders.csv"
    static let schema = [
        ColumnSpec("order_id", required: true), ColumnSpec("type", required: true), ColumnSpec("item_id", required: true),
        ColumnSpec("plant_id", required: true), ColumnSpec("qty", required: true), ColumnSpec("due_date", required: true),
        ColumnSpec("supplier_id"), ColumnSpec("source_plant_id"), ColumnSpec("issued"),
    ]
}

extension OrderType {
    /// The procurement of the nodes this order type is a receipt of.
    var procurement: Procurement {
        switch self {
        case .purchase: return .buy
        case .production: return .make
        case .transfer: return .transfer
        }
    }
}

extension DatasetImport {
    func readOpenOrders(_ bytes: inout [UInt8]) {
        var seen: [ByteKey: Int] = [:]
        seen.reserveCapacity(rowEstimate)
        var records: [OpenOrderRecord] = []
        records.reserveCapacity(rowEstimate)
        _ = TableScan.scan(&bytes, as: OpenOrderColumn.self, log: log) { row in
            let orderId = row.required(.orderId, CellParsers.unreservedId)
            let type = row.required(.type, Tokens.orderType.parse)
            let itemId = row.id(.itemId)
            let item = knownItem(itemId, row, .itemId)
            let plantId = row.id(.plantId)
            let plantKnown = knownPlant(plantId, row, .plantId)
            var quantity = row.required(.qty) { CellParsers.quantity($0, positive: true) }
            if let value = quantity, let itemId, !row.checkDecimals(.qty, value, itemId: itemId, decimals: item?.decimals) {
                quantity = nil
            }
            let due = row.required(.dueDate, CellParsers.day)
            let issued = row.optional(.issued, default: false, Tokens.yesNo.parse)
            var fits = true
            if let type, let itemId, let plantId, item != nil, plantKnown {
                fits = checkNode(row, type: type, itemId: itemId, plantId: plantId)
            }
            let supplier = row.optionalId(.supplierId)
            if let supplierId = supplier.value {
                if let type, type != .purchase {
                    row.report(.supplierId, "\(quoted(supplierId)) is given but only a purchase order has a supplier")
                    fits = false
                } else if !known(suppliers, "supplier", supplierId, row, .supplierId) {
                    fits = false
                }
            }
            if let type, type == .purchase, issued == true {
                row.report(.issued, "a purchase order cannot be issued (must be no)")
                fits = false
            }
            guard let orderId else { return }
            if let first = firstLine(of: ByteKey(orderId), in: &seen, line: row.line) {
                row.report(.orderId, "duplicate order \(quoted(orderId)) (first on line \(first))")
                return
            }
            guard fits, let type, let itemId, let plantId, let quantity, let due, let issued,
                  !supplier.isInvalid, item != nil, plantKnown
            else { return }
            let source = nodes[NodeKey(itemId, plantId)]?.sourcePlantId
            records.append(OpenOrderRecord(orderId: orderId, type: type, itemId: itemId, plantId: plantId, quantity: quantity,
                                           dueDate: due, supplierId: supplier.value,
                                           sourcePlantId: type == .transfer ? source : nil, issued: issued))
        }
        dataset.openOrders = records
    }

    /// The (item, plant) is a node that is not phantom, its procurement matches
    /// the order type, and source_plant_id is blank or the node's source (transfer only).
    private func checkNode(_ row: Row<OpenOrderColumn>, type: OrderType, itemId: String, plantId: String) -> Bool {
        let source = row.optionalId(.sourcePlantId)
        if source.isInvalid { return false }
        if let sourceId = source.value, type != .transfer {
            row.report(.sourcePlantId, "\(quoted(sourceId)) is given but only a transfer order has a source plant")
            return false
        }
        guard let node = nodes[NodeKey(itemId, plantId)] else {
            if nodes.isComplete {
                row.report(.plantId, "item \(quoted(itemId)) has no item_plants row at plant \(quoted(plantId))")
            }
            return false
        }
        guard let procurement = node.procurement else { return false }
        if procurement == .phantom {
            row.report(.plantId, "item \(quoted(itemId)) is phantom at plant \(quoted(plantId)) and takes no open orders")
            return false
        }
        if procurement != type.procurement {
            row.report(.type, "a \(type.name) order needs procurement \(type.procurement.name) but item \(quoted(itemId)) is \(procurement.name) at plant \(quoted(plantId))")
            return false
        }
        if let sourceId = source.value, let nodeSource = node.sourcePlantId, !utf8Equal(sourceId, nodeSource) {
            row.report(.sourcePlantId, "\(quoted(sourceId)) is not the source plant \(quoted(nodeSource)) of item \(quoted(itemId)) at plant \(quoted(plantId))")
            return false
        }
        return true
    }
}
