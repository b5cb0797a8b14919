import ArgumentParser
import FabrikCore
import FabrikPlanning
import FabrikStore

/// `fabrik mrp messages [--type T] [--json]`: the stored plan's exceptions.
struct MRPMessagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "messages", abstract: "Exception messages of the stored plan.")

    @Option(help: "Only messages of this type (e.g. late-release, reschedule-in).") var type: String?
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let type, !PlanMessageType.allCases.contains(where: { $0.name == type }) {
            throw ValidationError("--type \"\(type)\" is not one of \(PlanMessageType.allCases.map(\.name).joined(separator: ", ")).")
        }
    }

    func run() throws {
        try reportingFailures {
            let plan = try SQLiteStore(path: store.databasePath).loadPlan().plan
            let messages = plan.messages.filter { type == nil || $0.type.name == type }
            func text(_ r: PlanReference) -> String? { plan.text(of: r) }
            if output.json {
                Console.out(JSONValue.object([("messages", .array(messages.map { m in
                    .object([
                        ("type", .string(m.type.name)), ("item", .string(plan.itemCodes[Int(m.item)])),
                        ("plant", .string(plan.plantCodes[Int(m.plant)])), ("order", .optionalString(text(m.order))),
                        ("demand", .optionalString(text(m.demand))), ("date", .string(m.date.iso8601)),
                        ("text", .string(plan.text(of: m))),
                    ])
                }))]).rendered())
                return
            }
            var table = TextTable(["type", "item", "plant", "date", "order", "demand", "what to do"])
            for m in messages {
                table.append([m.type.name, plan.itemCodes[Int(m.item)], plan.plantCodes[Int(m.plant)], m.date.iso8601,
                              text(m.order) ?? "", text(m.demand) ?? "", plan.text(of: m)])
            }
            Console.out(table.render())
            Console.out("\(messages.count) message\(messages.count == 1 ? "" : "s").")
        }
    }
}
