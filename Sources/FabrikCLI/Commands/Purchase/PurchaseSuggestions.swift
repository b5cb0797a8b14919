import FabrikCore
import FabrikPlanning
import FabrikStore

/// The stored plan's planned purchase orders not yet approved, grouped by
/// supplier (no supplier last), each priced at its supplier's unit price.
/// Amount = qty x unit price, rounded half away from zero to 1/10,000.
struct PurchaseSuggestions {
    struct Line {
        var id: String
        var item: String
        var plant: String
        var quantity: Quantity
        var releaseDate: Day
        var dueDate: Day
        var unitPrice: Money
        var amount: Money
    }
    struct Group {
        var supplier: String?
        var lines: [Line]
        var total: Money { lines.reduce(.zero) { $0 + $1.amount } }
    }

    var groups: [Group]
    var approvedCount: Int

    init(store: SQLiteStore, supplierFilter: String?) throws {
        let plan = try store.loadPlan().plan
        let converted = Set(try store.plannedOrderConversions().map { IdKey($0.plannedOrderId) })
        let snapshot = try store.loadPlanningSnapshot()
        // Prices keyed by codes: the plan and today's snapshot may index differently.
        var prices: [String: Money] = [:]
        for row in snapshot.supplierItems {
            let key = snapshot.supplierCodes[Int(row.supplier)] + "\u{0}" + snapshot.itemCodes[Int(row.item)] + "\u{0}" + snapshot.plantCodes[Int(row.plant)]
            prices[key] = row.unitPrice
        }
        let orders = plan.plannedOrders
        var bySupplier: [Int32: [Line]] = [:]
        var approved = 0
        for row in 0..<orders.count where orders.type[row] == .purchase {
            let id = plan.text(of: orders.reference(ofRow: row)) ?? ""
            if converted.contains(IdKey(id)) { approved += 1; continue }
            let supplierIndex = orders.supplier[row]
            let supplier = supplierIndex >= 0 ? plan.supplierCodes[Int(supplierIndex)] : nil
            if let supplierFilter, supplier.map({ !utf8Equal($0, supplierFilter) }) ?? true { continue }
            let item = plan.itemCodes[Int(orders.item[row])], plant = plan.plantCodes[Int(orders.plant[row])]
            let price = supplier.flatMap { prices[$0 + "\u{0}" + item + "\u{0}" + plant] } ?? .zero
            bySupplier[supplierIndex, default: []].append(Line(
                id: id, item: item, plant: plant, quantity: orders.quantity[row], releaseDate: orders.releaseDate[row],
                dueDate: orders.dueDate[row], unitPrice: price, amount: Money.amount(unitPrice: price, quantity: orders.quantity[row])))
        }
        // Supplier indices follow id byte order; -1 (no supplier) goes last.
        groups = bySupplier.keys.sorted { ($0 < 0 ? Int32.max : $0) < ($1 < 0 ? Int32.max : $1) }.map { key in
            Group(supplier: key >= 0 ? plan.supplierCodes[Int(key)] : nil,
                  lines: (bySupplier[key] ?? []).sorted { ($0.releaseDate, $0.item) < ($1.releaseDate, $1.item) })
        }
        approvedCount = approved
    }
}
