public import FabrikLedger
internal import GRDB

/// `fabrik ledger verify` on SQLite: every invariant recomputed from the
/// stored lines, in one read transaction (a consistent snapshot).
extension SQLiteStore {
    /// Every ledger invariant recomputed from the lines (`LedgerVerifier`),
    /// closed production orders carrying no WIP, the stored per-day
    /// movements (`ledger_daily`, which the trial balance sums) equal to a
    /// full recomputation from `journal_lines`. Entries stream through a
    /// `LedgerVerificationPass`, so memory is one key per entry, not the
    /// lines. No problems means all is well.
    public func verifyLedgerReport() throws(StoreError) -> LedgerVerification {
        try read("verifying the ledger") { db in
            let chart = try LedgerTransaction.chart(db)
            let closed = try String.fetchAll(db, sql: "SELECT order_id FROM open_orders WHERE type = 'production' AND closed = 1")
            var pass = LedgerVerificationPass(chart: chart)
            try LedgerQueries.forEachDraft(db) { pass.add($0) }
            return pass.finish(closedOrderIds: closed, storedMovements: try LedgerQueries.dailyMovements(db))
        }
    }

    /// The problems of `verifyLedgerReport`; empty means all is well.
    public func verifyLedger() throws(StoreError) -> [LedgerProblem] {
        try verifyLedgerReport().problems
    }
}
