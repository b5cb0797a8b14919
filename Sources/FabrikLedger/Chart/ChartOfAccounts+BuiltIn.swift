import FabrikCore

extension ChartOfAccounts {
    /// The accounts of the built-in chart, used when a dataset has no
    /// `accounts.csv`. One account per posting-rule role, numbered in the
    /// usual block layout (1 assets, 2 liabilities, 3 equity, 4 revenue,
    /// 5 expenses). The same codes and names as FabrikDataset's
    /// `Dataset.builtInAccounts` (what import fills in), so a database
    /// imported without accounts.csv and this chart agree; a test in the
    /// full package should pin the two together.
    ///
    ///     code  name                          type       role
    ///     1000  Cash                          asset      cash
    ///     1100  Accounts receivable           asset      receivables
    ///     1200  Inventory                     asset      inventory
    ///     1300  Work in progress              asset      wip
    ///     2000  Accounts payable              liability  payables
    ///     2100  Goods received not invoiced   liability  grni
    ///     3000  Opening balance equity        equity     opening_equity
    ///     4000  Sales revenue                 revenue    revenue
    ///     5000  Cost of goods sold            expense    cogs
    ///     5100  Cost variances                expense    variance
    public static let builtInAccounts: [Account] = [
        Account(code: "1000", name: "Cash", type: .asset, role: .cash),
        Account(code: "1100", name: "Accounts receivable", type: .asset, role: .receivables),
        Account(code: "1200", name: "Inventory", type: .asset, role: .inventory),
        Account(code: "1300", name: "Work in progress", type: .asset, role: .wip),
        Account(code: "2000", name: "Accounts payable", type: .liability, role: .payables),
        Account(code: "2100", name: "Goods received not invoiced", type: .liability, role: .grni),
        Account(code: "3000", name: "Opening balance equity", type: .equity, role: .openingEquity),
        Account(code: "4000", name: "Sales revenue", type: .revenue, role: .revenue),
        Account(code: "5000", name: "Cost of goods sold", type: .expense, role: .cogs),
        Account(code: "5100", name: "Cost variances", type: .expense, role: .variance),
    ]

    /// The built-in chart (`builtInAccounts`), validated.
    public static let builtIn: ChartOfAccounts = {
        switch make(accounts: builtInAccounts) {
        case .success(let chart): return chart
        case .failure(let rejection): preconditionFailure("the built-in chart is valid by construction: \(rejection)")
        }
    }()
}
