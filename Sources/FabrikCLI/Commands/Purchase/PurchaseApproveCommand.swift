import ArgumentParser
import FabrikStore

/// `fabrik purchase approve PO-n ...`: suggestions become open purchase orders
/// `PUR-m` (scheduled receipts the next MRP run nets). All or nothing.
struct PurchaseApproveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "approve", abstract: "Approve purchase suggestions into purchase orders.")

    @Argument(help: "Planned purchase order ids (PO-n).") var ids: [String]
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if ids.isEmpty { throw ValidationError("Name at least one suggestion to approve, e.g. PO-3.") }
    }

    func run() throws {
        try reportingFailures {
            let conversions = try SQLiteStore(path: store.databasePath).approvePurchase(ids: ids)
            if output.json {
                Console.out(JSONValue.object([("approved", .array(conversions.map {
                    .object([("suggestion", .string($0.plannedOrderId)), ("purchase_order", .string($0.orderId))])
                }))]).rendered())
                return
            }
            for c in conversions { Console.out("\(c.plannedOrderId) approved as purchase order \(c.orderId).") }
        }
    }
}
