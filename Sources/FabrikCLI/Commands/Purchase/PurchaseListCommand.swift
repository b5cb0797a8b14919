import ArgumentParser
import FabrikCore
import FabrikStore

/// `fabrik purchase list [--supplier S] [--json]`: purchase suggestions by
/// supplier with order date, need date, price, amount and a total per supplier.
struct PurchaseListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Purchase suggestions grouped by supplier.")

    @Option(help: "Only this supplier's suggestions.") var supplier: String?
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try reportingFailures {
            let suggestions = try PurchaseSuggestions(store: SQLiteStore(path: store.databasePath), supplierFilter: supplier)
            if output.json {
                Console.out(JSONValue.object([("suppliers", .array(suggestions.groups.map { group in
                    .object([
                        ("supplier", .optionalString(group.supplier)),
                        ("suggestions", .array(group.lines.map { line in
                            .object([
                                ("id", .string(line.id)), ("item", .string(line.item)), ("plant", .string(line.plant)),
                                ("qty", .quantity(line.quantity)), ("order_date", .string(line.releaseDate.iso8601)),
                                ("need_date", .string(line.dueDate.iso8601)), ("unit_price", .money(line.unitPrice)),
                                ("amount", .money(line.amount)),
                            ])
                        })),
                        ("total", .money(group.total)),
                    ])
                })), ("approved", .int(suggestions.approvedCount))]).rendered())
                return
            }
            if suggestions.groups.isEmpty { Console.out("No purchase suggestions to approve.") }
            for group in suggestions.groups {
                Console.out("Supplier \(group.supplier ?? "(none: set up a supplier for these items)")")
                var table = TextTable(["suggestion", "item", "plant", "qty", "order by", "need by", "unit price", "amount"],
                                      alignments: [.left, .left, .left, .right, .left, .left, .right, .right])
                for line in group.lines {
                    table.append([line.id, line.item, line.plant, line.quantity.description, line.releaseDate.iso8601,
                                  line.dueDate.iso8601, line.unitPrice.description, line.amount.formattedCents])
                }
                table.append(["total", "", "", "", "", "", "", group.total.formattedCents])
                Console.out(table.render() + "\n")
            }
            if suggestions.approvedCount > 0 { Console.out("\(suggestions.approvedCount) suggestions of this plan are already approved.") }
        }
    }
}
