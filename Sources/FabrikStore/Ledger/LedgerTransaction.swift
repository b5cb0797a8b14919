internal import FabrikCore
internal import FabrikLedger
internal import GRDB

/// One business event in progress inside a write transaction: the chart,
/// the posting path (idempotency decision, entry, lines, daily movements)
/// and the stock helpers every event uses. Built at the start of the
/// transaction; everything it writes commits or rolls back with the event.
///
/// Invariant: entries are built (pure, `PostingRules`) before anything is
/// written, and only `post` writes journal rows.
struct LedgerTransaction {
    let db: Database
    let chart: ChartOfAccounts
    let date: Day
    private let writer: JournalLineWriter
    var rules: PostingRules { PostingRules(chart: chart) }

    init(db: Database, date: Day) throws {
        self.db = db
        self.date = date
        self.chart = try Self.chart(db)
        self.writer = try JournalLineWriter(db)
    }

    /// The stored accounts as a validated chart; the built-in chart when the
    /// table is empty (a dataset built in code without accounts).
    static func chart(_ db: Database) throws -> ChartOfAccounts {
        var accounts: [Account] = []
        let rows = try RawStatement(db, sql: "SELECT account_code, name, type, role FROM accounts ORDER BY account_code")
        while try rows.step() {
            let type = try StoredEnum.decode(rows.text(2), table: "accounts", column: "type") { AccountType(name: $0) }
            let role = try rows.optionalText(3).map { text throws(StoreError) in
                try StoredEnum.decode(text, table: "accounts", column: "role") { AccountRole(name: $0) }
            }
            accounts.append(Account(code: rows.text(0), name: rows.text(1), type: type, role: role))
        }
        if accounts.isEmpty { return .builtIn }
        switch ChartOfAccounts.make(accounts: accounts) {
        case .success(let chart): return chart
        case .failure(let rejection):
            throw StoreError.transactionRefused("The stored chart of accounts cannot be used: \(rejection).")
        }
    }

    // MARK: Posting

    /// Posts a rule's outcome: nil when the event is worth nothing; a rule
    /// failure refuses the whole transaction.
    /// With `keyIsNew` (the caller knows the journal cannot hold the key,
    /// e.g. the import's opening entries on the journal it just emptied) the
    /// entry is inserted without the idempotency lookup.
    @discardableResult
    func post(_ posting: Result<Posting, PostingRejection>, keyIsNew: Bool = false) throws -> JournalEntry? {
        guard let entry = try Self.entry(posting) else { return nil }
        if keyIsNew {
            try insert(entry)
            return entry
        }
        return try post(entry) ? entry : nil
    }

    /// A rule's entry: nil when the event is worth nothing; a rule failure
    /// refuses the whole transaction.
    static func entry(_ posting: Result<Posting, PostingRejection>) throws -> JournalEntry? {
        switch posting {
        case .failure(let rejection):
            throw StoreError.transactionRefused("Nothing was posted: \(rejection.sentence).")
        case .success(.nothingToPost):
            return nil
        case .success(.entry(let entry)):
            return entry
        }
    }

    /// Writes `entry` unless its key holds the same content already (then
    /// false); a key holding different content refuses the transaction.
    func post(_ entry: JournalEntry) throws -> Bool {
        switch Idempotency.decide(existing: try LedgerQueries.entry(db, key: entry.key, chart: chart), candidate: entry) {
        case .alreadyPosted: return false
        case .rejected:
            throw StoreError.transactionRefused(
                "The key \(entry.key) was already used for a different entry; nothing was posted.")
        case .post:
            try insert(entry)
            return true
        }
    }

    /// Writes an entry the caller has decided to post (no key lookup): its
    /// row, its lines and the per-day movements, through statements prepared
    /// once per transaction.
    func insert(_ entry: JournalEntry) throws {
        // Cached: an import posts one opening entry per stock row, and
        // compiling the statement each time cost as much as the insert.
        try db.cachedStatement(
            sql: "INSERT INTO journal_entries (key, date_day, memo, source, reverses_key) VALUES (?, ?, ?, ?, ?)"
        ).execute(arguments: [entry.key, entry.date.daysSinceEpoch, entry.memo, entry.source.name, entry.reversesKey])
        try writer.insertLines(of: entry, entryId: db.lastInsertedRowID)
    }

    // MARK: Stock

    func onHand(itemId: String, plantId: String) throws -> Quantity {
        let raw = try Int64.fetchOne(db, sql: "SELECT on_hand FROM inventory WHERE item_id = ? AND plant_id = ?",
                                     arguments: [itemId, plantId])
        return Quantity(rawMicros: raw ?? 0)
    }

    /// Adds `delta` to the on-hand MRP reads (`inventory`), creating the row.
    /// Refuses to go below zero unless `allowNegative`.
    func adjustOnHand(itemId: String, plantId: String, by delta: Quantity, allowNegative: Bool = false) throws {
        let current = try onHand(itemId: itemId, plantId: plantId)
        let next = current + delta
        if next.isNegative, !allowNegative {
            throw StoreError.transactionRefused(
                "Only \(current) of \(itemId) is on hand at \(plantId), \(-delta) is needed; nothing was changed.")
        }
        try db.execute(sql: "UPDATE inventory SET on_hand = ? WHERE item_id = ? AND plant_id = ?",
                       arguments: [next.rawMicros, itemId, plantId])
        if db.changesCount == 0 {
            try db.execute(sql: "INSERT INTO inventory (item_id, plant_id, on_hand) VALUES (?, ?, ?)",
                           arguments: [itemId, plantId, next.rawMicros])
        }
    }

    func standardCost(itemId: String) throws -> Money {
        guard let raw = try Int64.fetchOne(db, sql: "SELECT standard_cost FROM items WHERE item_id = ?", arguments: [itemId])
        else { throw StoreError.transactionRefused("There is no item \(itemId).") }
        return Money(rawTenThousandths: raw)
    }

    func stockLine(itemId: String, plantId: String, quantity: Quantity) throws -> StockLine {
        StockLine(itemId: itemId, plantId: plantId, quantity: quantity, standardCost: try standardCost(itemId: itemId))
    }

    func header(_ key: String) -> EntryHeader { EntryHeader(key: key, date: date) }
}

/// The two statements every posted line runs, prepared once: the line and
/// the upsert of its account's movement on the entry's day.
final class JournalLineWriter {
    private let line: RawStatement
    private let daily: RawStatement

    /// Adds one movement to its account's `ledger_daily` row for the day,
    /// creating the row: what every posting path runs (per line here, per
    /// account and day in the bulk writers).
    static let dailyUpsertSQL = """
        INSERT INTO ledger_daily (account_code, day, debit_cents, credit_cents) VALUES (?, ?, ?, ?)
        ON CONFLICT(account_code, day) DO UPDATE SET
            debit_cents = debit_cents + excluded.debit_cents, credit_cents = credit_cents + excluded.credit_cents
        """

    init(_ db: Database) throws {
        line = try RawStatement(db, sql: """
            INSERT INTO journal_lines (entry_id, line_no, account_code, debit_cents, credit_cents,
                                       item_id, plant_id, order_id, party_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        daily = try RawStatement(db, sql: JournalLineWriter.dailyUpsertSQL)
    }

    func insertLines(of entry: JournalEntry, entryId: Int64) throws {
        for (number, journalLine) in entry.lines.enumerated() {
            Self.bind(line, entryId: entryId, lineNumber: number + 1, journalLine)
            try line.execute()
            daily.bind(1, journalLine.accountCode)
            daily.bind(2, entry.date.daysSinceEpoch)
            daily.bind(3, journalLine.debit.rawCents)
            daily.bind(4, journalLine.credit.rawCents)
            try daily.execute()
        }
    }

    /// Binds one `journal_lines` row's nine columns, in table order, as
    /// parameters 1...9 (after the statement's `parameterOffset`).
    static func bind(_ statement: RawStatement, entryId: Int64, lineNumber: Int, _ line: JournalLine) {
        statement.bind(1, entryId)
        statement.bind(2, Int64(lineNumber))
        statement.bind(3, line.accountCode)
        statement.bind(4, line.debit.rawCents)
        statement.bind(5, line.credit.rawCents)
        statement.bind(6, line.itemId)
        statement.bind(7, line.plantId)
        statement.bind(8, line.orderId)
        statement.bind(9, line.partyId)
    }
}
