internal import FabrikCore
internal import FabrikLedger
internal import GRDB

/// The idempotency decision for every entry of a manual entry file at once
/// (the rule of `Idempotency.decide`): no journal entry under its key ->
/// post; one with the same content -> already posted; one with other
/// content -> conflict. Content is date, memo, source `manual`, no reversed
/// key, and the lines in order (account, debit, credit, no dimensions),
/// strings compared byte for byte.
///
/// Why not one lookup per key: a 1M-entry file would run 1M probes and read
/// each hit back entry by entry. Here the keys are found by one scan of the
/// journal's keys when the journal is not much larger than the file (else
/// one prepared probe per key), and the entries found are compared by one
/// ordered scan of their id range (else one probe per entry, when they are
/// few and far apart). Runs inside the posting transaction.
struct ManualEntryLookup {
    enum Decision: UInt8 {
        case post, alreadyPosted, conflict
    }

    /// One decision per batch entry, in batch order.
    private(set) var decisions: [Decision]
    /// The largest `entry_id` in the journal (0 when empty): the new entries follow it.
    let lastEntryId: Int64

    /// A full key scan is chosen while the journal holds at most this many
    /// entries per file entry (a scan row costs far less than a probe).
    static let scanRatio: Int64 = 8

    init(_ batch: ManualEntryBatch, db: Database) throws {
        decisions = [Decision](repeating: .post, count: batch.count)
        lastEntryId = try Int64.fetchOne(db, sql: "SELECT MAX(entry_id) FROM journal_entries") ?? 0
        guard lastEntryId > 0, !batch.isEmpty else { return }
        let existing = try Self.existingIds(batch, lastEntryId: lastEntryId, db: db)
        guard !existing.isEmpty else { return }
        var comparison = ContentComparison(batch: batch, existing: existing)
        try comparison.run(db)
        for (index, same) in comparison.verdicts() { decisions[index] = same ? .alreadyPosted : .conflict }
    }

    /// (batch index, entry_id) of every batch key the journal holds, by entry_id.
    private static func existingIds(_ batch: ManualEntryBatch, lastEntryId: Int64,
                                    db: Database) throws -> [(index: Int, entryId: Int64)] {
        var found: [(index: Int, entryId: Int64)] = []
        // Entries are never deleted, so MAX(entry_id) is the journal's size.
        if lastEntryId <= Int64(batch.count) * scanRatio + 1_024 {
            let scan = try RawStatement(db, sql: "SELECT key, entry_id FROM journal_entries")
            while try scan.step() {
                if let index = scan.withTextBytes(0, { batch.index(ofKey: $0) }) { found.append((index, scan.int64(1))) }
            }
        } else {
            let probe = try RawStatement(db, sql: "SELECT entry_id FROM journal_entries WHERE key = ?")
            for index in 0..<batch.count {
                probe.reset()
                probe.bind(1, batch.keys[index])
                if try probe.step() { found.append((index, probe.int64(0))) }
            }
        }
        found.sort { $0.entryId < $1.entryId }
        return found
    }
}

/// Compares stored entries with the batch entries under the same keys.
/// Invariant: `existing` is sorted by entry_id; `sameSoFar[k]` and
/// `linesSeen[k]` describe `existing[k]` after the rows read so far.
private struct ContentComparison {
    let batch: ManualEntryBatch
    let existing: [(index: Int, entryId: Int64)]
    private var sameSoFar: [Bool]
    private var linesSeen: [Int]
    private let accountCodes: [[UInt8]]
    private static let manual = Array("manual".utf8)

    init(batch: ManualEntryBatch, existing: [(index: Int, entryId: Int64)]) {
        self.batch = batch
        self.existing = existing
        sameSoFar = [Bool](repeating: true, count: existing.count)
        linesSeen = [Int](repeating: 0, count: existing.count)
        accountCodes = batch.chart.accounts.map { Array($0.code.utf8) }
    }

    /// Reads the stored rows: one range scan when the ids are dense enough,
    /// else one probe per entry.
    mutating func run(_ db: Database) throws {
        guard let first = existing.first?.entryId, let last = existing.last?.entryId else { return }
        let dense = last - first < Int64(existing.count) * 4
        let condition = dense ? "entry_id BETWEEN ? AND ?" : "entry_id = ?"
        let entries = try RawStatement(db, sql: """
            SELECT entry_id, date_day, memo, source, reverses_key FROM journal_entries WHERE \(condition) ORDER BY entry_id
            """)
        let lines = try RawStatement(db, sql: """
            SELECT entry_id, account_code, debit_cents, credit_cents, item_id, plant_id, order_id, party_id
            FROM journal_lines WHERE \(condition) ORDER BY entry_id, line_no
            """)
        if dense {
            entries.bind(1, first)
            entries.bind(2, last)
            lines.bind(1, first)
            lines.bind(2, last)
            try read(entries, lines, from: 0)
        } else {
            for (k, candidate) in existing.enumerated() {
                entries.reset()
                entries.bind(1, candidate.entryId)
                lines.reset()
                lines.bind(1, candidate.entryId)
                try read(entries, lines, from: k)
            }
        }
    }

    /// (batch index, same content) for every stored entry.
    func verdicts() -> [(Int, Bool)] {
        existing.indices.map { k in
            let index = existing[k].index
            return (index, sameSoFar[k] && linesSeen[k] == batch.lineRange(index).count)
        }
    }

    /// Walks both statements' rows (by entry_id, from `existing[start]` on);
    /// rows of entries not in `existing` are skipped.
    private mutating func read(_ entries: RawStatement, _ lines: RawStatement, from start: Int) throws {
        var k = start
        while try entries.step() {
            let entryId = entries.int64(0)
            while k < existing.count, existing[k].entryId < entryId { k += 1 }
            guard k < existing.count, existing[k].entryId == entryId else { continue }
            let index = existing[k].index
            var memo = batch.memos[index]
            let sameMemo = memo.withUTF8 { wanted in entries.withTextBytes(2) { $0.elementsEqual(wanted) } }
            let sameSource = entries.withTextBytes(3) { $0.elementsEqual(Self.manual) }
            if entries.int64(1) != Int64(batch.dates[index].daysSinceEpoch) || !sameMemo || !sameSource || !entries.isNull(4) {
                sameSoFar[k] = false
            }
        }
        k = start
        while try lines.step() {
            let entryId = lines.int64(0)
            while k < existing.count, existing[k].entryId < entryId { k += 1 }
            guard k < existing.count, existing[k].entryId == entryId, sameSoFar[k] else { continue }
            let range = batch.lineRange(existing[k].index)
            let seen = linesSeen[k]
            linesSeen[k] += 1
            guard seen < range.count else {
                sameSoFar[k] = false
                continue
            }
            let line = batch.lines[range.lowerBound + seen]
            let code = accountCodes[Int(line.accountPosition)]
            let sameAccount = lines.withTextBytes(1) { $0.elementsEqual(code) }
            let noDimensions = lines.isNull(4) && lines.isNull(5) && lines.isNull(6) && lines.isNull(7)
            if !sameAccount || lines.int64(2) != line.debit.rawCents || lines.int64(3) != line.credit.rawCents || !noDimensions {
                sameSoFar[k] = false
            }
        }
    }
}
