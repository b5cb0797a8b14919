public import FabrikCore
public import FabrikDataset
public import FabrikPlanning

/// What Fabrik needs from a database, free of any SQL or driver type: the seam
/// where a PostgreSQL store can replace `SQLiteStore` (see docs/store.md).
///
/// Contract for every implementation: each method is one transaction (all or
/// nothing); readers never see a half-written import or plan; errors are
/// `StoreError` values. Ids compare by UTF-8 bytes everywhere.
public protocol FabrikStoring: Sendable {
    /// True when no table holds a row (a fresh database).
    func isEmpty() throws(StoreError) -> Bool

    /// Row counts of every content table, in schema order.
    func tableCounts() throws(StoreError) -> [TableCount]

    /// Loads a validated dataset. Without `replace`, refuses a database that
    /// holds data (`StoreError.databaseNotEmpty`); with it, replaces the whole
    /// content (plans, sequences, everything) as if into a new database.
    /// Either everything is loaded or nothing changed. `progress` is called
    /// on the calling thread, at each table and every few thousand rows.
    @discardableResult
    func importDataset(_ dataset: Dataset, replace: Bool, progress: (ImportProgress) -> Void) throws(StoreError) -> ImportSummary

    /// Everything MRP reads, with code tables sorted by UTF-8 bytes: only
    /// won deals' lines with quantity still to ship, open orders not closed
    /// with quantity still open, and on-hand per (item, plant).
    func loadPlanningSnapshot() throws(StoreError) -> PlanningSnapshot

    /// Deals with customer, line count and value, by stage then deal id;
    /// only those of `stage` when given.
    func listDeals(stage: DealStage?) throws(StoreError) -> [DealSummary]

    /// Marks a deal won, so its lines become demand. Refuses unknown, won and
    /// lost deals.
    func winDeal(id: String) throws(StoreError)

    /// Items, plants, item_plants and BOM lines for explosion and where-used.
    func loadBomModel() throws(StoreError) -> BomModel

    /// Replaces the stored plan with `plan` in one transaction (a failure
    /// leaves the previous plan) and records the run; `seconds` is the
    /// planning computation's time, kept for `stats.seconds`.
    func savePlan(_ plan: MaterialPlan, seconds: Double) throws(StoreError)

    /// The stored plan, exactly as saved; `StoreError.noPlan` when none.
    func loadPlan() throws(StoreError) -> StoredPlan

    /// Turns `PO-n` suggestions of the stored plan into open purchase orders
    /// `PUR-m` (own sequence), all or nothing, in the order given.
    func approvePurchase(ids: [String]) throws(StoreError) -> [OrderConversion]

    /// Turns `MO-n` into open production order `MFG-m`, or `TO-n` into open
    /// transfer order `TRF-m`.
    func releaseOrder(id: String) throws(StoreError) -> OrderConversion

    /// The planned orders of the stored plan already approved or released.
    func plannedOrderConversions() throws(StoreError) -> [OrderConversion]
}

extension FabrikStoring {
    /// `importDataset` without progress reporting.
    @discardableResult
    public func importDataset(_ dataset: Dataset, replace: Bool) throws(StoreError) -> ImportSummary {
        try importDataset(dataset, replace: replace, progress: { _ in })
    }
}

/// The number of rows of one table.
public struct TableCount: Hashable, Sendable {
    public var table: String
    public var count: Int
    public init(table: String, count: Int) { self.table = table; self.count = count }
}

/// How far an import is: `rowsDone` of `rowsTotal` dataset records, now in `table`.
/// Invariant: 0 <= rowsDone <= rowsTotal.
public struct ImportProgress: Hashable, Sendable {
    public var table: String
    public var rowsDone: Int
    public var rowsTotal: Int
}

/// The outcome of a successful import.
public struct ImportSummary: Hashable, Sendable {
    /// Dataset records written (excluding sequences and bookkeeping rows).
    public var rowCount: Int
    /// Wall-clock seconds of the whole transaction, commit included.
    public var seconds: Double
    /// True when an existing content was replaced.
    public var replaced: Bool
}

/// One deal as `fabrik deal list` shows it. `value` is the sum over its lines
/// of qty x unit_price, each product rounded to ten-thousandths.
public struct DealSummary: Hashable, Sendable {
    public var dealId: String
    public var customerId: String
    public var customerName: String
    public var title: String
    public var stage: DealStage
    public var lineCount: Int
    public var value: Money
}

/// The master data BOM explosion and where-used need, as the dataset's own
/// records. Items and plants are sorted by id (UTF-8 bytes); item_plants by
/// (item, plant); BOM lines keep their import order.
public struct BomModel: Sendable {
    public var plants: [PlantRecord]
    public var items: [ItemRecord]
    public var itemPlants: [ItemPlantRecord]
    public var bomLines: [BomRecord]
}
