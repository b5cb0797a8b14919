/// How an item is procured at a plant (item_plants.procurement).
public enum Procurement: UInt8, Sendable, CaseIterable {
    case make, buy, transfer, phantom
    public var name: String { ["make", "buy", "transfer", "phantom"][Int(rawValue)] }
    public init?(name: Substring) {
        switch name {
        case "make": self = .make
        case "buy": self = .buy
        case "transfer": self = .transfer
        case "phantom": self = .phantom
        default: return nil
        }
    }
}

/// Lot-sizing rule (item_plants.lot_rule).
public enum LotRule: UInt8, Sendable, CaseIterable {
    case lotForLot, fixedOrderQuantity, periodOrderQuantity
    public var name: String { ["lfl", "fixed", "poq"][Int(rawValue)] }
    public init?(name: Substring) {
        switch name {
        case "lfl": self = .lotForLot
        case "fixed": self = .fixedOrderQuantity
        case "poq": self = .periodOrderQuantity
        default: return nil
        }
    }
}

/// The kind of an open or planned order; matches its node's procurement.
public enum OrderType: UInt8, Sendable, CaseIterable {
    case purchase, production, transfer
    public var name: String { ["purchase", "production", "transfer"][Int(rawValue)] }
    public init?(name: Substring) {
        switch name {
        case "purchase": self = .purchase
        case "production": self = .production
        case "transfer": self = .transfer
        default: return nil
        }
    }
    /// The planned-order id prefix: `PO`, `MO`, `TO`.
    public var plannedPrefix: String { ["PO", "MO", "TO"][Int(rawValue)] }
}

/// CRM deal stage; only `won` creates demand.
public enum DealStage: UInt8, Sendable, CaseIterable {
    case lead, qualified, proposal, negotiation, won, lost
    public var name: String { ["lead", "qualified", "proposal", "negotiation", "won", "lost"][Int(rawValue)] }
    public init?(name: Substring) {
        guard let i = DealStage.allCases.firstIndex(where: { $0.name == name }) else { return nil }
        self = DealStage.allCases[i]
    }
}

/// Account type of the chart of accounts.
public enum AccountType: UInt8, Sendable, CaseIterable {
    case asset, liability, equity, revenue, expense
    public var name: String { ["asset", "liability", "equity", "revenue", "expense"][Int(rawValue)] }
    public init?(name: Substring) {
        guard let i = AccountType.allCases.firstIndex(where: { $0.name == name }) else { return nil }
        self = AccountType.allCases[i]
    }
}

/// The roles the posting rules use, each on exactly one account of the listed type.
public enum AccountRole: UInt8, Sendable, CaseIterable {
    case inventory, wip, grni, payables, receivables, revenue, cogs, cash, openingEquity, variance
    public var name: String {
        ["inventory", "wip", "grni", "payables", "receivables", "revenue", "cogs", "cash", "opening_equity", "variance"][Int(rawValue)]
    }
    public init?(name: Substring) {
        guard let i = AccountRole.allCases.firstIndex(where: { $0.name == name }) else { return nil }
        self = AccountRole.allCases[i]
    }
    /// The account type a role's account must have.
    public var requiredType: AccountType {
        switch self {
        case .cash, .receivables, .inventory, .wip: return .asset
        case .payables, .grni: return .liability
        case .openingEquity: return .equity
        case .revenue: return .revenue
        case .cogs, .variance: return .expense
        }
    }
}
