public import FabrikCore

/// Why a list of accounts is not a usable chart. Each case renders as one
/// sentence in the dataset contract's wording, without the file name (the
/// caller prefixes `accounts.csv: ` or whatever the source was).
public enum ChartProblem: Hashable, Sendable, CustomStringConvertible {
    /// An account code is empty.
    case emptyCode(position: Int)
    /// Two accounts share a code (byte for byte).
    case duplicateCode(String)
    /// A role is given to more than one account (codes in input order).
    case roleOnSeveralAccounts(AccountRole, codes: [String])
    /// A role sits on an account of the wrong type.
    case roleOnWrongType(AccountRole, code: String, type: AccountType)
    /// No account has a role the posting rules need.
    case missingRole(AccountRole)

    public var description: String {
        switch self {
        case .emptyCode(let position):
            return "account \(position + 1) has an empty account_code"
        case .duplicateCode(let code):
            return "account_code \(code) is used by more than one account"
        case .roleOnSeveralAccounts(let role, let codes):
            return "role \(role.name) is on more than one account (\(codes.joined(separator: ", ")))"
        case .roleOnWrongType(let role, let code, let type):
            return "role \(role.name) needs an account of type \(role.requiredType.name), but \(code) is \(type.name)"
        case .missingRole(let role):
            return "no account has role \(role.name)"
        }
    }
}

/// The problems that kept a chart from being built, in the order found
/// (accounts in input order, then missing roles in `AccountRole` order).
/// Never empty.
public struct ChartRejection: Error, Hashable, Sendable, CustomStringConvertible {
    public var problems: [ChartProblem]

    public init(problems: [ChartProblem]) {
        precondition(!problems.isEmpty, "a chart rejection names at least one problem")
        self.problems = problems
    }

    /// One sentence per line.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
