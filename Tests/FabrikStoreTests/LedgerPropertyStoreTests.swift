import FabrikCore
import FabrikDataset
import FabrikLedger
import GRDB
import Testing
@testable import FabrikStore

/// A seeded random sequence of events, each retried now and then under its
/// key, on the sample data: the books stay balanced and reconciled, WIP
/// equals the WIP of open production orders, retries post nothing, and MRP
/// sees what the transactions did.
@Suite("Ledger store properties")
struct LedgerPropertyStoreTests {
    typealias SplitMix = SplitMix64

    @Test("random events with retries: balanced, reconciled, WIP per open order, each posted once", arguments: [1, 2, 3] as [UInt64])
    func randomSequence(seed: UInt64) throws {
        let temp = TemporaryDatabase()
        let store = try LedgerStoreTests.store(temp)
        var random = SplitMix(seed: seed)
        let (orders, stock, dealLines, suppliers) = try store.pool.read { db in
            (try Row.fetchAll(db, sql: "SELECT order_id, type FROM open_orders").map { ($0[0] as String, $0[1] as String) },
             try Row.fetchAll(db, sql: "SELECT item_id, plant_id FROM inventory").map { ($0[0] as String, $0[1] as String) },
             try Row.fetchAll(db, sql: """
                SELECT l.deal_id, l.line_no FROM deal_lines l JOIN deals d ON d.deal_id = l.deal_id WHERE d.stage = 'won'
                """).map { ($0[0] as String, $0[1] as Int32) },
             try String.fetchAll(db, sql: "SELECT supplier_id FROM suppliers"))
        }
        let plants = ["AMS", "PLZ", "VLC"]
        func pick<T>(_ values: [T]) -> T { values[random.below(values.count)] }
        func event() -> StockEvent {
            let order = pick(orders)
            switch random.below(10) {
            case 0: return .receive(orderId: order.0, quantity: .units(Int64(1 + random.below(20))))
            case 1: return .purchaseInvoice(orderId: order.0, unitPrice: Money(rawTenThousandths: Int64(1 + random.below(5_000_000))))
            case 2: return .issue(orderId: order.0, allowNegative: true)
            case 3: return .complete(orderId: order.0, quantity: .units(Int64(1 + random.below(15))))
            case 4: return random.below(4) == 0 ? .close(orderId: order.0) : .transferComplete(orderId: order.0)
            case 5:
                let (item, plant) = pick(stock)
                return .move(itemId: item, fromPlantId: plant, toPlantId: pick(plants), quantity: .units(Int64(1 + random.below(5))))
            case 6:
                let (deal, line) = pick(dealLines)
                return .ship(dealId: deal, lineNumber: line, quantity: .units(Int64(1 + random.below(3))))
            case 7: return .dealInvoice(dealId: pick(dealLines).0)
            case 8: return .paymentReceived(dealId: pick(dealLines).0, amount: Cents(rawCents: Int64(1 + random.below(500_000))))
            default: return .paymentMade(supplierId: pick(suppliers), amount: Cents(rawCents: Int64(1 + random.below(500_000))))
            }
        }
        var recorded = 0, refused = 0, retried = 0
        for n in 1...400 {
            let candidate = event()
            let key = "E-\(seed)-\(n)"
            do {
                let first = try store.record(candidate, date: LedgerStoreTests.today, key: key)
                recorded += 1
                if random.below(3) == 0 {
                    let entries = try store.journalEntries().count
                    let again = try store.record(candidate, date: LedgerStoreTests.today, key: key)
                    #expect(again.alreadyRecorded && again.entries == first.entries)
                    #expect(try store.journalEntries().count == entries)
                    retried += 1
                }
            } catch {
                refused += 1
            }
        }
        #expect(recorded > 50 && refused > 0 && retried > 10)

        let chart = try store.chartOfAccounts()
        let trial = try store.trialBalance(asOf: nil, today: LedgerStoreTests.today)
        #expect(trial.isBalanced)
        #expect(try store.verifyLedger().isEmpty)
        let entries = try store.journalEntries()
        #expect(Set(entries.map(\.key)).count == entries.count)
        let valuation = try store.stockValuation()
        #expect(valuation.totalDifference.magnitude <= Cents(rawCents: Int64(entries.count)))
        // WIP account = sum of WIP over production orders still open.
        let open = Set(try store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT order_id FROM open_orders WHERE type = 'production' AND closed = 0")
        })
        var openWIP = Cents.zero
        for (orderId, wip) in LedgerBalances.wipByOrder(entries, chart: chart) where open.contains(orderId) { openWIP += wip }
        let wipRow = trial.rows.first { $0.accountCode == chart.code(role: .wip) }
        #expect((wipRow?.balance ?? .zero) == openWIP)
        // MRP sees what happened: closed orders are no receipts, issued ones do not explode.
        let snapshot = try store.loadPlanningSnapshot()
        let closed = Set(try store.pool.read { db in try String.fetchAll(db, sql: "SELECT order_id FROM open_orders WHERE closed = 1") })
        #expect(!snapshot.openOrders.contains { closed.contains($0.orderId) })
        let issued = Set(try store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT order_id FROM open_orders WHERE type = 'production' AND issued = 1")
        })
        let issuedReceipts = snapshot.openOrders.filter { issued.contains($0.orderId) }
        #expect(issuedReceipts.allSatisfy { $0.issued })
        // Every account's journal read from its own lines equals the one built from every entry.
        for account in chart.accounts {
            let fromLines = try store.accountJournal(accountCode: account.code)
            #expect(fromLines == AccountJournal(accountCode: account.code, entries: entries), "\(account.code)")
            let traded = trial.rows.first { $0.accountCode == account.code }
            #expect(fromLines.totalDebit == (traded?.debit ?? .zero) && fromLines.totalCredit == (traded?.credit ?? .zero))
        }
    }
}
