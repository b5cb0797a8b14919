import ArgumentParser
import FabrikCore
import FabrikPlanning
import FabrikStore

/// `fabrik bom where-used ITEM [--plant P]`: every parent up to the finished goods.
struct BomWhereUsedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "where-used", abstract: "Every parent of an item up to the finished goods.")

    @Argument(help: "The component item.") var item: String
    @Option(help: "Only BOM lines that apply at this plant.") var plant: String?
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try reportingFailures {
            let catalog = BomCatalog(try SQLiteStore(path: store.databasePath).loadBomModel())
            let component = try catalog.itemIndex(item)
            let plantIndex = try plant.map { try catalog.plantIndex($0) }
            let rows = BomExplosion.whereUsed(component: component, plant: plantIndex, index: catalog.index)
            func plantText(_ p: Int32) -> String { p < 0 ? "all" : catalog.plants.codes[Int(p)] }
            if output.json {
                Console.out(JSONValue.object([
                    ("item", .string(item)), ("plant", plant.map(JSONValue.string) ?? .null),
                    ("parents", .array(rows.map { row in
                        .object([
                            ("level", .int(row.level)), ("parent", .string(catalog.items.codes[Int(row.parent)])),
                            ("name", .string(catalog.name(of: row.parent))),
                            ("component", .string(catalog.items.codes[Int(row.component)])),
                            ("plant", row.plant < 0 ? .null : .string(plantText(row.plant))), ("qty_per", .quantity(row.quantityPer)),
                            ("valid_from", .optionalString(row.validFrom?.iso8601)), ("valid_to", .optionalString(row.validTo?.iso8601)),
                        ])
                    })),
                ]).rendered())
                return
            }
            Console.out("\(item) \(catalog.name(of: component)) is used in:")
            var table = TextTable(["level", "parent", "name", "qty per", "plant", "valid"], alignments: [.left, .left, .left, .right, .left, .left])
            for row in rows {
                let validity = row.validFrom == nil && row.validTo == nil ? "always"
                    : "\(row.validFrom?.iso8601 ?? "...") to \(row.validTo?.iso8601 ?? "...")"
                table.append([String(row.level), String(repeating: "  ", count: row.level - 1) + catalog.items.codes[Int(row.parent)],
                              catalog.name(of: row.parent), row.quantityPer.description, plantText(row.plant), validity])
            }
            Console.out(table.render())
            if rows.isEmpty { Console.out("\(item) is not a component of any item.") }
        }
    }
}
