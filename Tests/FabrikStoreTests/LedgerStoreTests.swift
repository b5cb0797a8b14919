import FabrikCore
import FabrikDataset
import FabrikLedger
import Foundation
import GRDB
import Testing
@testable import FabrikStore

/// The store side of the ledger on the sample data: postings commit with
/// their events, journal rows are immutable, keys make events idempotent,
/// and a scripted sequence leaves the books balanced and reconciled.
@Suite("Ledger store")
struct LedgerStoreTests {
    static let opening = Day(iso8601: "2026-11-02") ?? Day(daysSinceEpoch: 0)
    static let today = Day(iso8601: "2026-11-10") ?? Day(daysSinceEpoch: 0)

    static func store(_ temp: TemporaryDatabase) throws -> SQLiteStore {
        let store = try temp.open()
        try store.importDataset(SampleDataTests.sampleDataset(), replace: false, openingDate: opening, progress: { _ in })
        return store
    }

    static func onHand(_ store: SQLiteStore, _ item: String, _ plant: String) throws -> Int64 {
        try store.pool.read { db in
            try Int64.fetchOne(db, sql: "SELECT on_hand FROM inventory WHERE item_id = ? AND plant_id = ?", arguments: [item, plant]) ?? 0
        } / Quantity.scale
    }

    static func balance(_ store: SQLiteStore, _ role: AccountRole) throws -> Cents {
        let code = try store.chartOfAccounts().code(role: role)
        return try store.trialBalance(asOf: nil, today: today).rows.first { $0.accountCode == code }?.balance ?? .zero
    }

    @Test("opening balances: stock, issued WIP and in-transit against opening equity, reconciled")
    func openingBalances() throws {
        let temp = TemporaryDatabase()
        let store = try Self.store(temp)
        let trial = try store.trialBalance(asOf: nil, today: Self.today)
        #expect(trial.isBalanced)
        #expect(trial.asOf == Self.today)
        let valuation = try store.stockValuation()
        #expect(valuation.totalDifference.magnitude <= Cents(rawCents: Int64(valuation.rows.count)))
        // TRN-551 (40 DRIVE-M to AMS, issued) is in transit at AMS.
        #expect(valuation.rows.contains { $0.itemId == "DRIVE-M" && $0.plantId == "AMS" && $0.inTransit == .units(40) })
        // WO-3301 (issued) carries opening WIP.
        #expect(try store.journalEntries().contains { $0.key == "opening/wip/WO-3301" })
        #expect(try store.verifyLedger().isEmpty)
    }

    @Test("receive, invoice, issue, complete, ship, invoice, payments: balanced, reconciled, netted by MRP")
    func scriptedSequence() throws {
        let temp = TemporaryDatabase()
        let store = try Self.store(temp)
        let date = Self.today
        _ = try store.record(.receive(orderId: "PORD-4712", quantity: .units(100)), date: date)
        #expect(try Self.onHand(store, "CTRL-BOARD", "PLZ") == 280)
        #expect(throws: StoreError.self) { try store.record(.receive(orderId: "PORD-4712", quantity: .units(301)), date: date) }
        let invoice = try store.record(.purchaseInvoice(orderId: "PORD-4712", unitPrice: Money(rawTenThousandths: 430_000)), date: date)
        #expect(invoice.entries.first?.total == Cents.units(4_300))
        #expect(throws: StoreError.self) {
            try store.record(.purchaseInvoice(orderId: "PORD-4712", unitPrice: Money(rawTenThousandths: 430_000)), date: date)
        }
        #expect(throws: StoreError.self) { try store.record(.complete(orderId: "WO-3302", quantity: nil), date: date) }
        #expect(throws: StoreError.self) { try store.record(.issue(orderId: "WO-3302", allowNegative: false), date: date) }
        _ = try store.record(.issue(orderId: "WO-3302", allowNegative: true), date: date)
        #expect(try Self.onHand(store, "BMS-BOARD", "PLZ") == 70)
        _ = try store.record(.complete(orderId: "WO-3302", quantity: .units(40)), date: date)
        #expect(throws: StoreError.self) { try store.record(.complete(orderId: "WO-3302", quantity: .units(1)), date: date) }
        _ = try store.record(.ship(dealId: "D-2026-101", lineNumber: 3, quantity: .units(5)), date: date)
        #expect(try Self.onHand(store, "BATT-500", "AMS") == 17)
        let sale = try store.record(.dealInvoice(dealId: "D-2026-101"), date: date)
        #expect(sale.entries.first?.total == Cents.units(2_245))
        _ = try store.record(.paymentReceived(dealId: "D-2026-101", amount: .units(2_245)), date: date)
        _ = try store.record(.paymentMade(supplierId: "ELECTRA", amount: .units(4_300)), date: date)
        _ = try store.record(.move(itemId: "BATT-500", fromPlantId: "PLZ", toPlantId: "VLC", quantity: .units(3)), date: date)
        _ = try store.record(.transferComplete(orderId: "TRN-551"), date: date)
        #expect(try Self.onHand(store, "DRIVE-M", "AMS") >= 40)

        let trial = try store.trialBalance(asOf: nil, today: Self.today)
        #expect(trial.isBalanced)
        #expect(try Self.balance(store, .receivables) == .zero)
        #expect(try Self.balance(store, .payables) == .zero)
        #expect(try Self.balance(store, .grni) == .zero)
        #expect(try Self.balance(store, .variance) == Cents.units(100) + (try Self.wipVariance(store)))
        let valuation = try store.stockValuation()
        #expect(valuation.totalDifference.magnitude <= Cents(rawCents: 100))
        #expect(try store.verifyLedger().isEmpty)

        let snapshot = try store.loadPlanningSnapshot()
        #expect(snapshot.openOrders.first { $0.orderId == "PORD-4712" }?.openQuantity == .units(300))
        #expect(!snapshot.openOrders.contains { $0.orderId == "WO-3302" })
        #expect(!snapshot.openOrders.contains { $0.orderId == "TRN-551" })
    }

    /// The variance the close of WO-3302 posted.
    static func wipVariance(_ store: SQLiteStore) throws -> Cents {
        let close = try store.journalEntries().first { $0.key.hasSuffix("/close") }
        return close?.lines.first { $0.accountCode == "5100" }.map { $0.debit - $0.credit } ?? .zero
    }

    @Test("a retried key posts nothing; the same key with other content is refused")
    func idempotency() throws {
        let temp = TemporaryDatabase()
        let store = try Self.store(temp)
        let first = try store.record(.receive(orderId: "PORD-4711", quantity: .units(10)), date: Self.today, key: "GRN-1")
        #expect(!first.alreadyRecorded)
        let again = try store.record(.receive(orderId: "PORD-4711", quantity: .units(10)), date: Self.today, key: "GRN-1")
        #expect(again.alreadyRecorded)
        #expect(again.entries == first.entries)
        #expect(try Self.onHand(store, "CELL-21700-A", "PLZ") == 10 + (try Self.importedOnHand("CELL-21700-A")))
        #expect(throws: StoreError.self) {
            try store.record(.receive(orderId: "PORD-4711", quantity: .units(11)), date: Self.today, key: "GRN-1")
        }
        #expect(try store.journalEntries().filter { $0.key == "GRN-1" }.count == 1)
    }

    static func importedOnHand(_ item: String) throws -> Int64 {
        let dataset = try SampleDataTests.sampleDataset()
        return (dataset.inventory.first { $0.itemId == item && $0.plantId == "PLZ" }?.onHand.rawMicros ?? 0) / Quantity.scale
    }

    @Test("an event aborted before commit leaves stock and books as they were")
    func abortedTransaction() throws {
        let temp = TemporaryDatabase()
        let store = try Self.store(temp)
        let before = try Self.onHand(store, "CTRL-BOARD", "PLZ")
        let entries = try store.journalEntries().count
        #expect(throws: StoreError.self) {
            try store.record(.receive(orderId: "PORD-4712", quantity: .units(50)), date: Self.today, key: nil, failBeforeCommit: true)
        }
        #expect(try Self.onHand(store, "CTRL-BOARD", "PLZ") == before)
        #expect(try store.journalEntries().count == entries)
        #expect(try store.loadPlanningSnapshot().openOrders.first { $0.orderId == "PORD-4712" }?.openQuantity == .units(400))
        #expect(try store.stockValuation().totalDifference.magnitude <= Cents(rawCents: 100))
    }

    @Test("journal rows refuse UPDATE and DELETE; import --replace still replaces them")
    func immutability() throws {
        let temp = TemporaryDatabase()
        let store = try Self.store(temp)
        for sql in ["UPDATE journal_lines SET debit_cents = debit_cents + 1", "DELETE FROM journal_lines",
                    "UPDATE journal_entries SET memo = 'x'", "DELETE FROM journal_entries"] {
            #expect(throws: DatabaseError.self) { try store.pool.write { db in try db.execute(sql: sql) } }
        }
        _ = try store.record(.receive(orderId: "PORD-4712", quantity: .units(5)), date: Self.today)
        let openingCount = try store.journalEntries().count - 1
        try store.importDataset(SampleDataTests.sampleDataset(), replace: true, openingDate: Self.opening, progress: { _ in })
        #expect(try store.journalEntries().count == openingCount)
        #expect(throws: DatabaseError.self) { try store.pool.write { db in try db.execute(sql: "DELETE FROM journal_lines") } }
    }

    @Test("manual entries: posted whole, a second post posts nothing, a conflicting key is refused")
    func manualEntries() throws {
        let temp = TemporaryDatabase()
        let store = try Self.store(temp)
        let file = "entry_id,date,account_code,debit,credit,memo\nJ-1,2026-11-05,5100,12.50,,rent\nJ-1,2026-11-05,1000,,12.50,\n"
        let first = try store.postManualEntries(text: file, fileName: "j.csv")
        #expect(first.postedKeys == ["J-1"])
        let second = try store.postManualEntries(text: file, fileName: "j.csv")
        #expect(second.postedKeys.isEmpty && second.alreadyPostedKeys == ["J-1"])
        let changed = file.replacingOccurrences(of: "12.50", with: "13.00")
        #expect(throws: StoreError.self) { try store.postManualEntries(text: changed, fileName: "j.csv") }
        let bad = "entry_id,date,account_code,debit,credit\nJ-2,2026-11-05,1400,5,\nJ-2,2026-11-05,1000,,5\n"
        #expect(throws: StoreError.self) { try store.postManualEntries(text: bad, fileName: "bad.csv") }
        #expect(try store.trialBalance(asOf: nil, today: Self.today).isBalanced)
    }
}
