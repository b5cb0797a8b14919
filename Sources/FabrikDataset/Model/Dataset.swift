public import FabrikCore

/// A validated dataset: every file of dataset.md parsed into typed rows with
/// string ids, defaults applied, and every import check passed. Produced by
/// `DatasetReader`, written by `FabrikStore`'s importer.
///
/// Invariants (guaranteed by the reader): every reference resolves within the
/// dataset; keys are unique; quantities respect the item's decimals; the node
/// graph has no cycle; account roles are complete (the built-in chart is
/// filled in when accounts.csv is absent). Rows keep file order.
public struct Dataset: Sendable {
    public var plants: [PlantRecord] = []
    public var holidays: [HolidayRecord] = []
    public var items: [ItemRecord] = []
    public var itemPlants: [ItemPlantRecord] = []
    public var bomLines: [BomRecord] = []
    public var workCenters: [WorkCenterRecord] = []
    public var routings: [RoutingRecord] = []
    public var suppliers: [SupplierRecord] = []
    public var supplierItems: [SupplierItemRecord] = []
    public var inventory: [InventoryRecord] = []
    public var openOrders: [OpenOrderRecord] = []
    public var customers: [CustomerRecord] = []
    public var deals: [DealRecord] = []
    public var dealLines: [DealLineRecord] = []
    public var accounts: [AccountRecord] = []
    /// True when accounts came from the built-in chart (accounts.csv absent).
    public var accountsAreBuiltIn = false

    public init() {}

    /// Total number of records over all files.
    public var recordCount: Int {
        plants.count + holidays.count + items.count + itemPlants.count + bomLines.count + workCenters.count
            + routings.count + suppliers.count + supplierItems.count + inventory.count + openOrders.count
            + customers.count + deals.count + dealLines.count + accounts.count
    }
}

public struct PlantRecord: Hashable, Sendable {
    public var plantId: String
    public var name: String
    public var workdays: WorkdayMask
    public init(plantId: String, name: String = "", workdays: WorkdayMask = .allWeek) {
        self.plantId = plantId; self.name = name; self.workdays = workdays
    }
}

public struct HolidayRecord: Hashable, Sendable {
    public var plantId: String
    public var date: Day
    public init(plantId: String, date: Day) { self.plantId = plantId; self.date = date }
}

public struct ItemRecord: Hashable, Sendable {
    public var itemId: String
    public var name: String
    public var unitOfMeasure: String
    public var decimals: Int
    public var standardCost: Money
    public init(itemId: String, name: String = "", unitOfMeasure: String = "pc", decimals: Int = 0, standardCost: Money = .zero) {
        self.itemId = itemId; self.name = name; self.unitOfMeasure = unitOfMeasure; self.decimals = decimals; self.standardCost = standardCost
    }
}

/// `lotSize` holds a quantity for fixed, whole days for poq (as units), zero for lfl.
public struct ItemPlantRecord: Hashable, Sendable {
    public var itemId: String
    public var plantId: String
    public var procurement: Procurement
    public var sourcePlantId: String?
    public var leadTimeDays: Int32
    public var lotRule: LotRule
    public var lotSize: Quantity
    public var minQuantity: Quantity
    public var multiple: Quantity
    public var safetyStock: Quantity
    public init(itemId: String, plantId: String, procurement: Procurement, sourcePlantId: String? = nil, leadTimeDays: Int32 = 0,
                lotRule: LotRule = .lotForLot, lotSize: Quantity = .zero, minQuantity: Quantity = .zero,
                multiple: Quantity = .zero, safetyStock: Quantity = .zero) {
        self.itemId = itemId; self.plantId = plantId; self.procurement = procurement; self.sourcePlantId = sourcePlantId
        self.leadTimeDays = leadTimeDays; self.lotRule = lotRule; self.lotSize = lotSize; self.minQuantity = minQuantity
        self.multiple = multiple; self.safetyStock = safetyStock
    }
}

public struct BomRecord: Hashable, Sendable {
    public var parentItemId: String
    public var componentItemId: String
    public var quantityPer: Quantity
    /// nil = every plant.
    public var plantId: String?
    /// scrap_pct * 100.
    public var scrapBasisPoints: Int32
    public var validFrom: Day?
    public var validTo: Day?
    public init(parentItemId: String, componentItemId: String, quantityPer: Quantity, plantId: String? = nil,
                scrapBasisPoints: Int32 = 0, validFrom: Day? = nil, validTo: Day? = nil) {
        self.parentItemId = parentItemId; self.componentItemId = componentItemId; self.quantityPer = quantityPer
        self.plantId = plantId; self.scrapBasisPoints = scrapBasisPoints; self.validFrom = validFrom; self.validTo = validTo
    }
}

public struct WorkCenterRecord: Hashable, Sendable {
    public var workCenterId: String
    public var plantId: String
    public var name: String
    /// Hours per machine per working day, as a quantity (> 0, <= 24).
    public var capacityHours: Quantity
    public var machines: Int32
    public init(workCenterId: String, plantId: String, name: String = "", capacityHours: Quantity = .units(8), machines: Int32 = 1) {
        self.workCenterId = workCenterId; self.plantId = plantId; self.name = name; self.capacityHours = capacityHours; self.machines = machines
    }
}

public struct RoutingRecord: Hashable, Sendable {
    public var itemId: String
    public var plantId: String
    public var operationSequence: Int32
    public var workCenterId: String
    public var setupHours: Quantity
    public var runHoursPerUnit: Quantity
    public init(itemId: String, plantId: String, operationSequence: Int32, workCenterId: String,
                setupHours: Quantity = .zero, runHoursPerUnit: Quantity = .zero) {
        self.itemId = itemId; self.plantId = plantId; self.operationSequence = operationSequence
        self.workCenterId = workCenterId; self.setupHours = setupHours; self.runHoursPerUnit = runHoursPerUnit
    }
}

public struct SupplierRecord: Hashable, Sendable {
    public var supplierId: String
    public var name: String
    public init(supplierId: String, name: String = "") { self.supplierId = supplierId; self.name = name }
}

public struct SupplierItemRecord: Hashable, Sendable {
    public var supplierId: String
    public var itemId: String
    public var plantId: String
    /// nil = blank (the item_plants value applies).
    public var leadTimeDays: Int32?
    public var unitPrice: Money
    public var minOrderQuantity: Quantity
    public var orderMultiple: Quantity
    public var priority: Int32
    public init(supplierId: String, itemId: String, plantId: String, leadTimeDays: Int32? = nil, unitPrice: Money = .zero,
                minOrderQuantity: Quantity = .zero, orderMultiple: Quantity = .zero, priority: Int32 = 1) {
        self.supplierId = supplierId; self.itemId = itemId; self.plantId = plantId; self.leadTimeDays = leadTimeDays
        self.unitPrice = unitPrice; self.minOrderQuantity = minOrderQuantity; self.orderMultiple = orderMultiple; self.priority = priority
    }
}

public struct InventoryRecord: Hashable, Sendable {
    public var itemId: String
    public var plantId: String
    public var onHand: Quantity
    public init(itemId: String, plantId: String, onHand: Quantity) { self.itemId = itemId; self.plantId = plantId; self.onHand = onHand }
}

public struct OpenOrderRecord: Hashable, Sendable {
    public var orderId: String
    public var type: OrderType
    public var itemId: String
    public var plantId: String
    public var quantity: Quantity
    public var dueDate: Day
    public var supplierId: String?
    public var sourcePlantId: String?
    public var issued: Bool
    public init(orderId: String, type: OrderType, itemId: String, plantId: String, quantity: Quantity, dueDate: Day,
                supplierId: String? = nil, sourcePlantId: String? = nil, issued: Bool = false) {
        self.orderId = orderId; self.type = type; self.itemId = itemId; self.plantId = plantId; self.quantity = quantity
        self.dueDate = dueDate; self.supplierId = supplierId; self.sourcePlantId = sourcePlantId; self.issued = issued
    }
}

public struct CustomerRecord: Hashable, Sendable {
    public var customerId: String
    public var name: String
    public init(customerId: String, name: String = "") { self.customerId = customerId; self.name = name }
}

public struct DealRecord: Hashable, Sendable {
    public var dealId: String
    public var customerId: String
    public var title: String
    public var stage: DealStage
    public init(dealId: String, customerId: String, title: String = "", stage: DealStage) {
        self.dealId = dealId; self.customerId = customerId; self.title = title; self.stage = stage
    }
}

public struct DealLineRecord: Hashable, Sendable {
    public var dealId: String
    public var lineNumber: Int32
    public var itemId: String
    public var plantId: String
    public var quantity: Quantity
    public var dueDate: Day
    public var unitPrice: Money
    public init(dealId: String, lineNumber: Int32, itemId: String, plantId: String, quantity: Quantity, dueDate: Day, unitPrice: Money = .zero) {
        self.dealId = dealId; self.lineNumber = lineNumber; self.itemId = itemId; self.plantId = plantId
        self.quantity = quantity; self.dueDate = dueDate; self.unitPrice = unitPrice
    }
}

public struct AccountRecord: Hashable, Sendable {
    public var accountCode: String
    public var name: String
    public var type: AccountType
    public var role: AccountRole?
    public init(accountCode: String, name: String, type: AccountType, role: AccountRole? = nil) {
        self.accountCode = accountCode; self.name = name; self.type = type; self.role = role
    }
}
