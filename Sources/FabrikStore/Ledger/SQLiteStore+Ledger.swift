public import FabrikCore
public import FabrikDataset
public import FabrikLedger
internal import GRDB

/// The ledger and the inventory transactions on SQLite: every event and
/// its postings commit in one write transaction (docs/ledger.md).
extension SQLiteStore {
    /// `importDataset` that also posts the opening balances dated
    /// `openingDate` before the import commits (all or nothing together).
    @discardableResult
    public func importDataset(
        _ dataset: Dataset, replace: Bool, openingDate: Day, progress: (ImportProgress) -> Void
    ) throws(StoreError) -> ImportSummary {
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = try withoutActuallyEscaping(progress) { progress throws(StoreError) in
            try write("importing the dataset", enforcingForeignKeys: false) { db in
                let outcome = try DatasetImporter.run(dataset, replace: replace, in: db, failAt: nil, progress: progress)
                _ = try OpeningBalances.post(db, date: openingDate)
                return outcome
            }
        }
        return ImportSummary(
            rowCount: outcome.rowCount, seconds: DatasetImporter.seconds(clock.now - start), replaced: outcome.replacedContent)
    }

    /// Records `event` dated `date` under `key` (or its natural key): the
    /// stock and order change and its postings in one transaction. A retry
    /// with the same key and content changes nothing (`alreadyRecorded`).
    public func record(_ event: StockEvent, date: Day, key: String? = nil) throws(StoreError) -> EventOutcome {
        try record(event, date: date, key: key, failBeforeCommit: false)
    }

    /// `record` with a test hook: fails after every write of the event, just
    /// before commit, to show that nothing of it survives.
    func record(_ event: StockEvent, date: Day, key: String?, failBeforeCommit: Bool) throws(StoreError) -> EventOutcome {
        try write("recording \(event.kind) \(event.subject)") { db in
            let outcome = try EventRecorder(tx: LedgerTransaction(db: db, date: date)).record(event, userKey: key)
            if failBeforeCommit { throw StoreError.transactionRefused("Injected failure before commit.") }
            return outcome
        }
    }

    /// The chart of accounts the postings use.
    public func chartOfAccounts() throws(StoreError) -> ChartOfAccounts {
        try read("reading the chart of accounts") { db in try LedgerTransaction.chart(db) }
    }

    /// Every journal entry in posting order, validated as it is read.
    public func journalEntries() throws(StoreError) -> [JournalEntry] {
        try read("reading the journal") { db in try LedgerQueries.entries(db, chart: LedgerTransaction.chart(db)) }
    }

    /// The trial balance as of `asOf` (every entry when nil: as of the latest
    /// entry date, or `today` if later), from the per-day movements in one
    /// scan of `ledger_daily`: cost O(accounts x days with postings),
    /// independent of the number of lines (docs/ledger.md, Trial balance).
    public func trialBalance(asOf: Day?, today: Day) throws(StoreError) -> TrialBalance {
        try read("computing the trial balance") { db in
            let chart = try LedgerTransaction.chart(db)
            var rows: [TrialBalance.Row] = []
            // Every entry has lines, so the latest entry date is the latest
            // ledger_daily day, read in the same scan; MAX(date_day) over
            // journal_entries would scan every entry (0.6 s at 2.5M entries).
            var latest: Int32?
            let sums = try RawStatement(db, sql: """
                SELECT account_code, SUM(debit_cents), SUM(credit_cents), MAX(day) FROM ledger_daily
                WHERE day <= ? GROUP BY account_code ORDER BY account_code
                """)
            sums.bind(1, asOf?.daysSinceEpoch ?? Int32.max)
            while try sums.step() {
                let code = sums.text(0), account = chart.account(code: code)
                rows.append(TrialBalance.Row(accountCode: code, name: account?.name, type: account?.type,
                                             debit: Cents(rawCents: sums.int64(1)), credit: Cents(rawCents: sums.int64(2))))
                latest = max(latest ?? sums.int32(3), sums.int32(3))
            }
            let day = asOf ?? TrialBalance.defaultAsOf(latestEntryDate: latest.map(Day.init(daysSinceEpoch:)), today: today)
            return TrialBalance(asOf: day, rows: rows)
        }
    }

    /// Stock per item and plant (on hand, in transit to it from transfers
    /// issued at import) at standard, reconciled with the inventory lines.
    public func stockValuation() throws(StoreError) -> StockValuation {
        try read("valuing the stock") { db in
            let chart = try LedgerTransaction.chart(db)
            var positions: [StockPosition] = []
            let stock = try RawStatement(db, sql: """
                SELECT s.item_id, s.plant_id, SUM(s.on_hand), SUM(s.transit), i.standard_cost FROM (
                    SELECT item_id, plant_id, on_hand, 0 AS transit FROM inventory WHERE on_hand <> 0
                    UNION ALL
                    SELECT item_id, plant_id, 0, qty - received_qty FROM open_orders
                    WHERE type = 'transfer' AND issued = 1 AND closed = 0 AND qty > received_qty
                ) s JOIN items i ON i.item_id = s.item_id GROUP BY s.item_id, s.plant_id ORDER BY s.item_id, s.plant_id
                """)
            while try stock.step() {
                positions.append(StockPosition(
                    itemId: stock.text(0), plantId: stock.text(1), onHand: Quantity(rawMicros: stock.int64(2)),
                    inTransit: Quantity(rawMicros: stock.int64(3)), standardCost: Money(rawTenThousandths: stock.int64(4))))
            }
            var ledger: [(itemId: String, plantId: String, balance: Cents)] = []
            // Every inventory line carries an item (JournalEntry.make refuses one
            // without); `item_id IS NOT NULL` lets the partial index journal_lines_item serve.
            let balances = try RawStatement(db, sql: """
                SELECT item_id, plant_id, SUM(debit_cents - credit_cents) FROM journal_lines
                WHERE account_code = ? AND item_id IS NOT NULL GROUP BY item_id, plant_id
                """)
            balances.bind(1, chart.code(role: .inventory))
            while try balances.step() {
                ledger.append((balances.text(0), balances.text(1), Cents(rawCents: balances.int64(2))))
            }
            return StockValuation(positions: positions, ledgerByItemPlant: ledger)
        }
    }
}
