import ArgumentParser
import FabrikCore
import FabrikPlanning
import FabrikStore

/// `fabrik promise ITEM --plant P --qty Q [--json]`: the earliest date a new
/// order can be promised without disturbing won deals, and why.
struct PromiseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "promise", abstract: "The earliest date a new order can be promised (available, else capable to promise).")

    @Argument(help: "The item id.") var item: String
    @Option(help: "The plant.") var plant: String
    @Option(help: "The quantity (a positive decimal).") var qty: String
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard case .success(let quantity) = Quantity.parse(qty), quantity.isPositive else {
            throw ValidationError("--qty \"\(qty)\" is not a positive decimal quantity.")
        }
    }

    func run() throws {
        try reportingFailures {
            guard case .success(let quantity) = Quantity.parse(qty) else { throw CommandFailure("--qty \(qty) is not a quantity.") }
            guard let promise = try SQLiteStore(path: store.databasePath).readPromise(itemId: item, plantId: plant, quantity: quantity)
            else { throw CommandFailure("There is no item \(item) or no plant \(plant).") }
            if output.json {
                Console.out(promise.renderJSON())
                return
            }
            Console.out(PromiseText(promise: promise).render())
        }
    }
}

/// The people's rendering of a `Promise`: the date and reason, the free
/// supply, and the lead-time path.
struct PromiseText {
    var promise: Promise

    func render() -> String {
        var out: [String] = []
        if let date = promise.date {
            out.append("\(promise.quantity) \(promise.itemId) at \(promise.plantId) can be promised for \(date.iso8601) (\(promise.method.name), as of \(promise.asOf.iso8601)).")
        } else {
            out.append("No date can be promised for \(promise.quantity) \(promise.itemId) at \(promise.plantId).")
        }
        out.append(promise.reason)
        let atp = promise.availableToPromise
        if !atp.supplies.isEmpty {
            out.append("")
            out.append("Free supply (pegged to stock):")
            var table = TextTable(["source", "date", "qty", "cumulative"], alignments: [.left, .left, .right, .right])
            for s in atp.supplies { table.append([s.source, s.date.iso8601, s.quantity.description, s.cumulativeQuantity.description]) }
            out.append(table.render())
        }
        let ctp = promise.capableToPromise
        if !ctp.path.isEmpty {
            out.append("")
            out.append("Longest lead-time path from \(promise.asOf.iso8601):")
            var table = TextTable(["item", "plant", "procurement", "lead time", "start", "finish"],
                                  alignments: [.left, .left, .left, .right, .left, .left])
            for step in ctp.path {
                let lead = "\(step.leadTimeDays) \(step.workingDays ? "working days" : "days")"
                table.append([step.itemId, step.plantId, step.procurement.name + (step.supplier.map { " (\($0))" } ?? ""), lead,
                              step.start.iso8601, step.finish.iso8601])
            }
            out.append(table.render())
        } else if let problem = ctp.problem {
            out.append("Capable to promise: \(problem)")
        }
        return out.joined(separator: "\n")
    }
}
