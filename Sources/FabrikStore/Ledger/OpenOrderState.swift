internal import FabrikCore
internal import GRDB

/// An open order's row as the transactions need it (`open_orders`).
/// `received` is the received (purchase, transfer) or completed
/// (production) quantity; `invoiced` what supplier invoices covered.
struct OpenOrderState {
    var orderId: String
    var type: OrderType
    var itemId: String
    var plantId: String
    var quantity: Quantity
    var received: Quantity
    var invoiced: Quantity
    var dueDate: Day
    var supplierId: String?
    var sourcePlantId: String?
    var issued: Bool
    var closed: Bool
    var origin: String

    var remaining: Quantity { quantity - received }

    /// The order `orderId` of `type`, or a clear refusal.
    static func load(_ db: Database, orderId: String, type: OrderType) throws -> OpenOrderState {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT order_id, type, item_id, plant_id, qty, received_qty, invoiced_qty, due_day, supplier_id,
                   source_plant_id, issued, closed, origin
            FROM open_orders WHERE order_id = ?
            """, arguments: [orderId])
        else { throw StoreError.transactionRefused("There is no open order \(orderId).") }
        let storedType = try StoredEnum.orderType(row[1])
        guard storedType == type else {
            throw StoreError.transactionRefused("Order \(orderId) is a \(storedType.name) order, not a \(type.name) order.")
        }
        let state = OpenOrderState(
            orderId: row[0], type: storedType, itemId: row[2], plantId: row[3],
            quantity: Quantity(rawMicros: row[4]), received: Quantity(rawMicros: row[5]), invoiced: Quantity(rawMicros: row[6]),
            dueDate: Day(daysSinceEpoch: row[7]), supplierId: row[8], sourcePlantId: row[9],
            issued: (row[10] as Int64) != 0, closed: (row[11] as Int64) != 0, origin: row[12])
        if state.closed { throw StoreError.transactionRefused("Order \(orderId) is closed and accepts no more transactions.") }
        return state
    }
}
