import FabrikCore
import FabrikPlanning
import FabrikStore

/// The demo's last page: the sales view of one won deal (what
/// `fabrik order status DEAL` prints), then how to serve the same answers
/// over HTTP and what to ask for.
struct OrderStatusDemoSection {
    var database: SQLiteStore
    var deals: [DealSummary]

    func print() throws {
        let won = deals.filter { $0.stage == .won }.map(\.dealId)
        guard let dealId = won.min(by: utf8Precedes) else { return }
        let read = try database.readDealStatus(dealId: dealId)
        Console.out("\n-- Sales: status of won deal \(dealId) (fabrik order status \(dealId))")
        Console.out(OrderStatusText(status: OrderStatusBuilder.build(read.input)).render())
        Console.out("""

            -- HTTP: the same answers as JSON for a CRM (docs/status-and-http.md)
            Start the read-only server:  fabrik serve --db \(database.path)
            Then, in another terminal:   curl http://127.0.0.1:8080/orders/\(dealId)
                                         curl http://127.0.0.1:8080/status
                                         curl http://127.0.0.1:8080/health
            """)
    }
}
