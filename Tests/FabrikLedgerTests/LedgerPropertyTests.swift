import FabrikCore
import FabrikLedger
import Testing

typealias SeededRandom = SplitMix64

/// A random sequence of valid business events posted through the rules into
/// an in-memory "store" that applies the idempotency rule and keeps daily
/// movements the way the SQLite store will.
struct LedgerSimulation {
    var random: SeededRandom
    var standardCost: [String: Money] = [:]
    var onHand: [String: Quantity] = [:]           // "item@plant"
    var postingsTouching: [String: Int] = [:]      // inventory lines per item@plant
    var entries: [JournalEntry] = []
    var byKey: [String: JournalEntry] = [:]
    var movements: [String: DailyMovement] = [:]   // "code@day"
    var receivedByOrder: [String: ReceivedNotInvoiced] = [:]
    var issuedOrders: [String] = []
    var closedOrders: [String] = []
    var shippedByDeal: [String: [InvoiceLine]] = [:]
    var date = day("2026-01-01")
    var sequence = 0
    var retries = 0

    let items = ["A", "B", "C", "FG"]
    let plants = ["P1", "P2"]

    init(seed: UInt64) {
        random = SeededRandom(seed: seed)
        for item in items { standardCost[item] = Money(rawTenThousandths: Int64(1 + random.below(999_999))) }
    }

    mutating func quantity() -> Quantity { Quantity(rawMicros: Int64(1 + random.below(50_000)) * 1_000) }
    mutating func pick(_ from: [String]) -> String { from[random.below(from.count)] }
    mutating func stock(_ item: String, _ plant: String) -> StockLine {
        StockLine(itemId: item, plantId: plant, quantity: quantity(), standardCost: standardCost[item] ?? .zero)
    }

    mutating func nextHeader() -> EntryHeader {
        sequence += 1
        date = date + Int32(random.below(3))
        return EntryHeader(key: "EV-\(sequence)", date: date)
    }

    /// Posts one random event; returns the posting result for checking.
    mutating func step() -> Result<Posting, PostingRejection> {
        let header = nextHeader()
        switch random.below(10) {
        case 0:
            let line = stock(pick(items), pick(plants))
            onHand[line.itemId + "@" + line.plantId, default: .zero] += line.quantity
            return rules.openingStock(header, stock: line)
        case 1:
            let order = "PUR-\(random.below(4))", line = stock(pick(["A", "B", "C"]), "P1")
            onHand[line.itemId + "@P1", default: .zero] += line.quantity
            let result = rules.purchaseReceipt(header, purchaseOrderId: order, stock: line)
            if case .success(.entry(let receipt)) = result {
                receivedByOrder[order, default: ReceivedNotInvoiced()].record(quantity: line.quantity, receipt: receipt, chart: chart)
            }
            return result
        case 2:
            guard let order = receivedByOrder.keys.sorted().first, let received = receivedByOrder[order] else { return .success(.nothingToPost) }
            receivedByOrder[order] = nil
            let price = Money(rawTenThousandths: Int64(1 + random.below(999_999)))
            return rules.supplierInvoice(header, purchaseOrderId: order, supplierId: "S1", received: received, unitPrice: price)
        case 3:
            let order = "MFG-\(sequence)"
            let components = (0..<(1 + random.below(3))).map { _ in stock(pick(["A", "B", "C"]), "P1") }
            for component in components { onHand[component.itemId + "@P1", default: .zero] -= component.quantity }
            issuedOrders.append(order)
            return rules.componentIssue(header, productionOrderId: order, components: components)
        case 4:
            guard !issuedOrders.isEmpty else { return .success(.nothingToPost) }
            let order = issuedOrders[random.below(issuedOrders.count)], output = stock("FG", "P1")
            onHand["FG@P1", default: .zero] += output.quantity
            return rules.productionCompletion(header, productionOrderId: order, output: output)
        case 5:
            guard !issuedOrders.isEmpty else { return .success(.nothingToPost) }
            let order = issuedOrders.remove(at: random.below(issuedOrders.count))
            closedOrders.append(order)
            return rules.productionClose(header, productionOrderId: order,
                                         remainingWIP: LedgerBalances.balance(accountCode: "1300", orderId: order, in: entries))
        case 6:
            let item = pick(items), q = quantity()
            onHand[item + "@P1", default: .zero] -= q
            onHand[item + "@P2", default: .zero] += q
            return rules.stockMove(header, itemId: item, fromPlantId: "P1", toPlantId: "P2", quantity: q, standardCost: standardCost[item] ?? .zero)
        case 7:
            let deal = "D-\(random.below(3))", line = stock("FG", pick(plants))
            onHand["FG@" + line.plantId, default: .zero] -= line.quantity
            shippedByDeal[deal, default: []].append(InvoiceLine(itemId: "FG", quantity: line.quantity,
                                                                unitPrice: Money(rawTenThousandths: Int64(random.below(2_000_000)))))
            return rules.shipment(header, dealId: deal, lines: [line])
        case 8:
            guard let deal = shippedByDeal.keys.sorted().first, let lines = shippedByDeal[deal] else { return .success(.nothingToPost) }
            shippedByDeal[deal] = nil
            return rules.customerInvoice(header, dealId: deal, customerId: "C1", lines: lines)
        default:
            let amount = Cents(rawCents: Int64(1 + random.below(1_000_000)))
            return random.below(2) == 0 ? rules.paymentReceived(header, dealId: "D-0", customerId: "C1", amount: amount)
                                        : rules.supplierPayment(header, supplierId: "S1", amount: amount)
        }
    }

    /// The store's side: idempotent posting, daily movements, and a retry now and then.
    mutating func post(_ candidate: JournalEntry) -> IdempotencyDecision {
        let decision = Idempotency.decide(existing: byKey[candidate.key], candidate: candidate)
        guard decision == .post else { return decision }
        entries.append(candidate)
        byKey[candidate.key] = candidate
        let inventoryCode = chart.code(role: .inventory)
        for line in candidate.lines {
            movements["\(line.accountCode)@\(candidate.date)", default: DailyMovement(
                accountCode: line.accountCode, date: candidate.date, debit: .zero, credit: .zero)].debit += line.debit
            movements["\(line.accountCode)@\(candidate.date)"]?.credit += line.credit
            if line.accountCode == inventoryCode {
                postingsTouching["\(line.itemId ?? "")@\(line.plantId ?? "")", default: 0] += 1
            }
        }
        return decision
    }
}

@Suite("Ledger properties")
struct LedgerPropertyTests {
    @Test("random event sequences always post balanced entries once, and the books reconcile", arguments: 0..<16)
    func randomEvents(seed: Int) throws {
        var simulation = LedgerSimulation(seed: UInt64(seed))
        for _ in 0..<250 {
            switch simulation.step() {
            case .failure(let rejection):
                Issue.record("seed \(seed): a valid event was rejected: \(rejection)")
            case .success(.nothingToPost):
                continue
            case .success(.entry(let candidate)):
                var debit = Cents.zero, credit = Cents.zero
                for line in candidate.lines { debit += line.debit; credit += line.credit }
                #expect(debit == credit, "seed \(seed): \(candidate.key) balances")
                #expect(candidate.lines.count >= 2, "seed \(seed): \(candidate.key) has two lines")
                #expect(simulation.post(candidate) == .post, "seed \(seed): a new key posts")
                if simulation.random.below(4) == 0 {
                    simulation.retries += 1
                    #expect(simulation.post(candidate) == .alreadyPosted(candidate), "seed \(seed): a retry posts nothing")
                }
            }
        }
        let entries = simulation.entries
        #expect(Set(entries.map(\.key)).count == entries.count, "seed \(seed): every key posted once")

        let balance = TrialBalance.of(entries, chart: chart, asOf: simulation.date)
        #expect(balance.totalDebit == balance.totalCredit, "seed \(seed): the trial balance sums to zero")
        #expect(BalanceSheet(trialBalance: balance).balances, "seed \(seed): the balance sheet balances")

        let problems = LedgerVerifier.verify(entries.map(\.draft), chart: chart, closedOrderIds: simulation.closedOrders,
                                             storedMovements: Array(simulation.movements.values))
        #expect(problems.isEmpty, "seed \(seed): \(problems)")

        let wipAccount = balance.rows.first { $0.accountCode == "1300" }?.balance ?? .zero
        var openWIP = Cents.zero
        for (orderId, wip) in LedgerBalances.wipByOrder(entries, chart: chart) {
            if simulation.closedOrders.contains(orderId) { #expect(wip == .zero, "seed \(seed): \(orderId) closed at zero") }
            else { openWIP += wip }
        }
        #expect(wipAccount == openWIP, "seed \(seed): WIP account equals the WIP of open orders")

        let positions = simulation.onHand.map { key, onHand in
            let parts = key.split(separator: "@").map(String.init)
            return StockPosition(itemId: parts[0], plantId: parts[1], onHand: onHand, standardCost: simulation.standardCost[parts[0]] ?? .zero)
        }
        let valuation = StockValuation.of(positions: positions, entries: entries, chart: chart)
        for row in valuation.rows {
            // Each posting rounds by at most half a cent, and so does the valuation.
            let bound = Int64(simulation.postingsTouching["\(row.itemId)@\(row.plantId)"] ?? 0) + 1
            #expect(row.difference.magnitude.rawCents * 2 <= bound,
                    "seed \(seed): \(row.itemId)@\(row.plantId) differs by \(row.difference) over \(bound - 1) postings")
        }
        #expect(valuation.totalLedger == (balance.rows.first { $0.accountCode == "1200" }?.balance ?? .zero),
                "seed \(seed): valuation's ledger side is the inventory account")
        #expect(simulation.retries > 0)
    }
}
