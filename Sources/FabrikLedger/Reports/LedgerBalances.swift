import FabrikCore

/// Balances the posting rules need as inputs, computed from lines: the WIP
/// left on a production order (for `productionClose`), the GRNI still open on
/// a purchase order (for `supplierInvoice`). The store computes the same
/// sums in SQL over `journal_lines`; these are the reference.
public enum LedgerBalances {
    /// `debit - credit` of the lines on `accountCode` carrying `orderId`
    /// (every line of the account when `orderId` is nil).
    public static func balance(accountCode: String, orderId: String?, in entries: some Sequence<JournalEntry>) -> Cents {
        var total = Cents.zero
        for entry in entries {
            for line in entry.lines where utf8Equal(line.accountCode, accountCode) {
                if let orderId {
                    guard let lineOrder = line.orderId, utf8Equal(lineOrder, orderId) else { continue }
                }
                total += line.signedAmount
            }
        }
        return total
    }

    /// WIP per production order (`debit - credit` of the WIP lines), in
    /// order-id byte order, including orders whose WIP is zero.
    public static func wipByOrder(_ entries: some Sequence<JournalEntry>, chart: ChartOfAccounts) -> [(orderId: String, wip: Cents)] {
        let wipCode = chart.code(role: .wip)
        var byOrder: [IdKey: Cents] = [:]
        for entry in entries {
            for line in entry.lines where utf8Equal(line.accountCode, wipCode) {
                byOrder[IdKey(line.orderId ?? ""), default: .zero] += line.signedAmount
            }
        }
        return byOrder.sorted { $0.key < $1.key }.map { ($0.key.text, $0.value) }
    }
}
