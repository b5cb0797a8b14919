public import FabrikCore

/// Stock of one item at one plant as the stock tables hold it: on hand, in
/// transit toward this plant (a transfer issued at import, not yet
/// completed; valued here, not on hand for MRP), and the standard cost.
public struct StockPosition: Hashable, Sendable {
    public var itemId: String
    public var plantId: String
    public var onHand: Quantity
    public var inTransit: Quantity
    public var standardCost: Money

    public init(itemId: String, plantId: String, onHand: Quantity, inTransit: Quantity = .zero, standardCost: Money) {
        self.itemId = itemId
        self.plantId = plantId
        self.onHand = onHand
        self.inTransit = inTransit
        self.standardCost = standardCost
    }
}

/// The stock valuation report reconciled with the inventory account: per
/// item and plant the quantities, standard cost, value ((on hand + in
/// transit) x standard, rounded once to cents half away from zero), the
/// inventory account's balance on lines carrying that item and plant, and the
/// difference (ledger - value); then the same per plant and in total.
///
/// Behavior: a difference comes only from each posting's cent rounding (or a
/// standard cost changed without a revaluation entry); an (item, plant) with
/// ledger lines and no position is listed with zero stock. Rows are ordered
/// by (item, plant) bytes, plants by plant bytes. Cost O(lines + positions).
public struct StockValuation: Hashable, Sendable {
    /// One item at one plant.
    public struct Row: Hashable, Sendable {
        public var itemId: String
        public var plantId: String
        public var onHand: Quantity
        public var inTransit: Quantity
        public var standardCost: Money
        public var value: Cents
        public var ledger: Cents

        public var difference: Cents { ledger - value }
    }

    /// One plant's totals.
    public struct PlantRow: Hashable, Sendable {
        public var plantId: String
        public var value: Cents
        public var ledger: Cents

        public var difference: Cents { ledger - value }
    }

    public let rows: [Row]
    public let plants: [PlantRow]
    public let totalValue: Cents
    public let totalLedger: Cents

    /// Reconciles positions with per-(item, plant) inventory balances (the
    /// store's aggregate: debit - credit of inventory lines).
    public init(positions: [StockPosition], ledgerByItemPlant: [(itemId: String, plantId: String, balance: Cents)]) {
        struct Key: Hashable, Comparable {
            var item: IdKey
            var plant: IdKey
            static func < (a: Key, b: Key) -> Bool { a.item != b.item ? a.item < b.item : a.plant < b.plant }
        }
        var byKey: [Key: Row] = [:]
        for position in positions {
            let value = Cents.value(of: position.onHand + position.inTransit, at: position.standardCost)
            let key = Key(item: IdKey(position.itemId), plant: IdKey(position.plantId))
            // A position listed twice adds up (the store should not, but nothing is lost).
            var row = byKey[key] ?? Row(itemId: position.itemId, plantId: position.plantId, onHand: .zero, inTransit: .zero,
                                        standardCost: position.standardCost, value: .zero, ledger: .zero)
            row.onHand += position.onHand
            row.inTransit += position.inTransit
            row.value += value
            byKey[key] = row
        }
        for balance in ledgerByItemPlant {
            let key = Key(item: IdKey(balance.itemId), plant: IdKey(balance.plantId))
            byKey[key, default: Row(itemId: balance.itemId, plantId: balance.plantId, onHand: .zero, inTransit: .zero,
                                    standardCost: .zero, value: .zero, ledger: .zero)].ledger += balance.balance
        }
        rows = byKey.sorted { $0.key < $1.key }.map(\.value)
        var byPlant: [IdKey: PlantRow] = [:]
        var value = Cents.zero, ledger = Cents.zero
        for row in rows {
            byPlant[IdKey(row.plantId), default: PlantRow(plantId: row.plantId, value: .zero, ledger: .zero)].value += row.value
            byPlant[IdKey(row.plantId), default: PlantRow(plantId: row.plantId, value: .zero, ledger: .zero)].ledger += row.ledger
            value += row.value
            ledger += row.ledger
        }
        plants = byPlant.sorted { $0.key < $1.key }.map(\.value)
        totalValue = value
        totalLedger = ledger
    }

    /// Reconciles positions with the inventory lines of `entries`.
    public static func of(positions: [StockPosition], entries: some Sequence<JournalEntry>,
                          chart: ChartOfAccounts) -> StockValuation {
        StockValuation(positions: positions, ledgerByItemPlant: inventoryBalances(entries, chart: chart))
    }

    /// `debit - credit` of the inventory lines per (item, plant), in
    /// first-seen order.
    public static func inventoryBalances(_ entries: some Sequence<JournalEntry>,
                                         chart: ChartOfAccounts) -> [(itemId: String, plantId: String, balance: Cents)] {
        let inventoryCode = chart.code(role: .inventory)
        var position: [IdKey: Int] = [:]
        var balances: [(itemId: String, plantId: String, balance: Cents)] = []
        for entry in entries {
            for line in entry.lines where utf8Equal(line.accountCode, inventoryCode) {
                let itemId = line.itemId ?? "", plantId = line.plantId ?? ""
                // Ids never hold "/" (dataset.md), so item/plant is unambiguous.
                let key = IdKey(itemId + "/" + plantId)
                if let index = position[key] {
                    balances[index].balance += line.signedAmount
                } else {
                    position[key] = balances.count
                    balances.append((itemId, plantId, line.signedAmount))
                }
            }
        }
        return balances
    }

    /// Total difference (ledger - value).
    public var totalDifference: Cents { totalLedger - totalValue }
}
