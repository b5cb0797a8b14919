import ArgumentParser
import FabrikCore
import FabrikLedger
import FabrikStore

/// `fabrik stock valuation [--json]`: on hand and in transit per item and
/// plant at standard, reconciled with the inventory account per plant
/// (the difference shown; only cent rounding should make one).
struct StockValuationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "valuation", abstract: "Stock at standard, reconciled with the inventory account.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try reportingFailures {
            let valuation = try SQLiteStore(path: store.databasePath).stockValuation()
            if output.json {
                Console.out(JSONValue.object([
                    ("items", .array(valuation.rows.map { row in
                        .object([("item", .string(row.itemId)), ("plant", .string(row.plantId)), ("on_hand", .quantity(row.onHand)),
                                 ("in_transit", .quantity(row.inTransit)), ("standard_cost", .money(row.standardCost)),
                                 ("value", .number(row.value.description)), ("ledger", .number(row.ledger.description)),
                                 ("difference", .number(row.difference.description))])
                    })),
                    ("plants", .array(valuation.plants.map { plant in
                        .object([("plant", .string(plant.plantId)), ("value", .number(plant.value.description)),
                                 ("ledger", .number(plant.ledger.description)), ("difference", .number(plant.difference.description))])
                    })),
                    ("total_value", .number(valuation.totalValue.description)),
                    ("total_ledger", .number(valuation.totalLedger.description)),
                    ("total_difference", .number(valuation.totalDifference.description)),
                ]).rendered())
                return
            }
            var table = TextTable(["item", "plant", "on_hand", "in_transit", "standard", "value", "ledger", "difference"],
                                  alignments: [.left, .left, .right, .right, .right, .right, .right, .right])
            for row in valuation.rows {
                table.append([row.itemId, row.plantId, row.onHand.description, row.inTransit.isZero ? "" : row.inTransit.description,
                              row.standardCost.description, row.value.fixedTwoDecimals, row.ledger.fixedTwoDecimals,
                              row.difference.fixedTwoDecimals])
            }
            Console.out(table.render())
            var plants = TextTable(["plant", "value", "inventory account", "difference"], alignments: [.left, .right, .right, .right])
            for plant in valuation.plants {
                plants.append([plant.plantId, plant.value.fixedTwoDecimals, plant.ledger.fixedTwoDecimals, plant.difference.fixedTwoDecimals])
            }
            plants.append(["total", valuation.totalValue.fixedTwoDecimals, valuation.totalLedger.fixedTwoDecimals,
                           valuation.totalDifference.fixedTwoDecimals])
            Console.out("")
            Console.out(plants.render())
        }
    }
}
