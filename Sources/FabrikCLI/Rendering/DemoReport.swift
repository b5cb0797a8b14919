import FabrikCore
import FabrikPlanning
import FabrikStore

/// The demo's pages: deals (sales), one finished good's BOM, the plan
/// (planner), and last the status of one won deal with how to serve it,
/// built from the stored data like the individual commands.
struct DemoReport {
    var database: SQLiteStore
    var asOf: Day

    func print() throws {
        let deals = try database.listDeals(stage: nil)
        var dealTable = TextTable(["deal", "stage", "customer", "title", "lines", "value"], alignments: [.left, .left, .left, .left, .right, .right])
        for deal in deals {
            dealTable.append([deal.dealId, deal.stage.name, deal.customerName, deal.title, String(deal.lineCount), deal.value.formattedCents])
        }
        Console.out("-- Sales: deals (only won deals are demand)")
        Console.out(dealTable.render())

        let catalog = BomCatalog(try database.loadBomModel())
        if let firstWon = try finishedGood(catalog: catalog) {
            Console.out("\n-- Engineering: BOM of \(catalog.items.codes[Int(firstWon.item)]) at \(catalog.plants.codes[Int(firstWon.plant)])")
            let rows = try BomExplosion.explode(root: firstWon.item, plant: firstWon.plant, quantity: .units(1), date: asOf,
                                            index: catalog.index, itemDecimals: catalog.itemDecimals) { catalog.node(item: $0, plant: $1) }
            var table = TextTable(["item", "name", "qty", "uom", "plant", "procurement"], alignments: [.left, .left, .right, .left, .left, .left])
            for row in rows {
                table.append([String(repeating: "  ", count: row.level - 1) + catalog.items.codes[Int(row.item)], catalog.name(of: row.item),
                              row.extendedQuantity.description, catalog.unit(of: row.item), catalog.plants.codes[Int(row.plant)],
                              row.procurement?.name ?? "-"])
            }
            Console.out(table.render())
        }

        let snapshot = try database.loadPlanningSnapshot()
        let clock = ContinuousClock()
        var planned: MaterialPlan?
        let elapsed = try clock.measure { planned = try MaterialRequirementsPlanner.plan(snapshot, MRPParameters(asOf: asOf, horizonDays: 365)) }
        guard let plan = planned else { return }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        try database.savePlan(plan, seconds: seconds)
        Console.out("\n-- Planner: MRP")
        Console.out(PlanSummary(plan: plan, seconds: seconds, demandLines: snapshot.demandLines.count).render())

        Console.out("\n-- Buyer: purchase suggestions by supplier (fabrik purchase list shows every line)")
        let suggestions = try PurchaseSuggestions(store: database, supplierFilter: nil)
        var buyer = TextTable(["supplier", "suggestions", "first order by", "total"], alignments: [.left, .right, .left, .right])
        for group in suggestions.groups {
            buyer.append([group.supplier ?? "(no supplier)", String(group.lines.count),
                          group.lines.map(\.releaseDate).min()?.iso8601 ?? "", group.total.formattedCents])
        }
        Console.out(buyer.render())

        let index = PegIndex(plan: plan)
        if let dealLine = plan.dealLineIds.first, let reference = index.reference(named: dealLine) {
            Console.out("\n-- Sales: what feeds deal line \(dealLine) (fabrik mrp peg \(dealLine))")
            let describe = PegDescriber(plan: plan)
            for line in PegTree.down(from: reference, index: index).prefix(25) {
                let indent = line.depth == 0 ? "" : String(repeating: "   ", count: line.depth - 1) + "└─ "
                Console.out(indent + describe.text(line.subject) + (line.quantity.map { " (pegged \($0))" } ?? ""))
            }
        }
        try ScheduleDemoSection(database: database).print()
        try OrderStatusDemoSection(database: database, deals: deals).print()
    }

    /// The first item of the first won deal line, as a (item, plant) pair.
    private func finishedGood(catalog: BomCatalog) throws -> (item: Int32, plant: Int32)? {
        let snapshot = try database.loadPlanningSnapshot()
        guard let line = snapshot.demandLines.min(by: { utf8Precedes($0.dealId, $1.dealId) }) else { return nil }
        guard let item = catalog.items.index(of: snapshot.itemCodes[Int(line.item)]),
              let plant = catalog.plants.index(of: snapshot.plantCodes[Int(line.plant)]) else { return nil }
        return (item, plant)
    }
}
