import FabrikCore

enum AccountColumn: Int, DatasetColumn {
    case accountCode, name, type, role
    static let file = "accounts.csv"
    static let schema = [
        ColumnSpec("account_code", required: true), ColumnSpec("name", required: true), ColumnSpec("type", required: true),
        ColumnSpec("role"),
    ]
}

extension Dataset {
    /// The chart of accounts used when accounts.csv is absent: one account per
    /// role the posting rules need, of the matching type (docs/dataset.md lists it).
    public static let builtInAccounts: [AccountRecord] = [
        AccountRecord(accountCode: "1000", name: "Cash", type: .asset, role: .cash),
        AccountRecord(accountCode: "1100", name: "Accounts receivable", type: .asset, role: .receivables),
        AccountRecord(accountCode: "1200", name: "Inventory", type: .asset, role: .inventory),
        AccountRecord(accountCode: "1300", name: "Work in progress", type: .asset, role: .wip),
        AccountRecord(accountCode: "2000", name: "Accounts payable", type: .liability, role: .payables),
        AccountRecord(accountCode: "2100", name: "Goods received not invoiced", type: .liability, role: .grni),
        AccountRecord(accountCode: "3000", name: "Opening balance equity", type: .equity, role: .openingEquity),
        AccountRecord(accountCode: "4000", name: "Sales revenue", type: .revenue, role: .revenue),
        AccountRecord(accountCode: "5000", name: "Cost of goods sold", type: .expense, role: .cogs),
        AccountRecord(accountCode: "5100", name: "Cost variances", type: .expense, role: .variance),
    ]
}

extension DatasetImport {
    func readAccounts(_ bytes: inout [UInt8]) {
        var codes: [ByteKey: Int] = [:]
        var roles: [AccountRole: (line: Int, code: String)] = [:]
        var records: [AccountRecord] = []
        records.reserveCapacity(rowEstimate)
        let complete = TableScan.scan(&bytes, as: AccountColumn.self, log: log) { row in
            let code = row.id(.accountCode)
            let name = row.required(.name) { .success(CellParsers.text($0)) }
            let type = row.required(.type, Tokens.accountType.parse)
            let role = row.cell(.role, Tokens.accountRole.parse)
            if let role = role.value {
                if let first = roles[role] {
                    row.report(.role, "role \(role.name) is already on account \(quoted(first.code)) (line \(first.line))")
                } else {
                    roles[role] = (row.line, code ?? "")
                    if let type, type != role.requiredType {
                        row.report(.role, "role \(role.name) needs an account of type \(role.requiredType.name), not \(type.name)")
                    }
                }
            }
            guard let code else { return }
            if let first = firstLine(of: ByteKey(code), in: &codes, line: row.line) {
                row.report(.accountCode, "duplicate account \(quoted(code)) (first on line \(first))")
                return
            }
            guard let name, let type, !role.isInvalid else { return }
            records.append(AccountRecord(accountCode: code, name: name, type: type, role: role.value))
        }
        if complete {
            for role in AccountRole.allCases where roles[role] == nil {
                log.report(file: AccountColumn.file, "no account has role \(role.name)")
            }
        }
        dataset.accounts = records
    }
}
