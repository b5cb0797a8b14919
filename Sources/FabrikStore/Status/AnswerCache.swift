internal import GRDB
import Synchronization

/// Rendered answers of a long-lived reader (`fabrik serve`), reused while
/// the database has not changed since they were rendered.
///
/// Consistency: an answer is keyed by its name (a deal id), the reader
/// connection and that connection's `PRAGMA data_version`, read inside the
/// request's read transaction once its snapshot is established. SQLite
/// changes a connection's data_version whenever another connection commits
/// (an import, `mrp run`, a receipt), so an unchanged key means the same
/// committed database the cached answer was built from, and a changed one a
/// fresh build in the same transaction. The entry holds its connection, so a
/// closed connection's identity is never taken for a new one's. At most
/// `capacity` answers are kept; a full cache is emptied before the next insert.
public final class AnswerCache<Answer: Sendable>: Sendable {
    private struct Key: Hashable {
        var connection: ObjectIdentifier
        var dataVersion: Int64
        var name: String
    }

    private struct Entry {
        var connection: AnyObject
        var answer: Answer
    }

    private struct Entries: @unchecked Sendable {
        // Only touched under the mutex; the connections are kept for their identity, never used.
        var byKey: [Key: Entry] = [:]
    }

    private let entries = Mutex(Entries())
    public let capacity: Int

    public init(capacity: Int = 256) { self.capacity = max(1, capacity) }

    /// The cached answer `name` for the database state `db` reads, else `build()` stored and returned.
    func answer(_ db: Database, name: String, build: () throws -> Answer) throws -> Answer {
        // The first read establishes the transaction's snapshot; data_version is then that snapshot's.
        _ = try Int64.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master")
        let version = try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0
        let key = Key(connection: ObjectIdentifier(db), dataVersion: version, name: name)
        if let hit = entries.withLock({ $0.byKey[key]?.answer }) { return hit }
        let built = try build()
        entries.withLock { state in
            if state.byKey.count >= capacity { state.byKey.removeAll(keepingCapacity: true) }
            state.byKey[key] = Entry(connection: db, answer: built)
        }
        return built
    }

    /// How many answers are cached (for tests).
    public var count: Int { entries.withLock { $0.byKey.count } }
}
