public import FabrikCore

/// The posting rules of interfaces.md as pure functions: each business event
/// (plain values in) becomes one validated, balanced entry at standard cost
/// (`Posting.entry`), `Posting.nothingToPost` when it is worth zero cents, or
/// the `PostingRejection` it breaks (an empty key, a negative amount, a
/// missing item or plant).
///
/// Behavior:
/// - every value is quantity x standard cost (or price), computed exactly and
///   rounded ONCE per line to cents, half away from zero; an aggregate line
///   (the WIP debit of an issue, the receivables debit of an invoice) is the
///   sum of the rounded lines it balances, so entries balance exactly;
/// - zero-cent lines are dropped; an entry left with no line is
///   `nothingToPost`;
/// - inventory lines carry item and plant, WIP lines the production order,
///   GRNI lines the purchase order, receivables lines the deal, payables lines
///   the supplier (`partyId`);
/// - entries are `EntrySource.event`, so they may touch controlled accounts.
/// Cost: O(lines) plus one `JournalEntry.make`.
public struct PostingRules: Sendable {
    public let chart: ChartOfAccounts

    public init(chart: ChartOfAccounts) { self.chart = chart }

    /// Opening stock on import: inventory (item, plant) / opening equity.
    public func openingStock(_ header: EntryHeader, stock: StockLine) -> Result<Posting, PostingRejection> {
        let value = stock.value
        return finish(header, defaultMemo: "opening stock \(stock.itemId) at \(stock.plantId)", lines: [
            .debit(code(.inventory), value, itemId: stock.itemId, plantId: stock.plantId),
            .credit(code(.openingEquity), value),
        ])
    }

    /// Opening WIP of an imported production order already issued: its
    /// exploded components at standard (the caller explodes the BOM as of
    /// the order's release date, as for an issue) to WIP (order) / opening equity.
    public func openingWIP(_ header: EntryHeader, productionOrderId: String,
                           components: [StockLine]) -> Result<Posting, PostingRejection> {
        var total = Cents.zero
        for component in components { total += component.value }
        return finish(header, defaultMemo: "opening WIP \(productionOrderId)", lines: [
            .debit(code(.wip), total, orderId: productionOrderId),
            .credit(code(.openingEquity), total),
        ])
    }

    /// Opening in-transit stock of an imported transfer already issued:
    /// inventory at the DESTINATION plant (carrying the transfer id) / opening
    /// equity. Completing that transfer later posts nothing.
    public func openingInTransit(_ header: EntryHeader, transferId: String,
                                 stockAtDestination stock: StockLine) -> Result<Posting, PostingRejection> {
        let value = stock.value
        return finish(header, defaultMemo: "opening in transit \(transferId)", lines: [
            .debit(code(.inventory), value, itemId: stock.itemId, plantId: stock.plantId, orderId: transferId),
            .credit(code(.openingEquity), value),
        ])
    }

    /// A stock move between plants: inventory (destination) / inventory
    /// (source), same cents. Refusing a move to the same plant is the caller's
    /// (the entry would balance and change nothing).
    public func stockMove(_ header: EntryHeader, itemId: String, fromPlantId: String, toPlantId: String,
                          quantity: Quantity, standardCost: Money) -> Result<Posting, PostingRejection> {
        let value = Cents.value(of: quantity, at: standardCost)
        return finish(header, defaultMemo: "stock move \(itemId) \(fromPlantId) -> \(toPlantId)", lines: [
            .debit(code(.inventory), value, itemId: itemId, plantId: toPlantId),
            .credit(code(.inventory), value, itemId: itemId, plantId: fromPlantId),
        ])
    }

    /// A transfer completion (instantaneous): inventory (destination) /
    /// inventory (source), both lines carrying the transfer id. A transfer
    /// issued at import posts nothing here: the caller does not call this.
    public func transferCompletion(_ header: EntryHeader, transferId: String, itemId: String,
                                   fromPlantId: String, toPlantId: String,
                                   quantity: Quantity, standardCost: Money) -> Result<Posting, PostingRejection> {
        let value = Cents.value(of: quantity, at: standardCost)
        return finish(header, defaultMemo: "transfer \(transferId) \(fromPlantId) -> \(toPlantId)", lines: [
            .debit(code(.inventory), value, itemId: itemId, plantId: toPlantId, orderId: transferId),
            .credit(code(.inventory), value, itemId: itemId, plantId: fromPlantId, orderId: transferId),
        ])
    }

    // MARK: helpers shared by the rule files

    func code(_ role: AccountRole) -> String { chart.code(role: role) }

    /// Drops zero lines, then validates; nothing left means nothing to post.
    func finish(_ header: EntryHeader, defaultMemo: String, lines: [JournalLine]) -> Result<Posting, PostingRejection> {
        let kept = lines.filter { !($0.debit.isZero && $0.credit.isZero) }
        if kept.isEmpty {
            // Still refuse an unusable key, so a zero event is not silently keyless.
            return header.key.isEmpty ? .failure(.entryNeedsKey) : .success(.nothingToPost)
        }
        let memo = header.memo.isEmpty ? defaultMemo : header.memo
        return JournalEntry.make(key: header.key, date: header.date, memo: memo, source: .event,
                                 lines: kept, chart: chart).map(Posting.entry)
    }
}
