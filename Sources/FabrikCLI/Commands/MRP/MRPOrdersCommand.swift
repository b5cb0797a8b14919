import ArgumentParser
import FabrikCore
import FabrikPlanning
import FabrikStore
import Foundation

/// `fabrik mrp orders [--item I] [--plant P] [--type T,...] [--json]`: the
/// stored plan's planned orders; `--json` prints the `mrp run --json` shape.
struct MRPOrdersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "orders", abstract: "Planned orders of the stored plan, with pegging.")

    @Option(help: "Only orders of this item.") var item: String?
    @Option(help: "Only orders at this plant.") var plant: String?
    @Option(help: "Only these types: purchase, production, transfer (comma-separated).") var type: String?
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    var types: Set<OrderType>? {
        type.map { Set($0.split(separator: ",").compactMap { OrderType(name: $0) }) }
    }

    func validate() throws {
        if let type {
            for name in type.split(separator: ",", omittingEmptySubsequences: false) where OrderType(name: name) == nil {
                throw ValidationError("--type \"\(name)\" is not one of purchase, production, transfer.")
            }
        }
    }

    func run() throws {
        try reportingFailures {
            let stored = try SQLiteStore(path: store.databasePath).loadPlan()
            let plan = stored.plan
            let wanted = types
            let filtered = plan.keepingPlannedOrders { row in
                let orders = plan.plannedOrders
                if let item, !utf8Equal(plan.itemCodes[Int(orders.item[row])], item) { return false }
                if let plant, !utf8Equal(plan.plantCodes[Int(orders.plant[row])], plant) { return false }
                if let wanted, !wanted.contains(orders.type[row]) { return false }
                return true
            }
            if output.json {
                FileHandle.standardOutput.write(Data(filtered.renderJSONBytes(seconds: stored.seconds)))
                FileHandle.standardOutput.write(Data("\n".utf8))
                return
            }
            Console.out("Plan of run \(stored.runId), as of \(plan.asOf.iso8601), horizon \(plan.horizonDays) days, stored \(stored.storedAt).")
            Console.out(PlannedOrderTableText(plan: filtered, rows: Array(0..<filtered.plannedOrders.count)).render())
            Console.out("\(filtered.plannedOrders.count) of \(plan.plannedOrders.count) planned orders.")
        }
    }
}
