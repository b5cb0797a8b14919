internal import FabrikCore
internal import FabrikLedger
internal import GRDB

/// Reading journal rows back: as drafts (unvalidated, for the verifier) or
/// as entries validated against the chart (the second path of the pair
/// check, so a tampered row is caught rather than trusted).
enum LedgerQueries {
    /// The entry stored under `key`, validated; nil when there is none.
    static func entry(_ db: Database, key: String, chart: ChartOfAccounts) throws -> JournalEntry? {
        guard let entryId = try Int64.fetchOne(db, sql: "SELECT entry_id FROM journal_entries WHERE key = ?", arguments: [key])
        else { return nil }
        let drafts = try self.drafts(db, entryId: entryId)
        guard let draft = drafts.first else { return nil }
        return try validated(draft, chart: chart)
    }

    static func validated(_ draft: JournalEntryDraft, chart: ChartOfAccounts) throws -> JournalEntry {
        switch draft.validated(chart: chart) {
        case .success(let entry): return entry
        case .failure(let rejection):
            throw StoreError.corruptValue(table: "journal_entries", column: "key",
                                          value: "\(draft.key) (\(rejection.sentence))")
        }
    }

    /// Every entry (or only entry `entryId`), in posting order, with its
    /// lines in line order.
    static func drafts(_ db: Database, entryId: Int64? = nil) throws -> [JournalEntryDraft] {
        var drafts: [JournalEntryDraft] = []
        var position: [Int64: Int] = [:]
        let condition = entryId == nil ? "1" : "entry_id = ?"
        let entries = try RawStatement(db, sql: """
            SELECT entry_id, key, date_day, memo, source, reverses_key FROM journal_entries
            WHERE \(condition) ORDER BY entry_id
            """)
        if let entryId { entries.bind(1, entryId) }
        while try entries.step() {
            position[entries.int64(0)] = drafts.count
            drafts.append(JournalEntryDraft(
                key: entries.text(1), date: Day(daysSinceEpoch: entries.int32(2)), memo: entries.text(3),
                source: entries.text(4) == "manual" ? .manual : .event, reversesKey: entries.optionalText(5), lines: []))
        }
        let lines = try RawStatement(db, sql: """
            SELECT entry_id, account_code, debit_cents, credit_cents, item_id, plant_id, order_id, party_id
            FROM journal_lines WHERE \(condition) ORDER BY entry_id, line_no
            """)
        if let entryId { lines.bind(1, entryId) }
        while try lines.step() {
            guard let at = position[lines.int64(0)] else { continue }
            drafts[at].lines.append(JournalLine(
                accountCode: lines.text(1), debit: Cents(rawCents: lines.int64(2)), credit: Cents(rawCents: lines.int64(3)),
                itemId: lines.optionalText(4), plantId: lines.optionalText(5), orderId: lines.optionalText(6),
                partyId: lines.optionalText(7)))
        }
        return drafts
    }

    /// Calls `body` with every entry as a draft, in posting order, holding
    /// one entry at a time: entries and lines are read by two statements
    /// stepped side by side over `entry_id` (a merge, both in key order).
    /// Lines whose entry row is missing are skipped, as in `drafts`.
    static func forEachDraft(_ db: Database, _ body: (JournalEntryDraft) -> Void) throws {
        let entries = try RawStatement(db, sql: """
            SELECT entry_id, key, date_day, memo, source, reverses_key FROM journal_entries ORDER BY entry_id
            """)
        let lines = try RawStatement(db, sql: """
            SELECT entry_id, account_code, debit_cents, credit_cents, item_id, plant_id, order_id, party_id
            FROM journal_lines ORDER BY entry_id, line_no
            """)
        var hasLine = try lines.step()
        while try entries.step() {
            let entryId = entries.int64(0)
            var draft = JournalEntryDraft(
                key: entries.text(1), date: Day(daysSinceEpoch: entries.int32(2)), memo: entries.text(3),
                source: entries.text(4) == "manual" ? .manual : .event, reversesKey: entries.optionalText(5), lines: [])
            while hasLine, lines.int64(0) <= entryId {
                if lines.int64(0) == entryId {
                    draft.lines.append(JournalLine(
                        accountCode: lines.text(1), debit: Cents(rawCents: lines.int64(2)), credit: Cents(rawCents: lines.int64(3)),
                        itemId: lines.optionalText(4), plantId: lines.optionalText(5), orderId: lines.optionalText(6),
                        partyId: lines.optionalText(7)))
                }
                hasLine = try lines.step()
            }
            body(draft)
        }
    }

    /// Every entry, validated, in posting order.
    static func entries(_ db: Database, chart: ChartOfAccounts) throws -> [JournalEntry] {
        try drafts(db).map { draft in try validated(draft, chart: chart) }
    }

    /// `debit - credit` of `accountCode` on lines carrying `orderId`.
    static func balance(_ db: Database, accountCode: String, orderId: String) throws -> Cents {
        let raw = try Int64.fetchOne(db, sql: """
            SELECT COALESCE(SUM(debit_cents - credit_cents), 0) FROM journal_lines WHERE account_code = ? AND order_id = ?
            """, arguments: [accountCode, orderId])
        return Cents(rawCents: raw ?? 0)
    }

    /// The stored per-account, per-day movements, by account then day.
    static func dailyMovements(_ db: Database) throws -> [DailyMovement] {
        var result: [DailyMovement] = []
        let rows = try RawStatement(db, sql: "SELECT account_code, day, debit_cents, credit_cents FROM ledger_daily ORDER BY account_code, day")
        while try rows.step() {
            result.append(DailyMovement(accountCode: rows.text(0), date: Day(daysSinceEpoch: rows.int32(1)),
                                        debit: Cents(rawCents: rows.int64(2)), credit: Cents(rawCents: rows.int64(3))))
        }
        return result
    }
}
