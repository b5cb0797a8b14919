import FabrikPlanning
internal import GRDB
import Synchronization

/// The last stored plan with its `PegIndex`, kept between requests of a
/// long-lived reader (`fabrik serve`), so a request does not reload millions
/// of pegs when the plan did not change.
///
/// Consistency: the cache is consulted INSIDE the request's read
/// transaction: the transaction first reads the last `mrp_runs` row
/// (id, stored_at, seconds) and uses the cached plan only when it is that
/// run's; otherwise it loads the plan in the same transaction. So the plan
/// a request uses is always the one committed in the snapshot the rest of
/// the request reads. Thread-safe (a `Mutex`); two requests that miss at
/// once may both load, and the later one wins.
public final class PlanCache: Sendable {
    private let entry = Mutex<CachedPlan?>(nil)

    public init() {}

    /// The plan of run `key` if cached.
    func plan(for key: RunKey) -> CachedPlan? {
        entry.withLock { $0.flatMap { $0.key == key ? $0 : nil } }
    }

    func store(_ plan: CachedPlan) { entry.withLock { $0 = plan } }
}

/// Identifies one stored run: `mrp_runs` row id plus when and how long, so
/// a run stored after an import reset the ids is not taken for an older one.
struct RunKey: Hashable, Sendable {
    var id: Int64
    var storedAt: String
    var seconds: Double
}

/// A loaded plan and its index.
struct CachedPlan: Sendable {
    var key: RunKey
    var stored: StoredPlan
    var index: PegIndex
}

extension PlanCache {
    /// The current plan in the transaction of `db`: the last run's key, then
    /// the cached plan of that run or a fresh load; nil when no plan is stored.
    func current(_ db: Database) throws -> CachedPlan? {
        let run = try RawStatement(db, sql: "SELECT id, stored_at, seconds FROM mrp_runs ORDER BY id DESC LIMIT 1")
        guard try run.step() else { return nil }
        let key = RunKey(id: run.int64(0), storedAt: run.text(1), seconds: run.double(2))
        if let cached = plan(for: key) { return cached }
        let stored = try PlanReader(db: db).read()
        let loaded = CachedPlan(key: key, stored: stored, index: PegIndex(plan: stored.plan))
        store(loaded)
        return loaded
    }
}
