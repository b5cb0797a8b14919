import FabrikCore
import FabrikDataset

/// A deterministic dataset of any size for import benchmarks: about 13 rows
/// per item (item, 1.5 item_plants, 3 BOM lines, 0.2 routing, 1.6 supplier
/// items, 1.5 inventory, 0.5 open order, 0.5 deal, 3 deal lines, customers...).
/// It respects the dataset invariants the store's constraints check (keys
/// unique, references resolve); it is not meant to be planned.
enum SyntheticDataset {
    static func make(items itemCount: Int) -> Dataset {
        var d = Dataset()
        let plantIds = ["P1", "P2", "P3"]
        d.plants = plantIds.map { PlantRecord(plantId: $0, name: "Plant \($0)", workdays: WorkdayMask(bits: 0x1F)) }
        let base = Day(year: 2026, month: 1, day: 1) ?? Day(daysSinceEpoch: 20_454)
        d.holidays = (0..<10).map { HolidayRecord(plantId: "P1", date: base + Int32($0 * 30)) }
        let supplierCount = max(1, itemCount / 100)
        d.suppliers = (0..<supplierCount).map { SupplierRecord(supplierId: "SUP-\($0)", name: "Supplier \($0)") }
        let customerCount = max(1, itemCount / 20)
        d.customers = (0..<customerCount).map { CustomerRecord(customerId: "C-\($0)", name: "Customer number \($0)") }
        d.workCenters = plantIds.map { WorkCenterRecord(workCenterId: "WC-\($0)", plantId: $0, name: "Line \($0)") }

        func itemId(_ i: Int) -> String { "IT-\(i)" }
        d.items.reserveCapacity(itemCount)
        d.itemPlants.reserveCapacity(itemCount * 3 / 2)
        d.bomLines.reserveCapacity(itemCount * 3)
        for i in 0..<itemCount {
            let id = itemId(i)
            d.items.append(ItemRecord(itemId: id, name: "Item \(i)", decimals: i % 3,
                                      standardCost: Money(rawTenThousandths: Int64(10_000 + i % 977))))
            // The upper 80 % are bought parts, the rest made assemblies.
            let made = i < itemCount / 5
            d.itemPlants.append(ItemPlantRecord(
                itemId: id, plantId: "P1", procurement: made ? .make : .buy, leadTimeDays: Int32(i % 9),
                lotRule: i % 4 == 0 ? .fixedOrderQuantity : .lotForLot, lotSize: i % 4 == 0 ? .units(50) : .zero,
                safetyStock: .units(Int64(i % 5))))
            if i % 2 == 0 {
                d.itemPlants.append(ItemPlantRecord(itemId: id, plantId: "P2", procurement: .transfer, sourcePlantId: "P1",
                                                    leadTimeDays: 2))
            }
            if made {
                for k in 1...15 where itemCount > 1 {
                    let component = itemCount / 5 + (i * 15 + k) % (itemCount - itemCount / 5)
                    d.bomLines.append(BomRecord(parentItemId: id, componentItemId: itemId(component),
                                                quantityPer: .units(Int64(k)), scrapBasisPoints: Int32(k * 10)))
                }
                d.routings.append(RoutingRecord(itemId: id, plantId: "P1", operationSequence: 10, workCenterId: "WC-P1",
                                                setupHours: .units(1), runHoursPerUnit: Quantity(rawMicros: 250_000)))
            } else {
                d.supplierItems.append(SupplierItemRecord(
                    supplierId: "SUP-\(i % supplierCount)", itemId: id, plantId: "P1", leadTimeDays: Int32(i % 7),
                    unitPrice: Money(rawTenThousandths: Int64(5_000 + i % 1_000)), priority: 1))
                if supplierCount > 1 { d.supplierItems.append(SupplierItemRecord(
                    supplierId: "SUP-\((i + 1) % supplierCount)", itemId: id, plantId: "P1",
                    unitPrice: Money(rawTenThousandths: Int64(6_000 + i % 1_000)), priority: 2)) }
            }
            d.inventory.append(InventoryRecord(itemId: id, plantId: "P1", onHand: .units(Int64(i % 40))))
            if i % 2 == 0 { d.inventory.append(InventoryRecord(itemId: id, plantId: "P2", onHand: .units(Int64(i % 3)))) }
            if i % 2 == 1 {
                d.openOrders.append(OpenOrderRecord(
                    orderId: "OO-\(i)", type: made ? .production : .purchase, itemId: id, plantId: "P1",
                    quantity: .units(Int64(1 + i % 30)), dueDate: base + Int32(i % 90),
                    supplierId: made ? nil : "SUP-\(i % supplierCount)"))
            }
        }
        let dealCount = itemCount / 2
        d.deals.reserveCapacity(dealCount)
        d.dealLines.reserveCapacity(dealCount * 6)
        let stages: [DealStage] = [.won, .won, .lead, .qualified, .proposal, .negotiation, .lost]
        for k in 0..<dealCount {
            let dealId = "D-\(k)"
            d.deals.append(DealRecord(dealId: dealId, customerId: "C-\(k % customerCount)", title: "Deal \(k)",
                                      stage: stages[k % stages.count]))
            for line in 1...6 {
                d.dealLines.append(DealLineRecord(
                    dealId: dealId, lineNumber: Int32(line), itemId: itemId((k * 7 + line) % max(1, itemCount / 5)),
                    plantId: "P1", quantity: .units(Int64(line * 2)), dueDate: base + Int32((k + line) % 200),
                    unitPrice: Money(rawTenThousandths: 1_000_000)))
            }
        }
        d.accounts = [
            AccountRecord(accountCode: "1000", name: "Cash", type: .asset, role: .cash),
            AccountRecord(accountCode: "1300", name: "Inventory", type: .asset, role: .inventory),
        ]
        return d
    }
}
