internal import FabrikCore
public import FabrikLedger
internal import GRDB

extension SQLiteStore {
    /// One account's journal (`fabrik ledger journal --account`), read from
    /// that account's lines alone: one pass over `journal_lines` joined to
    /// each line's entry header, instead of building every entry of the
    /// journal (which took 6.8 s and 680 MB for an account of a 3M-line
    /// journal). The whole journal's validation is `ledger verify`'s; the
    /// CHECK on every line keeps one side positive.
    public func accountJournal(accountCode: String) throws(StoreError) -> AccountJournal {
        try read("reading the journal of account \(accountCode)") { db in
            var posted: [AccountJournal.PostedLine] = []
            let lines = try RawStatement(db, sql: """
                SELECT e.date_day, l.entry_id, l.line_no, e.key, e.memo, l.debit_cents, l.credit_cents,
                       l.item_id, l.plant_id, l.order_id, l.party_id
                FROM journal_lines l JOIN journal_entries e ON e.entry_id = l.entry_id
                WHERE l.account_code = ? ORDER BY l.entry_id, l.line_no
                """)
            lines.bind(1, accountCode)
            while try lines.step() {
                let line = JournalLine(
                    accountCode: accountCode, debit: Cents(rawCents: lines.int64(5)), credit: Cents(rawCents: lines.int64(6)),
                    itemId: lines.optionalText(7), plantId: lines.optionalText(8), orderId: lines.optionalText(9),
                    partyId: lines.optionalText(10))
                posted.append(AccountJournal.PostedLine(
                    date: Day(daysSinceEpoch: lines.int32(0)), entrySequence: lines.int64(1), lineNumber: Int(lines.int64(2)),
                    key: lines.text(3), memo: lines.text(4), line: line))
            }
            return AccountJournal(accountCode: accountCode, postedLines: posted)
        }
    }
}
