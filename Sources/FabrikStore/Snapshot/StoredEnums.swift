internal import FabrikCore

/// Decoding of the enum columns, stored as their dataset names. A name the
/// store does not know means a hand-edited database: a `corruptValue` error,
/// never a crash.
enum StoredEnum {
    static func decode<Value>(
        _ text: String, table: String, column: String, _ make: (Substring) -> Value?
    ) throws(StoreError) -> Value {
        guard let value = make(Substring(text)) else {
            throw .corruptValue(table: table, column: column, value: text)
        }
        return value
    }

    static func procurement(_ text: String, table: String = "item_plants") throws(StoreError) -> Procurement {
        try decode(text, table: table, column: "procurement") { Procurement(name: $0) }
    }

    static func lotRule(_ text: String) throws(StoreError) -> LotRule {
        try decode(text, table: "item_plants", column: "lot_rule") { LotRule(name: $0) }
    }

    static func orderType(_ text: String, table: String = "open_orders") throws(StoreError) -> OrderType {
        try decode(text, table: table, column: "type") { OrderType(name: $0) }
    }

    static func dealStage(_ text: String) throws(StoreError) -> DealStage {
        try decode(text, table: "deals", column: "stage") { DealStage(name: $0) }
    }
}
