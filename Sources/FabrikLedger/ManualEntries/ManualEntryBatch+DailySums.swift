public import FabrikCore

extension ManualEntryBatch {
    /// The lines of some entries summed for one account on one day: what a
    /// posting adds to that account's `ledger_daily` row.
    public struct DailySum: Hashable, Sendable {
        public let accountPosition: Int32
        public let day: Day
        public let debitCents: Int64
        public let creditCents: Int64
    }

    /// The first account and day whose sum left the 64-bit cent range.
    public struct DailySumOverflow: Error, Hashable, Sendable {
        public let accountCode: String
        public let day: Day
    }

    /// Cells (accounts x days spanned) up to which the sums are kept in one
    /// dense array (16 MB) instead of a hash table: every posting of a year
    /// or two on a chart of a few dozen accounts.
    static let denseCellsMax = 1 << 20

    /// The sums per account and day of the lines of entries `toPost`
    /// (batch indexes), ordered by account code (byte order), then day.
    /// Every line has one positive side, so a sum with lines is never 0/0.
    public func dailySums(of toPost: [Int]) -> Result<[DailySum], DailySumOverflow> {
        guard let first = toPost.first else { return .success([]) }
        var firstDay = dates[first].daysSinceEpoch, lastDay = firstDay
        for index in toPost {
            firstDay = Swift.min(firstDay, dates[index].daysSinceEpoch)
            lastDay = Swift.max(lastDay, dates[index].daysSinceEpoch)
        }
        let span = Int(lastDay) - Int(firstDay) + 1, accounts = chart.accounts.count
        var sums: [(debit: Int64, credit: Int64)]
        var sparse: [Int: (debit: Int64, credit: Int64)] = [:]
        let dense = span * accounts <= Self.denseCellsMax
        sums = dense ? Array(repeating: (0, 0), count: span * accounts) : []
        for index in toPost {
            let dayOffset = Int(dates[index].daysSinceEpoch) - Int(firstDay)
            for at in lineRange(index) {
                let line = lines[at]
                let cell = Int(line.accountPosition) * span + dayOffset
                let sum = dense ? sums[cell] : sparse[cell, default: (0, 0)]
                let debit = sum.debit.addingReportingOverflow(line.debit.rawCents)
                let credit = sum.credit.addingReportingOverflow(line.credit.rawCents)
                guard !debit.overflow, !credit.overflow else {
                    return .failure(DailySumOverflow(accountCode: chart.accounts[Int(line.accountPosition)].code,
                                                     day: dates[index]))
                }
                if dense { sums[cell] = (debit.partialValue, credit.partialValue) } else {
                    sparse[cell] = (debit.partialValue, credit.partialValue)
                }
            }
        }
        // Cell = account position * span + day offset: ordered by the accounts' code rank, then day.
        var rank = [Int](repeating: 0, count: accounts)
        for (position, account) in (0..<accounts).sorted(by: {
            utf8Precedes(chart.accounts[$0].code, chart.accounts[$1].code)
        }).enumerated() { rank[account] = position }
        let cells = dense ? sums.indices.filter { sums[$0].debit != 0 || sums[$0].credit != 0 } : Array(sparse.keys)
        let ordered = cells.sorted { a, b in
            rank[a / span] != rank[b / span] ? rank[a / span] < rank[b / span] : a < b
        }
        let result = ordered.map { cell in
            let sum = dense ? sums[cell] : sparse[cell, default: (0, 0)]
            return DailySum(accountPosition: Int32(cell / span), day: Day(daysSinceEpoch: firstDay + Int32(cell % span)),
                            debitCents: sum.debit, creditCents: sum.credit)
        }
        return .success(result)
    }
}
