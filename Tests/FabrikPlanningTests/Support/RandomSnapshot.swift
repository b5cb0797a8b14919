import FabrikCore

/// SplitMix64 seeded one step in, as the property tests were first written
/// (their seeds keep naming the same cases).
func SeededRandom(seed: UInt64) -> SplitMix64 { SplitMix64(seed: seed &+ 0x9E37_79B9_7F4A_7C15) }

/// Random small, valid, acyclic snapshots: BOM edges only point to higher
/// item indices and transfers only from P2 to P1, so no cycle can form.
enum RandomSnapshot {
    static let asOf = Day(year: 2026, month: 1, day: 5) ?? Day(daysSinceEpoch: 0)

    static func make(seed: UInt64) -> PlanningSnapshot {
        var rng = SeededRandom(seed: seed)
        let itemCount = Int.random(in: 3...8, using: &rng)
        let items = (0..<itemCount).map { "I\($0)" }
        let decimals = items.map { _ in UInt8([0, 0, 1, 2].randomElement(using: &rng) ?? 0) }
        let holiday = asOf + Int32.random(in: 0...20, using: &rng)
        let calendars = [WorkCalendar(workdays: WorkdayMask(bits: 0x1F), holidays: [holiday]),
                         WorkCalendar(workdays: .allWeek, holidays: [])]
        var nodes: [NodeRow] = []
        for i in 0..<Int32(itemCount) {
            let leaf = Int(i) >= itemCount - 2
            for p in 0..<Int32(2) where Int.random(in: 0..<10, using: &rng) < 8 {
                var procurement: Procurement = leaf ? .buy : [.make, .make, .phantom, .buy].randomElement(using: &rng) ?? .make
                let hasP1 = nodes.contains { $0.item == i && $0.plant == 0 }
                if p == 1 && hasP1 && Bool.random(using: &rng) { procurement = .transfer }
                let rule = LotRule.allCases.randomElement(using: &rng) ?? .lotForLot
                let lot: Quantity = rule == .lotForLot ? .zero : .units(Int64.random(in: 1...5, using: &rng))
                nodes.append(NodeRow(item: i, plant: p, procurement: procurement, sourcePlant: procurement == .transfer ? 0 : -1,
                                     leadTimeDays: Int32.random(in: 0...4, using: &rng), lotRule: rule, lotSize: lot,
                                     minQuantity: .units(Int64.random(in: 0...3, using: &rng)),
                                     multiple: .units([0, 0, 2].randomElement(using: &rng) ?? 0),
                                     safetyStock: .units(Int64.random(in: 0...2, using: &rng) == 0 ? 3 : 0)))
            }
        }
        var bom: [BomLineRow] = []
        for parent in 0..<Int32(itemCount - 1) {
            for component in (parent + 1)..<Int32(itemCount) where Int.random(in: 0..<10, using: &rng) < 4 {
                let split = asOf + Int32.random(in: 0...30, using: &rng)
                let plant: Int32 = Int.random(in: 0..<5, using: &rng) == 0 ? 1 : -1
                let per = Quantity(rawMicros: Int64.random(in: 1...30, using: &rng) * 100_000)
                let scrap = Int32.random(in: 0...3, using: &rng) * 250
                if Bool.random(using: &rng) {
                    bom.append(BomLineRow(parentItem: parent, componentItem: component, plant: plant, quantityPer: per,
                                          scrapBasisPoints: scrap))
                } else {
                    bom.append(BomLineRow(parentItem: parent, componentItem: component, plant: plant, quantityPer: per,
                                          scrapBasisPoints: scrap, validTo: split))
                    bom.append(BomLineRow(parentItem: parent, componentItem: component, plant: plant,
                                          quantityPer: per + .units(1), validFrom: split + 1))
                }
            }
        }
        var supplierItems: [SupplierItemRow] = []
        var onHand: [OnHandRow] = []
        var openOrders: [OpenOrderRow] = []
        for node in nodes {
            if node.procurement == .buy {
                for s in 0..<Int32(3) where Bool.random(using: &rng) {
                    supplierItems.append(SupplierItemRow(
                        supplier: s, item: node.item, plant: node.plant,
                        leadTimeDays: Bool.random(using: &rng) ? Int32.random(in: 0...6, using: &rng) : nil,
                        minOrderQuantity: .units(Int64.random(in: 0...4, using: &rng)),
                        orderMultiple: .units([0, 0, 3].randomElement(using: &rng) ?? 0),
                        priority: Int32.random(in: 1...2, using: &rng)))
                }
            }
            if Bool.random(using: &rng) {
                onHand.append(OnHandRow(item: node.item, plant: node.plant, quantity: .units(Int64.random(in: 0...12, using: &rng))))
            }
            guard node.procurement != .phantom else { continue }
            let type: OrderType = node.procurement == .make ? .production : node.procurement == .buy ? .purchase : .transfer
            for _ in 0..<Int.random(in: 0...2, using: &rng) {
                openOrders.append(OpenOrderRow(
                    orderId: "OO-\(Int.random(in: 0...9999, using: &rng))-\(openOrders.count)", type: type, item: node.item,
                    plant: node.plant, openQuantity: .units(Int64.random(in: 1...9, using: &rng)),
                    dueDate: asOf + Int32.random(in: -4...40, using: &rng), issued: type != .purchase && Bool.random(using: &rng)))
            }
        }
        var demand: [DemandLineRow] = []
        for d in 0..<Int.random(in: 1...12, using: &rng) {
            demand.append(DemandLineRow(
                dealId: "D\(d % 3)", lineNumber: Int32(d), item: Int32.random(in: 0..<Int32(itemCount), using: &rng),
                plant: Int32.random(in: 0...1, using: &rng), openQuantity: .units(Int64.random(in: 1...10, using: &rng)),
                dueDate: asOf + Int32.random(in: -5...40, using: &rng)))
        }
        return PlanningSnapshot(
            itemCodes: items, itemDecimals: decimals, plantCodes: ["P1", "P2"], plantCalendars: calendars,
            supplierCodes: ["S1", "S2", "S3"], nodes: nodes, bomLines: bom, supplierItems: supplierItems,
            onHand: onHand, openOrders: openOrders, demandLines: demand)
    }
}
