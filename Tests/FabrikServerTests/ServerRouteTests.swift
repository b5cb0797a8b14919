import FabrikCore
import FabrikPlanning
import FabrikServer
import FabrikStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Every route and error case, in process (`app.test(.router)`).
@Suite("HTTP routes")
struct ServerRouteTests {
    static func app(_ fixture: ServerFixture) -> some ApplicationProtocol {
        buildApplication(store: fixture.store, configuration: ServerConfiguration(host: "127.0.0.1", port: 0))
    }

    static func json(_ response: TestResponse) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8))
        return try #require(object as? [String: Any])
    }

    @Test("GET /health answers ok as JSON")
    func health() async throws {
        let fixture = try ServerFixture(plan: false)
        defer { fixture.remove() }
        try await Self.app(fixture).test(.router) { client in
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                #expect(String(buffer: response.body) == "{\"status\": \"ok\"}\n")
            }
        }
    }

    @Test("GET /status gives the last MRP run with counts by type, and no schedule when none ran")
    func status() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        let stored = try fixture.store.loadPlan()
        let counts = stored.plan.plannedOrders.countsByType
        try await Self.app(fixture).test(.router) { client in
            try await client.execute(uri: "/status", method: .get) { response in
                #expect(response.status == .ok)
                let body = try Self.json(response)
                let mrp = try #require(body["mrp"] as? [String: Any])
                #expect(mrp["run_id"] as? Int == stored.runId)
                #expect(mrp["as_of"] as? String == "2026-12-01")
                #expect(mrp["seconds"] as? Double == 0.5)
                #expect(mrp["planned_orders"] as? Int == stored.plan.plannedOrders.count)
                let byType = try #require(mrp["orders_by_type"] as? [String: Int])
                #expect(byType == ["production": counts.production, "purchase": counts.purchase, "transfer": counts.transfer])
                let messages = try #require(mrp["messages_by_type"] as? [String: Int])
                #expect(messages.values.reduce(0, +) == stored.plan.messages.count)
                #expect(body["schedule"] is NSNull)
            }
        }
    }

    @Test("GET /status without any run has mrp null")
    func statusWithoutRun() async throws {
        let fixture = try ServerFixture(plan: false)
        defer { fixture.remove() }
        try await Self.app(fixture).test(.router) { client in
            try await client.execute(uri: "/status", method: .get) { response in
                #expect(String(buffer: response.body) == "{\"mrp\": null, \"schedule\": null}\n")
            }
        }
    }

    @Test("GET /orders/{deal} is byte for byte the order status document")
    func order() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        let expected = OrderStatusBuilder.build(try fixture.store.readDealStatus(dealId: "D-2026-102").input).renderJSON()
        try await Self.app(fixture).test(.router) { client in
            try await client.execute(uri: "/orders/D-2026-102", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == expected + "\n")
                let body = try Self.json(response)
                #expect((body["lines"] as? [Any])?.count == 2)
            }
        }
    }

    @Test("a cached /orders answer is rebuilt after any commit: a deal won, a new plan")
    func orderAnswerFollowsTheDatabase() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await Self.app(fixture).test(.router) { client in
            try await client.execute(uri: "/orders/D-2026-107", method: .get) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/orders/D-2026-107", method: .get) { #expect($0.status == .notFound) }
            try fixture.store.winDeal(id: "D-2026-107")
            try await client.execute(uri: "/orders/D-2026-107", method: .get) { #expect($0.status == .ok) }

            let first = try await client.execute(uri: "/orders/D-2026-102", method: .get) { String(buffer: $0.body) }
            let again = try await client.execute(uri: "/orders/D-2026-102", method: .get) { String(buffer: $0.body) }
            #expect(first == again)
            let asOf = Day(iso8601: "2026-12-15") ?? Day(daysSinceEpoch: 0)
            let replanned = try MaterialRequirementsPlanner.plan(fixture.store.loadPlanningSnapshot(), MRPParameters(asOf: asOf, threadCount: 1))
            try fixture.store.savePlan(replanned, seconds: 0.25)
            let expected = OrderStatusBuilder.build(try fixture.store.readDealStatus(dealId: "D-2026-102").input).renderJSON() + "\n"
            let after = try await client.execute(uri: "/orders/D-2026-102", method: .get) { String(buffer: $0.body) }
            #expect(after == expected)
            #expect(after != first)
            #expect(after.contains("\"as_of\": \"2026-12-15\""))
        }
    }

    @Test("unknown, malformed and not-won deals are 404 with a JSON error")
    func orderErrors() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await Self.app(fixture).test(.router) { client in
            try await client.execute(uri: "/orders/NOPE", method: .get) { response in
                #expect(response.status == .notFound)
                let body = try Self.json(response)
                #expect(body["error"] as? String == "There is no deal NOPE.")
            }
            try await client.execute(uri: "/orders/" + String(repeating: "X", count: 300), method: .get) { response in
                #expect(response.status == .notFound)
                let body = try Self.json(response)
                #expect(body["error"] as? String == "There is no deal with that id.")
            }
            try await client.execute(uri: "/orders/D-2026-107", method: .get) { response in
                #expect(response.status == .notFound)
                let body = try Self.json(response)
                #expect(body["stage"] as? String == "proposal")
                #expect((body["error"] as? String)?.hasPrefix("Deal D-2026-107 is not won yet (stage proposal)") == true)
            }
        }
    }

    @Test("GET /promise answers the promise document; bad queries 400, unknown items 404")
    func promise() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await Self.app(fixture).test(.router) { client in
            try await client.execute(uri: "/promise?item=CARGO-900&plant=VLC&qty=2", method: .get) { response in
                #expect(response.status == .ok)
                let body = try Self.json(response)
                #expect(body["method"] as? String == "capable-to-promise")
                #expect(body["date"] as? String == "2027-02-10")
            }
            try await client.execute(uri: "/promise?item=CARGO-900&plant=VLC", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/promise?item=CARGO-900&plant=VLC&qty=-1", method: .get) { response in
                #expect(response.status == .badRequest)
                let body = try Self.json(response)
                #expect(body["error"] as? String == "The qty \"-1\" is not a positive decimal quantity.")
            }
            try await client.execute(uri: "/promise?item=NOPE&plant=VLC&qty=1", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test("GET /promise without a plan is 503 and says to run MRP")
    func promiseWithoutPlan() async throws {
        let fixture = try ServerFixture(plan: false)
        defer { fixture.remove() }
        try await Self.app(fixture).test(.router) { client in
            try await client.execute(uri: "/promise?item=CARGO-900&plant=VLC&qty=2", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                let body = try Self.json(response)
                #expect(body["error"] as? String == StoreError.noPlan.description)
            }
        }
    }

    @Test("GET /items/{item} shows stock, supply and standard cost per plant; unknown items 404")
    func items() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await Self.app(fixture).test(.router) { client in
            try await client.execute(uri: "/items/CARGO-900", method: .get) { response in
                #expect(response.status == .ok)
                let body = try Self.json(response)
                #expect(body["standard_cost"] as? Int == 2650)
                let plants = try #require(body["plants"] as? [[String: Any]])
                let vlc = try #require(plants.first { $0["plant"] as? String == "VLC" })
                #expect(vlc["on_hand"] as? Int == 3)
                #expect(vlc["procurement"] as? String == "make")
                #expect((vlc["planned_supply"] as? [Any])?.isEmpty == false)
            }
            try await client.execute(uri: "/items/NOPE", method: .get) { response in
                #expect(response.status == .notFound)
                let body = try Self.json(response)
                #expect(body["error"] as? String == "There is no item NOPE.")
            }
        }
    }

    @Test("GET /metrics is Prometheus text with run and request metrics")
    func metrics() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await Self.app(fixture).test(.router) { client in
            try await client.execute(uri: "/health", method: .get)
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/plain") == true)
                let text = String(buffer: response.body)
                #expect(text.contains("fabrik_mrp_run_seconds 0.5"))
                #expect(text.contains("fabrik_mrp_planned_orders{type=\"production\"}"))
                #expect(text.contains("fabrik_mrp_messages{type=\"late-release\"}"))
                #expect(text.contains("fabrik_http_requests_total{route=\"/health\",method=\"GET\",status=\"200\"} 1"))
                #expect(text.contains("fabrik_http_request_duration_seconds_count{route=\"/health\"} 1"))
            }
        }
    }

    @Test("other methods are 405, unknown routes 404, bodies 413: all with JSON errors")
    func refusals() async throws {
        let fixture = try ServerFixture(plan: false)
        defer { fixture.remove() }
        try await Self.app(fixture).test(.router) { client in
            for method in [HTTPRequest.Method.post, .put, .delete, .patch] {
                try await client.execute(uri: "/status", method: method) { response in
                    #expect(response.status == .methodNotAllowed)
                    #expect(response.headers[.allow] == "GET, HEAD")
                    let body = try Self.json(response)
                #expect(body["error"] as? String == "Fabrik's HTTP endpoint is read-only: only GET is allowed.")
                }
            }
            try await client.execute(uri: "/nowhere", method: .get) { response in
                #expect(response.status == .notFound)
                let body = try Self.json(response)
                #expect(body["error"] != nil)
            }
            try await client.execute(uri: "/health", method: .get, headers: [.contentLength: "5"],
                                     body: ByteBuffer(string: "hello")) { response in
                #expect(response.status == .contentTooLarge)
            }
        }
    }
}
