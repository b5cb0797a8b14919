public import FabrikCore

/// One account of the chart: its code (an id, compared byte for byte), name,
/// type, and the posting-rule role it plays, if any. A plain value; the
/// `ChartOfAccounts` holding it guarantees codes are unique and roles sit on
/// accounts of the matching type.
public struct Account: Hashable, Sendable {
    public var code: String
    public var name: String
    public var type: AccountType
    public var role: AccountRole?

    public init(code: String, name: String, type: AccountType, role: AccountRole? = nil) {
        self.code = code
        self.name = name
        self.type = type
        self.role = role
    }

    /// True for the accounts only stock events may move: roles inventory, wip and grni.
    public var isControlled: Bool {
        switch role {
        case .inventory?, .wip?, .grni?: return true
        default: return false
        }
    }
}
