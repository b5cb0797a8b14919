import FabrikCore
import FabrikPlanning
import FabrikStore
import HTTPTypes
import Hummingbird
import NIOPosix

/// The handlers: each reads from the store in one read transaction (on the
/// NIO thread pool, off the event loops) and encodes; none plans or posts.
struct StatusRoutes: Sendable {
    let store: SQLiteStore
    let metrics: ServerMetrics
    /// Shared by every request: the loaded plan of the last run, reused while
    /// that run is still the last one (see `PlanCache`).
    let cache = PlanCache()
    /// The rendered `/orders` answers, reused while the database is unchanged (see `AnswerCache`).
    let orderAnswers = AnswerCache<OrderAnswer>()

    /// The `/health` body, encoded once: the route touches neither the database nor the allocator for it.
    static let healthBody = ByteBuffer(string: #"{"status": "ok"}"# + "\n")

    func register(on router: Router<BasicRequestContext>) {
        router.get("/health") { _, _ in JSONAnswer.response(Self.healthBody) }
        router.get("/status") { _, _ in try await self.status() }
        router.get("/orders/:deal_id") { _, context in try await self.order(context.parameters.get("deal_id") ?? "") }
        router.get("/promise") { request, _ in try await self.promise(request.uri.queryParameters) }
        router.get("/items/:item_id") { _, context in try await self.item(context.parameters.get("item_id") ?? "") }
        router.get("/metrics") { _, _ in try await self.scrape() }
    }

    /// Runs a blocking store read on the NIO thread pool, mapping store errors to JSON answers.
    private func reading(_ body: @escaping @Sendable () throws -> Response) async throws -> Response {
        try await NIOThreadPool.singleton.runIfActive {
            do {
                return try body()
            } catch let error as StoreError {
                switch error {
                case .noPlan: return ErrorAnswer.response(.serviceUnavailable, error.description)
                case .unknownDeal: return ErrorAnswer.response(.notFound, error.description)
                default: return ErrorAnswer.response(.internalServerError, error.description)
                }
            }
        }
    }

    func status() async throws -> Response {
        try await reading { [store] in JSONAnswer.response(StatusDocuments.runSummary(try store.readRunSummary()).rendered) }
    }

    func order(_ dealId: String) async throws -> Response {
        guard Self.isWellFormedId(dealId) else {
            return ErrorAnswer.response(.notFound, "There is no deal with that id.", context: [("deal", .string(dealId))])
        }
        return try await reading { [store, cache, orderAnswers] in
            let answer = try store.readDealStatus(dealId: dealId, cache: cache, answers: orderAnswers) { read in
                let deal = read.input.deal
                guard deal.stage == .won else {
                    return OrderAnswer(status: .notFound, json: StatusDocuments.error(
                        deal.notWonSentence, [("deal", .string(deal.dealId)), ("stage", .string(deal.stage.name))]).rendered)
                }
                return OrderAnswer(status: .ok, json: OrderStatusBuilder.build(read.input).renderJSON())
            }
            return JSONAnswer.response(answer.body, status: answer.status)
        }
    }

    func promise(_ query: Parameters) async throws -> Response {
        guard let item = query.get("item"), let plant = query.get("plant"), let qtyText = query.get("qty") else {
            return ErrorAnswer.response(.badRequest, "A promise needs item, plant and qty query parameters.")
        }
        guard Self.isWellFormedId(item), Self.isWellFormedId(plant) else {
            return ErrorAnswer.response(.notFound, "There is no such item or plant.")
        }
        guard case .success(let quantity) = Quantity.parse(qtyText), quantity.isPositive else {
            return ErrorAnswer.response(.badRequest, "The qty \"\(qtyText)\" is not a positive decimal quantity.")
        }
        return try await reading { [store, cache] in
            guard let promise = try store.readPromise(itemId: item, plantId: plant, quantity: quantity, cache: cache) else {
                return ErrorAnswer.response(.notFound, "There is no item \(item) or no plant \(plant).",
                                            context: [("item", .string(item)), ("plant", .string(plant))])
            }
            return JSONAnswer.response(promise.renderJSON())
        }
    }

    func item(_ itemId: String) async throws -> Response {
        guard Self.isWellFormedId(itemId) else { return ErrorAnswer.response(.notFound, "There is no item with that id.") }
        return try await reading { [store, cache] in
            guard let info = try store.readItemInfo(itemId: itemId, cache: cache) else {
                return ErrorAnswer.response(.notFound, "There is no item \(itemId).", context: [("item", .string(itemId))])
            }
            return JSONAnswer.response(StatusDocuments.item(info).rendered)
        }
    }

    func scrape() async throws -> Response {
        try await reading { [store, metrics] in
            metrics.update(from: try store.readRunSummary())
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: metrics.render())))
        }
    }

    /// Ids are 1...`idBytesMax` bytes without control characters.
    static func isWellFormedId(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count <= ServerConfiguration.idBytesMax && !id.utf8.contains { $0 < 0x20 || $0 == 0x7F }
    }
}

/// A rendered `/orders` answer: its status and the JSON body bytes (newline
/// included), encoded once and shared by every response that reuses it.
struct OrderAnswer: Sendable {
    var status: HTTPResponse.Status
    var body: ByteBuffer

    init(status: HTTPResponse.Status, json: String) {
        self.status = status
        self.body = ByteBuffer(string: json + "\n")
    }
}
