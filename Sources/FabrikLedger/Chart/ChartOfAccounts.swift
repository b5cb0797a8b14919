public import FabrikCore

/// A validated chart of accounts: the accounts the ledger may post to, found
/// by code or by posting-rule role.
///
/// Invariants (established by `make(accounts:)`, checked by
/// `checkInvariants()`): codes are non-empty and unique byte for byte; every
/// `AccountRole` sits on exactly one account, whose type is the role's
/// `requiredType`. `accounts` keeps input order; `accountsByCode` is the same
/// accounts in UTF-8 byte order of code (the order reports print).
/// Lookup by code is one hash of the code's bytes; by role O(1).
public struct ChartOfAccounts: Hashable, Sendable {
    /// The accounts in input order.
    public let accounts: [Account]
    /// Position in `accounts` of each code.
    private let positionByCode: [CodeKey: Int]
    /// Position in `accounts` of each role's account, indexed by `AccountRole.rawValue`.
    private let positionByRole: [Int]

    private init(accounts: [Account], positionByCode: [CodeKey: Int], positionByRole: [Int]) {
        self.accounts = accounts
        self.positionByCode = positionByCode
        self.positionByRole = positionByRole
    }

    /// Validates `accounts` as a chart: unique non-empty codes, each role at
    /// most once and on the matching type, every role present. Returns every
    /// problem found, not only the first.
    public static func make(accounts: [Account]) -> Result<ChartOfAccounts, ChartRejection> {
        var problems: [ChartProblem] = []
        var positionByCode: [CodeKey: Int] = [:]
        positionByCode.reserveCapacity(accounts.count)
        var codesByRole = [[String]](repeating: [], count: AccountRole.allCases.count)
        var positionByRole = [Int](repeating: -1, count: AccountRole.allCases.count)
        for (position, account) in accounts.enumerated() {
            if account.code.isEmpty {
                problems.append(.emptyCode(position: position))
                continue
            }
            if positionByCode.updateValue(position, forKey: CodeKey(account.code)) != nil {
                problems.append(.duplicateCode(account.code))
            }
            guard let role = account.role else { continue }
            codesByRole[Int(role.rawValue)].append(account.code)
            if positionByRole[Int(role.rawValue)] < 0 { positionByRole[Int(role.rawValue)] = position }
            if account.type != role.requiredType {
                problems.append(.roleOnWrongType(role, code: account.code, type: account.type))
            }
        }
        for role in AccountRole.allCases {
            let codes = codesByRole[Int(role.rawValue)]
            if codes.isEmpty { problems.append(.missingRole(role)) }
            if codes.count > 1 { problems.append(.roleOnSeveralAccounts(role, codes: codes)) }
        }
        if !problems.isEmpty { return .failure(ChartRejection(problems: problems)) }
        let chart = ChartOfAccounts(accounts: accounts, positionByCode: positionByCode, positionByRole: positionByRole)
        chart.checkInvariants()
        return .success(chart)
    }

    /// The account with this code (byte-for-byte match), or nil.
    public func account(code: String) -> Account? {
        position(code: code).map { accounts[$0] }
    }

    /// The position in `accounts` of this code, or nil.
    public func position(code: String) -> Int? { positionByCode[CodeKey(code)] }

    /// The one account with this role (always present by the invariant).
    public func account(role: AccountRole) -> Account { accounts[positionByRole[Int(role.rawValue)]] }

    /// The code of the account with this role.
    public func code(role: AccountRole) -> String { account(role: role).code }

    /// The accounts in UTF-8 byte order of their codes.
    public var accountsByCode: [Account] { accounts.sorted { utf8Precedes($0.code, $1.code) } }

    /// Re-checks the invariants; free in release builds.
    public func checkInvariants() {
        assert(positionByCode.count == accounts.count, "codes are unique")
        assert(positionByRole.count == AccountRole.allCases.count, "one slot per role")
        for role in AccountRole.allCases {
            let position = positionByRole[Int(role.rawValue)]
            assert(accounts.indices.contains(position), "every role is present")
            assert(accounts[position].role == role, "the role slot points at its account")
            assert(accounts[position].type == role.requiredType, "the role's account has the role's type")
        }
    }
}
