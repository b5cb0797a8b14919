public import Logging

/// How `fabrik serve` listens: loopback by default; port 0 picks a free port
/// (reported through `onServerRunning`).
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var logger: Logger
    /// Called once the socket is bound, with the actual port.
    public var onServerRunning: @Sendable (Int) async -> Void

    public init(host: String = "127.0.0.1", port: Int = 8080, logger: Logger = Logger(label: "fabrik.server"),
                onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }) {
        self.host = host
        self.port = port
        self.logger = logger
        self.onServerRunning = onServerRunning
    }

    /// The longest deal, item or plant id accepted in a path or query (bytes);
    /// longer ones are answered 404 without touching the database.
    public static let idBytesMax = 256
    /// The largest request header block accepted (bytes); larger requests are refused by the HTTP decoder.
    public static let headerBytesMax = 16 * 1024
}
