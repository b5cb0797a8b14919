internal import FabrikCore
internal import FabrikLedger
internal import GRDB

/// Writes the new entries of a manual entry file inside the posting
/// transaction: their `journal_entries` rows, their `journal_lines`, and
/// their per-account, per-day movements added to `ledger_daily`.
///
/// The rows are exactly those `LedgerTransaction.insert` writes one entry at
/// a time (entry ids following the journal's largest, as SQLite assigns
/// them; line numbers from 1; no dimensions; the same daily sums), but go
/// in multi-row INSERTs through statements prepared once (the importer's
/// technique, `MultiRowInsert`), and the movements are summed in memory
/// and upserted once per account and day instead of once per line.
struct ManualEntryWriter {
    let db: Database
    let batch: ManualEntryBatch
    /// Rows between two progress reports.
    static let progressStride = 65_536

    /// Writes `toPost` (batch indexes, in order) as entries `firstEntryId`,
    /// `firstEntryId + 1`, …; `progress(rowsDone, rowsTotal)` now and then.
    func write(_ toPost: [Int], firstEntryId: Int64, phaseDone: (ManualPostingPhase) -> Void,
               progress: (Int, Int) -> Void) throws {
        let lineCount = toPost.reduce(0) { $0 + batch.lineRange($1).count }
        let total = toPost.count + lineCount
        var done = 0
        func report(_ rows: Int) {
            let before = done
            done += rows
            if done / Self.progressStride != before / Self.progressStride { progress(done, total) }
        }
        progress(0, total)
        // The source is the same for every row, so it is part of the SQL, not a parameter.
        let rows = MultiRowInsert(db: db)
        try rows.insert(count: toPost.count, sql: "INSERT INTO journal_entries (entry_id, key, date_day, memo, source) VALUES ",
                        tuple: "(?, ?, ?, ?, 'manual')", width: 4, report: report) { statement, row in
            let index = toPost[row]
            statement.bind(1, firstEntryId + Int64(row))
            statement.bind(2, batch.keys[index])
            statement.bind(3, batch.dates[index].daysSinceEpoch)
            statement.bind(4, batch.memos[index])
        }
        phaseDone(.writeEntries)
        // (entry row, line number) of every line, in posting order.
        var lineRows: [(entry: Int32, line: Int32)] = []
        lineRows.reserveCapacity(lineCount)
        for (row, index) in toPost.enumerated() {
            for at in batch.lineRange(index) { lineRows.append((Int32(row), Int32(at))) }
        }
        let codes = batch.chart.accounts.map(\.code)
        try rows.insert(count: lineRows.count,
                        sql: "INSERT INTO journal_lines (entry_id, line_no, account_code, debit_cents, credit_cents) VALUES ",
                        tuple: "(?, ?, ?, ?, ?)", width: 5, report: report) { statement, row in
            let (entry, at) = lineRows[row]
            let line = batch.lines[Int(at)]
            statement.bind(1, firstEntryId + Int64(entry))
            statement.bind(2, Int64(Int(at) - batch.lineRange(toPost[Int(entry)]).lowerBound + 1))
            statement.bind(3, codes[Int(line.accountPosition)])
            statement.bind(4, line.debit.rawCents)
            statement.bind(5, line.credit.rawCents)
        }
        phaseDone(.writeLines)
        try addDailyMovements(toPost)
        phaseDone(.writeDailyBalances)
        progress(total, total)
    }

    /// Adds the lines' sums per account and day (`ManualEntryBatch.dailySums`)
    /// to their `ledger_daily` rows (creating them), in account code then day order.
    private func addDailyMovements(_ toPost: [Int]) throws {
        let sums: [ManualEntryBatch.DailySum]
        switch batch.dailySums(of: toPost) {
        case .success(let computed): sums = computed
        case .failure(let overflow):
            throw StoreError.transactionRefused(
                "The movements of account \(overflow.accountCode) on \(overflow.day.iso8601) exceed the ledger's range; nothing was posted.")
        }
        let codes = batch.chart.accounts.map(\.code)
        let upsert = try RawStatement(db, sql: JournalLineWriter.dailyUpsertSQL)
        for sum in sums {
            upsert.bind(1, codes[Int(sum.accountPosition)])
            upsert.bind(2, sum.day.daysSinceEpoch)
            upsert.bind(3, sum.debitCents)
            upsert.bind(4, sum.creditCents)
            try upsert.execute()
        }
    }
}
