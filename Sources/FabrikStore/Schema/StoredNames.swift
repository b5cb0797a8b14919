internal import FabrikCore
internal import FabrikPlanning

/// The TEXT each enum is stored as (its dataset name), from tables built
/// once. Why: the enums' `name` properties index an array literal, which
/// allocates on every call; at a million rows that was a third of the
/// item_plants and open_orders insert time.
enum StoredNames {
    static let procurement = Procurement.allCases.map(\.name)
    static let lotRule = LotRule.allCases.map(\.name)
    static let orderType = OrderType.allCases.map(\.name)
    static let dealStage = DealStage.allCases.map(\.name)
    static let accountType = AccountType.allCases.map(\.name)
    static let accountRole = AccountRole.allCases.map(\.name)
    static let messageType = PlanMessageType.allCases.map(\.name)
    static let messageTypeByName: [String: PlanMessageType] = Dictionary(
        uniqueKeysWithValues: PlanMessageType.allCases.map { ($0.name, $0) })
}

extension Procurement { var storedName: String { StoredNames.procurement[Int(rawValue)] } }
extension LotRule { var storedName: String { StoredNames.lotRule[Int(rawValue)] } }
extension OrderType { var storedName: String { StoredNames.orderType[Int(rawValue)] } }
extension DealStage { var storedName: String { StoredNames.dealStage[Int(rawValue)] } }
extension AccountType { var storedName: String { StoredNames.accountType[Int(rawValue)] } }
extension AccountRole { var storedName: String { StoredNames.accountRole[Int(rawValue)] } }
extension PlanMessageType { var storedName: String { StoredNames.messageType[Int(rawValue)] } }
