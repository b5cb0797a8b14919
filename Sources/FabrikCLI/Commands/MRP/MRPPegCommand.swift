import ArgumentParser
import FabrikCore
import FabrikPlanning
import FabrikStore

/// `fabrik mrp peg ORDER_OR_DEAL/LINE`: walks the stored plan's pegging as a
/// tree: down from a deal line to every order, receipt and stock feeding it,
/// or up from an order to the deal lines it serves.
struct MRPPegCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "peg", abstract: "Walk pegging: down from DEAL/LINE, up from an order.")

    @Argument(help: "A deal line (DEAL/LINE), a planned order (MO-n, PO-n, TO-n) or an open order id.") var reference: String
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try reportingFailures {
            let plan = try SQLiteStore(path: store.databasePath).loadPlan().plan
            let index = PegIndex(plan: plan)
            guard let found = index.reference(named: reference) else {
                throw CommandFailure("\(reference) is neither a won deal line, an open order nor a planned order of the stored plan.")
            }
            let lines: [PegTreeLine]
            let direction: String
            if found.kind == .dealLine {
                lines = PegTree.down(from: found, index: index)
                direction = "down"
            } else if let supply = index.supply(of: found) {
                lines = PegTree.up(from: supply, index: index)
                direction = "up"
            } else {
                throw CommandFailure("\(reference) is not netted in the stored plan (closed, issued or beyond the horizon).")
            }
            let describe = PegDescriber(plan: plan)
            if output.json {
                Console.out(JSONValue.object([
                    ("reference", .string(reference)), ("direction", .string(direction)),
                    ("lines", .array(lines.map { line in
                        .object([("depth", .int(line.depth))] + describe.fields(line.subject)
                                + [("qty", line.quantity.map(JSONValue.quantity) ?? .null)])
                    })),
                ]).rendered())
                return
            }
            for line in lines {
                let indent = line.depth == 0 ? "" : String(repeating: "   ", count: line.depth - 1) + "└─ "
                let qty = line.quantity.map { " (pegged \($0))" } ?? ""
                Console.out(indent + describe.text(line.subject) + qty)
            }
            if lines.count == 1 { Console.out("   (nothing is pegged \(direction == "down" ? "to" : "from") it)") }
        }
    }
}

/// Words for the subjects of a pegging tree.
struct PegDescriber {
    var plan: MaterialPlan

    func node(_ item: Int32, _ plant: Int32) -> String { "\(plan.itemCodes[Int(item)])@\(plan.plantCodes[Int(plant)])" }

    func text(_ subject: PegTreeLine.Subject) -> String {
        switch subject {
        case .demand(let r): return plan.text(of: r) ?? "?"
        case .supply(.plannedOrder(let row)):
            let o = plan.plannedOrders
            return "\(plan.text(of: o.reference(ofRow: row)) ?? "?") planned \(o.type[row].name) \(node(o.item[row], o.plant[row])) qty \(o.quantity[row]), release \(o.releaseDate[row].iso8601), due \(o.dueDate[row].iso8601)"
        case .supply(.receipt(let row)):
            let r = plan.receipts
            return "\(plan.openOrderIds[Int(r.openOrder[row])]) open \(r.type[row].name) \(node(r.item[row], r.plant[row])) qty \(r.quantity[row]), due \(r.dueDate[row].iso8601), counted \(r.effectiveDate[row].iso8601)"
        case .supply(.onHand(let row)):
            let h = plan.onHand
            return "stock on hand \(node(h.item[row], h.plant[row])) qty \(h.quantity[row])"
        }
    }

    func fields(_ subject: PegTreeLine.Subject) -> [(String, JSONValue)] {
        switch subject {
        case .demand(let r): return [("kind", .string("demand")), ("id", .optionalString(plan.text(of: r)))]
        case .supply(.plannedOrder(let row)):
            let o = plan.plannedOrders
            return [("kind", .string("planned_order")), ("id", .optionalString(plan.text(of: o.reference(ofRow: row)))),
                    ("type", .string(o.type[row].name)), ("item", .string(plan.itemCodes[Int(o.item[row])])),
                    ("plant", .string(plan.plantCodes[Int(o.plant[row])])), ("order_qty", .quantity(o.quantity[row])),
                    ("release_date", .string(o.releaseDate[row].iso8601)), ("due_date", .string(o.dueDate[row].iso8601))]
        case .supply(.receipt(let row)):
            let r = plan.receipts
            return [("kind", .string("receipt")), ("id", .string(plan.openOrderIds[Int(r.openOrder[row])])),
                    ("type", .string(r.type[row].name)), ("item", .string(plan.itemCodes[Int(r.item[row])])),
                    ("plant", .string(plan.plantCodes[Int(r.plant[row])])), ("order_qty", .quantity(r.quantity[row])),
                    ("due_date", .string(r.dueDate[row].iso8601)), ("effective_date", .string(r.effectiveDate[row].iso8601))]
        case .supply(.onHand(let row)):
            let h = plan.onHand
            return [("kind", .string("on_hand")), ("id", .null), ("item", .string(plan.itemCodes[Int(h.item[row])])),
                    ("plant", .string(plan.plantCodes[Int(h.plant[row])])), ("order_qty", .quantity(h.quantity[row]))]
        }
    }
}
