internal import FabrikCore
internal import FabrikLedger
internal import GRDB

extension SQLiteStore {
    /// The first `ledger post` implementation, kept as the reference the bulk
    /// path is tested against (identical journal and `ledger_daily` rows):
    /// `ManualEntryFile.parse` into `JournalEntry` values, one key probe and
    /// read-back per entry (`Idempotency.partition`), then
    /// `LedgerTransaction.insert` entry by entry. Tests only; ~10x slower.
    func postManualEntriesEntryByEntry(text: String, fileName: String) throws(StoreError) -> ManualPostingOutcome {
        let chart = try chartOfAccounts()
        let entries: [JournalEntry]
        switch ManualEntryFile.parse(text, fileName: fileName, chart: chart) {
        case .success(let parsed): entries = parsed
        case .failure(let rejection): throw .transactionRefused(rejection.description + "\nNothing was posted.")
        }
        return try write("posting manual entries") { db in
            let tx = try LedgerTransaction(db: db, date: Day(daysSinceEpoch: 0))
            var lookupFailure: (any Error)?
            let probe = try RawStatement(db, sql: "SELECT 1 FROM journal_entries WHERE key = ?")
            let batch = Idempotency.partition(entries) { key in
                do {
                    probe.reset()
                    probe.bind(1, key)
                    guard try probe.step() else { return nil }
                    return try LedgerQueries.entry(db, key: key, chart: tx.chart)
                } catch {
                    lookupFailure = error
                    return nil
                }
            }
            if let lookupFailure { throw lookupFailure }
            if !batch.conflictingKeys.isEmpty {
                throw StoreError.transactionRefused(
                    batch.conflictingKeys.map { "\(fileName): entry \($0) was already posted with different content." }
                        .joined(separator: "\n") + "\nNothing was posted.")
            }
            var lines = 0
            for entry in batch.toPost {
                try tx.insert(entry)
                lines += entry.lines.count
            }
            return ManualPostingOutcome(postedKeys: batch.toPost.map(\.key), alreadyPostedKeys: batch.alreadyPostedKeys,
                                        lineCount: lines)
        }
    }
}
