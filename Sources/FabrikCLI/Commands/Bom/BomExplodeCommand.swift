import ArgumentParser
import FabrikCore
import FabrikPlanning
import FabrikStore
import Foundation

/// `fabrik bom explode ITEM --plant P [--qty N] [--date D]`: the indented
/// multi-level BOM with extended quantities (scrap included, rounded up to
/// each component's decimals as MRP does), lines effective on the date.
struct BomExplodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explode", abstract: "Indented multi-level BOM with extended quantities.")

    @Argument(help: "The item to explode.") var item: String
    @Option(help: "The plant whose BOM lines apply.") var plant: String
    @Option(help: "Quantity of the item (default 1).") var qty = "1"
    @Option(help: "Date whose effective lines are used (YYYY-MM-DD, default today).") var date: String?
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard case .success = Quantity.parse(qty) else { throw ValidationError("--qty \"\(qty)\" is not a decimal quantity.") }
        if let date, Day(iso8601: date) == nil { throw ValidationError("--date \"\(date)\" is not a date of the form YYYY-MM-DD.") }
    }

    func run() throws {
        try reportingFailures {
            let catalog = BomCatalog(try SQLiteStore(path: store.databasePath).loadBomModel())
            let root = try catalog.itemIndex(item)
            let plantIndex = try catalog.plantIndex(plant)
            let day = date.flatMap { Day(iso8601: $0) } ?? Today.day
            guard case .success(let quantity) = Quantity.parse(qty) else { return }
            let rows = try BomExplosion.explode(root: root, plant: plantIndex, quantity: quantity, date: day, index: catalog.index,
                                            itemDecimals: catalog.itemDecimals) { catalog.node(item: $0, plant: $1) }
            if output.json {
                Console.out(JSONValue.object([
                    ("item", .string(item)), ("plant", .string(plant)), ("qty", .quantity(quantity)), ("date", .string(day.iso8601)),
                    ("lines", .array(rows.map { row in
                        .object([
                            ("level", .int(row.level)), ("item", .string(catalog.items.codes[Int(row.item)])),
                            ("name", .string(catalog.name(of: row.item))), ("qty_per", .quantity(row.quantityPer)),
                            ("scrap_pct", .quantity(Quantity(rawMicros: Int64(row.scrapBasisPoints) * 10_000))),
                            ("extended_qty", .quantity(row.extendedQuantity)), ("uom", .string(catalog.unit(of: row.item))),
                            ("plant", .string(catalog.plants.codes[Int(row.plant)])),
                            ("procurement", row.procurement.map { .string($0.name) } ?? .null),
                        ])
                    })),
                ]).rendered())
                return
            }
            Console.out("\(item) \(catalog.name(of: root)) at \(plant), qty \(quantity), lines effective \(day.iso8601)")
            var table = TextTable(["level", "item", "name", "qty per", "scrap %", "extended", "uom", "plant", "procurement"],
                                  alignments: [.left, .left, .left, .right, .right, .right, .left, .left, .left])
            for row in rows {
                let indent = String(repeating: "  ", count: row.level - 1)
                let kind = row.procurement.map { $0 == .phantom ? "phantom (passes through)" : $0.name } ?? "not planned here"
                table.append([String(row.level), indent + catalog.items.codes[Int(row.item)], catalog.name(of: row.item),
                              row.quantityPer.description, Quantity(rawMicros: Int64(row.scrapBasisPoints) * 10_000).description,
                              row.extendedQuantity.description, catalog.unit(of: row.item), catalog.plants.codes[Int(row.plant)], kind])
            }
            Console.out(table.render())
            if rows.isEmpty { Console.out("\(item) has no BOM lines at \(plant) on \(day.iso8601).") }
        }
    }
}
