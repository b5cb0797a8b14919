/// Everything that can go wrong in the store, as data. Each case renders as
/// one clear sentence (`description`) for the CLI's stderr; no GRDB or SQLite
/// type appears here, so callers depend on the store's contract only.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The database file could not be opened or migrated.
    case cannotOpen(path: String, reason: String)
    /// An import without `replace` into a database that already holds data.
    case databaseNotEmpty
    /// An import failed; nothing was changed.
    case importFailed(table: String, reason: String)
    /// A deal id that is not in the database.
    case unknownDeal(String)
    case dealAlreadyWon(String)
    case dealLost(String)
    /// No MRP plan has been stored yet.
    case noPlan
    /// An id that is not a planned order of the stored plan (or not of the
    /// expected kind, e.g. `purchase approve MO-3`).
    case unknownPlannedOrder(String)
    /// A planned order approved or released before, and the order it became.
    case plannedOrderAlreadyConverted(String, orderId: String)
    /// A planned order given twice in one request.
    case duplicatePlannedOrder(String)
    /// A stored value the store cannot decode (a hand-edited database).
    case corruptValue(table: String, column: String, value: String)
    /// A ledger or inventory transaction refused (bad order state, over-receipt,
    /// stock below zero, a reused key...); the sentence says why. Nothing changed.
    case transactionRefused(String)
    /// Any other database failure, with the operation that failed.
    case database(operation: String, message: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            return "Cannot open the database at \(path): \(reason)."
        case .databaseNotEmpty:
            return "The database already holds data; use --replace to replace all of it."
        case .importFailed(let table, let reason):
            return "The import failed at table \(table) and changed nothing: \(reason)."
        case .unknownDeal(let id):
            return "There is no deal \(id)."
        case .dealAlreadyWon(let id):
            return "Deal \(id) is already won."
        case .dealLost(let id):
            return "Deal \(id) is lost and cannot be won."
        case .noPlan:
            return "There is no stored plan yet; run `fabrik mrp run` first."
        case .unknownPlannedOrder(let id):
            return "There is no planned order \(id) of that kind in the stored plan."
        case .plannedOrderAlreadyConverted(let id, let orderId):
            return "Planned order \(id) was already turned into \(orderId)."
        case .duplicatePlannedOrder(let id):
            return "Planned order \(id) is given more than once."
        case .corruptValue(let table, let column, let value):
            return "The database holds an unreadable value \"\(value)\" in \(table).\(column)."
        case .transactionRefused(let sentence):
            return sentence
        case .database(let operation, let message):
            return "The database failed while \(operation): \(message)."
        }
    }
}
