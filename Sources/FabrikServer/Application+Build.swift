public import FabrikStore
public import Hummingbird
import HummingbirdCore
import Logging

/// The read-only status application (docs/status-and-http.md): the routes
/// of interfaces.md over `store`, with JSON errors, request logs and metrics.
/// Run it with `runService()` (SIGINT/SIGTERM shut it down cleanly) or test
/// it with HummingbirdTesting's `app.test(.router)`.
public func buildApplication(store: SQLiteStore, configuration: ServerConfiguration)
    -> Application<RouterResponder<BasicRequestContext>> {
    let metrics = ServerMetrics()
    let routes = StatusRoutes(store: store, metrics: metrics)
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: GuardAndLogMiddleware(metrics: metrics, logger: configuration.logger))
    routes.register(on: router)
    let onRunning = configuration.onServerRunning
    return Application(
        router: router,
        server: .http1(configuration: .init(
            idleTimeout: .seconds(60),
            httpDecoderConfiguration: .init(
                maxHeaderFieldSize: ServerConfiguration.headerBytesMax, maxHeaderListSize: ServerConfiguration.headerBytesMax,
                maxHeaderFieldCount: 100))),
        configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: "fabrik"),
        onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? configuration.port) },
        logger: configuration.logger)
}

/// Builds the application and runs it until SIGINT or SIGTERM, which shut it
/// down gracefully (in-flight requests finish, then the socket closes).
public func runServer(store: SQLiteStore, configuration: ServerConfiguration) async throws {
    try await buildApplication(store: store, configuration: configuration).runService()
}
