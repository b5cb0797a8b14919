internal import FabrikCore
internal import FabrikLedger
internal import GRDB

/// The steps of a `ledger post`, in order, as `phaseDone` reports their ends.
public enum ManualPostingPhase: String, Sendable, CaseIterable {
    /// Parsing and validating the whole file.
    case check = "check the file"
    /// Reading the chart and deciding each entry's idempotency, in the write transaction.
    case decide = "decide idempotency"
    case writeEntries = "write entries"
    case writeLines = "write lines"
    case writeDailyBalances = "daily balances"
    /// The commit, with SQLite's WAL checkpoint.
    case commit = "commit"
}

/// How far a `ledger post` has written: entry and line rows of the new
/// entries (`rowsTotal` = entries + lines to post).
public struct ManualPostingProgress: Hashable, Sendable {
    public var rowsDone: Int
    public var rowsTotal: Int
}

/// `fabrik ledger post FILE` on SQLite (docs/ledger.md, Manual entries).
///
/// Invariants: the whole file is parsed and validated before anything is
/// written (`ManualEntryFile.batch`); then one IMMEDIATE write transaction
/// checks the chart is the one validated against, decides idempotency for
/// every entry (`ManualEntryLookup`), refuses the whole file if any key
/// holds different content, and writes every new entry, its lines and the
/// per-day movements (`ManualEntryWriter`). Nothing is written unless all
/// of it commits.
extension SQLiteStore {
    /// Posts a `ledger post` file: parsed and validated whole first, then
    /// every new entry in one transaction; nothing when any entry is bad or
    /// any key is reused with different content. Entries already posted
    /// with the same content are reported, not posted again.
    public func postManualEntries(text: String, fileName: String) throws(StoreError) -> ManualPostingOutcome {
        try postManualEntries(text: text, fileName: fileName, progress: { _ in })
    }

    /// `postManualEntries(text:fileName:)` reporting the rows written as it
    /// goes; the file is read on up to `threadCount` threads (the outcome is
    /// the same for any count). `phaseDone(name)` is called as each step
    /// ends (`ManualPostingPhase`), for timings.
    public func postManualEntries(text: String, fileName: String, threadCount: Int = 1,
                                  phaseDone: (ManualPostingPhase) -> Void = { _ in },
                                  progress: (ManualPostingProgress) -> Void) throws(StoreError) -> ManualPostingOutcome {
        let chart = try chartOfAccounts()
        let batch: ManualEntryBatch
        switch ManualEntryFile.batch(text, fileName: fileName, chart: chart, threadCount: threadCount) {
        case .success(let parsed): batch = parsed
        case .failure(let rejection): throw .transactionRefused(rejection.description + "\nNothing was posted.")
        }
        phaseDone(.check)
        // Row-by-row foreign key checks are off for this transaction only (and
        // the bulk page cache on, as for the import): every reference is
        // checked here instead, inside the same transaction. Each line's
        // account is in the chart validated against, which `post` compares
        // with the stored accounts first; each line's entry_id is a row this
        // transaction inserted just before; no entry names a reversed key.
        // With the bulk cache this took a 1M-entry post from 17.1 to 13.4 s of CPU.
        let outcome = try withoutActuallyEscaping(progress) { progress throws(StoreError) in
            try withoutActuallyEscaping(phaseDone) { phaseDone throws(StoreError) in
                try write("posting manual entries", enforcingForeignKeys: false) { db in
                    try Self.post(batch, fileName: fileName, db: db, phaseDone: phaseDone, progress: progress)
                }
            }
        }
        phaseDone(.commit)
        return outcome
    }

    private static func post(_ batch: ManualEntryBatch, fileName: String, db: Database,
                             phaseDone: (ManualPostingPhase) -> Void,
                             progress: (ManualPostingProgress) -> Void) throws -> ManualPostingOutcome {
        // The file was validated against the chart read before the write lock;
        // it must still be the stored one, row for row (an empty accounts
        // table reads as the built-in chart but holds nothing to reference).
        let storedAccounts = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM accounts") ?? 0
        guard storedAccounts > 0 else {
            throw StoreError.transactionRefused(
                "The database has no chart of accounts yet (import a dataset first); nothing was posted.")
        }
        guard storedAccounts == batch.chart.accounts.count, try LedgerTransaction.chart(db) == batch.chart else {
            throw StoreError.transactionRefused(
                "The chart of accounts changed while \(fileName) was being checked; nothing was posted. Post it again.")
        }
        let lookup = try ManualEntryLookup(batch, db: db)
        var toPost: [Int] = [], alreadyPosted: [String] = [], conflicting: [String] = []
        for (index, decision) in lookup.decisions.enumerated() {
            switch decision {
            case .post: toPost.append(index)
            case .alreadyPosted: alreadyPosted.append(batch.keys[index])
            case .conflict: conflicting.append(batch.keys[index])
            }
        }
        if !conflicting.isEmpty {
            throw StoreError.transactionRefused(
                conflicting.map { "\(fileName): entry \($0) was already posted with different content." }
                    .joined(separator: "\n") + "\nNothing was posted.")
        }
        phaseDone(.decide)
        try ManualEntryWriter(db: db, batch: batch).write(toPost, firstEntryId: lookup.lastEntryId + 1, phaseDone: phaseDone) {
            done, total in progress(ManualPostingProgress(rowsDone: done, rowsTotal: total))
        }
        let lines = toPost.reduce(0) { $0 + batch.lineRange($1).count }
        return ManualPostingOutcome(postedKeys: toPost.map { batch.keys[$0] }, alreadyPostedKeys: alreadyPosted, lineCount: lines)
    }
}
