import ArgumentParser
import FabrikCore
import FabrikStore

/// `fabrik deal list [--stage S]`: deals by stage, then id.
struct DealListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List deals by stage.")

    @Option(help: "Only deals of this stage (lead, qualified, proposal, negotiation, won, lost).")
    var stage: String?

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let stage, DealStage(name: Substring(stage)) == nil {
            throw ValidationError("--stage \"\(stage)\" is not one of lead, qualified, proposal, negotiation, won, lost.")
        }
    }

    func run() throws {
        try reportingFailures {
            let database = try SQLiteStore(path: store.databasePath)
            let deals = try database.listDeals(stage: stage.flatMap { DealStage(name: Substring($0)) })
            if output.json {
                Console.out(JSONValue.object([("deals", .array(deals.map { deal in
                    .object([
                        ("deal_id", .string(deal.dealId)), ("customer_id", .string(deal.customerId)),
                        ("customer", .string(deal.customerName)), ("title", .string(deal.title)),
                        ("stage", .string(deal.stage.name)), ("lines", .int(deal.lineCount)), ("value", .money(deal.value)),
                    ])
                }))]).rendered())
                return
            }
            var table = TextTable(["deal", "stage", "customer", "title", "lines", "value"],
                                  alignments: [.left, .left, .left, .left, .right, .right])
            for deal in deals {
                table.append([deal.dealId, deal.stage.name, deal.customerName.isEmpty ? deal.customerId : deal.customerName,
                              deal.title, String(deal.lineCount), deal.value.formattedCents])
            }
            Console.out(table.render())
            Console.out("\(deals.count) deal\(deals.count == 1 ? "" : "s").")
        }
    }
}
