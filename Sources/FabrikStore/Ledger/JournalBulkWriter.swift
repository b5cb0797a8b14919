internal import FabrikCore
internal import FabrikLedger
internal import GRDB

/// Writes journal entries the caller has already decided to post, in bulk,
/// inside its transaction: the import's opening entries on the journal it
/// has just emptied, so no key can be taken.
///
/// The rows are exactly those `LedgerTransaction.insert` writes one entry at
/// a time (entry ids following the journal's largest, as SQLite assigns
/// them; line numbers from 1; every dimension; the same daily sums), but go
/// in multi-row INSERTs (`MultiRowInsert`), and the movements are summed in
/// memory and upserted once per account and day instead of once per line.
/// A store test compares both paths row for row.
struct JournalBulkWriter {
    let db: Database

    func write(_ entries: [JournalEntry]) throws {
        guard !entries.isEmpty else { return }
        let firstEntryId = (try Int64.fetchOne(db, sql: "SELECT MAX(entry_id) FROM journal_entries") ?? 0) + 1
        let rows = MultiRowInsert(db: db)
        try rows.insert(count: entries.count,
                        sql: "INSERT INTO journal_entries (entry_id, key, date_day, memo, source, reverses_key) VALUES ",
                        tuple: "(?, ?, ?, ?, ?, ?)", width: 6) { statement, row in
            let entry = entries[row]
            statement.bind(1, firstEntryId + Int64(row))
            statement.bind(2, entry.key)
            statement.bind(3, entry.date.daysSinceEpoch)
            statement.bind(4, entry.memo)
            statement.bind(5, entry.source.name)
            statement.bind(6, entry.reversesKey)
        }
        // (entry row, line index) of every line, in posting order.
        var lineRows: [(entry: Int32, line: Int32)] = []
        for (row, entry) in entries.enumerated() {
            for at in entry.lines.indices { lineRows.append((Int32(row), Int32(at))) }
        }
        let lineColumns = "entry_id, line_no, account_code, debit_cents, credit_cents, item_id, plant_id, order_id, party_id"
        try rows.insert(count: lineRows.count, sql: "INSERT INTO journal_lines (\(lineColumns)) VALUES ",
                        tuple: "(?, ?, ?, ?, ?, ?, ?, ?, ?)", width: 9) { statement, row in
            let (entry, at) = lineRows[row]
            JournalLineWriter.bind(statement, entryId: firstEntryId + Int64(entry), lineNumber: Int(at) + 1,
                                   entries[Int(entry)].lines[Int(at)])
        }
        try addDailyMovements(entries)
    }

    /// One `ledger_daily` upsert per account and day, in account code then day order.
    private func addDailyMovements(_ entries: [JournalEntry]) throws {
        struct Cell: Hashable {
            var accountCode: String
            var day: Int32
        }
        var sums: [Cell: (debit: Int64, credit: Int64)] = [:]
        for entry in entries {
            for line in entry.lines {
                let cell = Cell(accountCode: line.accountCode, day: entry.date.daysSinceEpoch)
                let sum = sums[cell, default: (0, 0)]
                let debit = sum.debit.addingReportingOverflow(line.debit.rawCents)
                let credit = sum.credit.addingReportingOverflow(line.credit.rawCents)
                guard !debit.overflow, !credit.overflow else {
                    throw StoreError.transactionRefused(
                        "The movements of account \(line.accountCode) on \(entry.date.iso8601) exceed the ledger's range; nothing was posted.")
                }
                sums[cell] = (debit.partialValue, credit.partialValue)
            }
        }
        let ordered = sums.keys.sorted { a, b in
            a.accountCode != b.accountCode ? utf8Precedes(a.accountCode, b.accountCode) : a.day < b.day
        }
        let upsert = try RawStatement(db, sql: JournalLineWriter.dailyUpsertSQL)
        for cell in ordered {
            guard let sum = sums[cell] else { continue }
            upsert.bind(1, cell.accountCode)
            upsert.bind(2, cell.day)
            upsert.bind(3, sum.debit)
            upsert.bind(4, sum.credit)
            try upsert.execute()
        }
    }
}
