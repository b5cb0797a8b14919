public import FabrikCore
public import FabrikPlanning
internal import GRDB

extension SQLiteStore {
    /// The promise for `quantity` of `itemId` at `plantId`, from the current
    /// plan (free supply) and the current master data (lead times), both read
    /// in ONE read transaction. Nil when the item or the plant does not
    /// exist; throws `StoreError.noPlan` without a plan.
    public func readPromise(itemId: String, plantId: String, quantity: Quantity,
                            cache: PlanCache = PlanCache()) throws(StoreError) -> Promise? {
        try read("computing a promise date for \(itemId) at \(plantId)") { db in
            let exists = try RawStatement(db, sql: """
                SELECT (SELECT COUNT(*) FROM items WHERE item_id = ?), (SELECT COUNT(*) FROM plants WHERE plant_id = ?)
                """)
            exists.bind(1, itemId); exists.bind(2, plantId)
            guard try exists.step(), exists.int64(0) > 0, exists.int64(1) > 0 else { return nil }
            guard let plan = try cache.current(db) else { throw StoreError.noPlan }
            var loader = SnapshotLoader(db: db)
            let snapshot = try loader.load()
            return Promise.build(itemId: itemId, plantId: plantId, quantity: quantity, index: plan.index, snapshot: snapshot)
        }
    }
}
