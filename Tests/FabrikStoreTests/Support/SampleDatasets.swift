import FabrikCore
import FabrikDataset
import Foundation
@testable import FabrikStore

/// Small datasets built in code, with real values, for the store tests.
enum SampleDatasets {
    static func day(_ iso: String) -> Day {
        Day(iso8601: iso) ?? Day(daysSinceEpoch: 0)
    }

    /// A bike maker: two plants, a made bike with a phantom kit and bought
    /// parts, one transfer node, deals in several stages, open orders.
    /// Ids deliberately include byte-order traps (`b` after `Z`, `é` last).
    static var bikes: Dataset {
        var d = Dataset()
        d.plants = [
            PlantRecord(plantId: "P2", name: "Outlet", workdays: WorkdayMask(bits: 0x1F)),
            PlantRecord(plantId: "P1", name: "Main works", workdays: WorkdayMask(bits: 0x1F)),
        ]
        d.holidays = [HolidayRecord(plantId: "P1", date: day("2026-01-01")), HolidayRecord(plantId: "P1", date: day("2025-12-25"))]
        d.items = [
            ItemRecord(itemId: "BIKE", name: "City bike", standardCost: Money(rawTenThousandths: 1_250_000)),
            ItemRecord(itemId: "KIT", name: "Frame kit"),
            ItemRecord(itemId: "FRAME", name: "Frame", standardCost: Money(rawTenThousandths: 400_000)),
            ItemRecord(itemId: "bolt", name: "Bolt", decimals: 0, standardCost: Money(rawTenThousandths: 125)),
            ItemRecord(itemId: "Zinc", name: "Zinc paint", unitOfMeasure: "l", decimals: 3, standardCost: Money(rawTenThousandths: 99_900)),
            ItemRecord(itemId: "é-CHAIN", name: "Chain"),
        ]
        d.itemPlants = [
            ItemPlantRecord(itemId: "BIKE", plantId: "P1", procurement: .make, leadTimeDays: 2, lotRule: .fixedOrderQuantity,
                            lotSize: .units(10), safetyStock: .units(2)),
            ItemPlantRecord(itemId: "BIKE", plantId: "P2", procurement: .transfer, sourcePlantId: "P1", leadTimeDays: 1),
            ItemPlantRecord(itemId: "KIT", plantId: "P1", procurement: .phantom),
            ItemPlantRecord(itemId: "FRAME", plantId: "P1", procurement: .buy, leadTimeDays: 5, minQuantity: .units(4)),
            ItemPlantRecord(itemId: "bolt", plantId: "P1", procurement: .buy, lotRule: .periodOrderQuantity, lotSize: .units(7),
                            multiple: .units(100)),
            ItemPlantRecord(itemId: "Zinc", plantId: "P1", procurement: .buy, safetyStock: Quantity(rawMicros: 1_500_000)),
            ItemPlantRecord(itemId: "é-CHAIN", plantId: "P1", procurement: .buy),
        ]
        d.bomLines = [
            BomRecord(parentItemId: "BIKE", componentItemId: "KIT", quantityPer: .units(1)),
            BomRecord(parentItemId: "BIKE", componentItemId: "é-CHAIN", quantityPer: .units(1), plantId: "P1",
                      validFrom: day("2026-01-01"), validTo: day("2026-12-31")),
            BomRecord(parentItemId: "KIT", componentItemId: "FRAME", quantityPer: .units(1), scrapBasisPoints: 250),
            BomRecord(parentItemId: "KIT", componentItemId: "bolt", quantityPer: .units(12)),
            BomRecord(parentItemId: "FRAME", componentItemId: "Zinc", quantityPer: Quantity(rawMicros: 250_000)),
        ]
        d.workCenters = [WorkCenterRecord(workCenterId: "WC-ASSY", plantId: "P1", name: "Assembly", machines: 2)]
        d.routings = [
            RoutingRecord(itemId: "BIKE", plantId: "P1", operationSequence: 10, workCenterId: "WC-ASSY",
                          setupHours: Quantity(rawMicros: 500_000), runHoursPerUnit: Quantity(rawMicros: 750_000)),
        ]
        d.suppliers = [SupplierRecord(supplierId: "SUP-B", name: "Bolts Ltd"), SupplierRecord(supplierId: "SUP-A", name: "Acme")]
        d.supplierItems = [
            SupplierItemRecord(supplierId: "SUP-A", itemId: "FRAME", plantId: "P1", leadTimeDays: 4,
                               unitPrice: Money(rawTenThousandths: 385_000), minOrderQuantity: .units(5), priority: 1),
            SupplierItemRecord(supplierId: "SUP-B", itemId: "bolt", plantId: "P1", unitPrice: Money(rawTenThousandths: 110),
                               orderMultiple: .units(50), priority: 2),
        ]
        d.inventory = [
            InventoryRecord(itemId: "FRAME", plantId: "P1", onHand: .units(3)),
            InventoryRecord(itemId: "Zinc", plantId: "P1", onHand: Quantity(rawMicros: 2_125_000)),
            InventoryRecord(itemId: "bolt", plantId: "P1", onHand: .zero),
        ]
        d.openOrders = [
            OpenOrderRecord(orderId: "OO-1", type: .purchase, itemId: "FRAME", plantId: "P1", quantity: .units(6),
                            dueDate: day("2026-01-12"), supplierId: "SUP-A"),
            OpenOrderRecord(orderId: "OO-2", type: .production, itemId: "BIKE", plantId: "P1", quantity: .units(5),
                            dueDate: day("2026-01-09"), issued: true),
            OpenOrderRecord(orderId: "OO-3", type: .transfer, itemId: "BIKE", plantId: "P2", quantity: .units(1),
                            dueDate: day("2026-01-20"), sourcePlantId: "P1"),
        ]
        d.customers = [CustomerRecord(customerId: "C-1", name: "Velo Shop"), CustomerRecord(customerId: "C-2", name: "City Rentals")]
        d.deals = [
            DealRecord(dealId: "D-7", customerId: "C-1", title: "Spring stock", stage: .won),
            DealRecord(dealId: "D-8", customerId: "C-2", title: "Fleet", stage: .negotiation),
            DealRecord(dealId: "D-9", customerId: "C-2", title: "Old fleet", stage: .lost),
            DealRecord(dealId: "D-10", customerId: "C-1", title: "Summer", stage: .lead),
        ]
        d.dealLines = [
            DealLineRecord(dealId: "D-7", lineNumber: 1, itemId: "BIKE", plantId: "P1", quantity: .units(10),
                           dueDate: day("2026-01-15"), unitPrice: Money(rawTenThousandths: 4_999_900)),
            DealLineRecord(dealId: "D-7", lineNumber: 2, itemId: "BIKE", plantId: "P2", quantity: .units(3),
                           dueDate: day("2026-01-22"), unitPrice: Money(rawTenThousandths: 4_999_900)),
            DealLineRecord(dealId: "D-8", lineNumber: 1, itemId: "BIKE", plantId: "P1", quantity: .units(40),
                           dueDate: day("2026-02-01"), unitPrice: Money(rawTenThousandths: 4_500_000)),
            DealLineRecord(dealId: "D-9", lineNumber: 1, itemId: "BIKE", plantId: "P1", quantity: .units(2),
                           dueDate: day("2026-02-01")),
        ]
        d.accounts = [
            AccountRecord(accountCode: "1000", name: "Cash", type: .asset, role: .cash),
            AccountRecord(accountCode: "1300", name: "Inventory", type: .asset, role: .inventory),
            AccountRecord(accountCode: "4000", name: "Sales", type: .revenue, role: .revenue),
            AccountRecord(accountCode: "6900", name: "Misc", type: .expense),
        ]
        return d
    }

    /// `bikes` with the kit line at plant P1 too, so it is not replaced by
    /// the P1-specific chain line: MRP then plans purchases of frames,
    /// bolts and chains through the phantom kit.
    static var bikesWithKitAtP1: Dataset {
        var d = bikes
        d.bomLines[0].plantId = "P1"
        return d
    }

    /// A different, smaller company, to replace `bikes` with.
    static var bakery: Dataset {
        var d = Dataset()
        d.plants = [PlantRecord(plantId: "B1", name: "Bakery")]
        d.items = [ItemRecord(itemId: "BREAD", name: "Bread"), ItemRecord(itemId: "FLOUR", unitOfMeasure: "kg", decimals: 2)]
        d.itemPlants = [
            ItemPlantRecord(itemId: "BREAD", plantId: "B1", procurement: .make),
            ItemPlantRecord(itemId: "FLOUR", plantId: "B1", procurement: .buy),
        ]
        d.bomLines = [BomRecord(parentItemId: "BREAD", componentItemId: "FLOUR", quantityPer: Quantity(rawMicros: 450_000))]
        d.accounts = [AccountRecord(accountCode: "1000", name: "Cash", type: .asset, role: .cash)]
        d.accountsAreBuiltIn = true
        return d
    }
}

/// A fresh database file in a temporary folder, removed when the test ends.
final class TemporaryDatabase {
    let directory: URL
    let path: String

    init() {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("fabrik-store-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("fabrik.sqlite").path
    }

    func open() throws -> SQLiteStore { try SQLiteStore(path: path) }

    deinit { try? FileManager.default.removeItem(at: directory) }
}

extension [TableCount] {
    /// The count of `table`, or -1 when the table is not listed.
    func count(of table: String) -> Int { first { $0.table == table }?.count ?? -1 }
}
