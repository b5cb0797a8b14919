import ArgumentParser
import Dispatch
import FabrikServer
import FabrikStore
import Synchronization

/// `fabrik serve [--host 127.0.0.1] [--port 8080]`: the read-only HTTP status
/// endpoint (docs/status-and-http.md). Prints one line with the address once
/// listening (`--port 0` picks a free port); SIGINT or SIGTERM stops it cleanly.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Serve Fabrik's status over HTTP (read-only).")

    @Option(help: "The address to listen on (loopback unless told otherwise).") var host = "127.0.0.1"
    @Option(help: "The TCP port (0 picks a free one).") var port = 8080
    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port \(port) is not between 0 and 65535.") }
    }

    func run() throws {
        try reportingFailures {
            let database = try SQLiteStore(path: store.databasePath)
            let host = self.host
            let configuration = ServerConfiguration(host: host, port: port) { bound in
                Console.out("Fabrik serves http://\(host):\(bound) (database \(database.path)); stop with Ctrl-C.")
            }
            let failure = Mutex<String?>(nil)
            let done = DispatchSemaphore(value: 0)
            // The root command is synchronous; the server runs on the
            // concurrency pool while this thread waits for it to stop.
            Task {
                do { try await runServer(store: database, configuration: configuration) } catch { failure.withLock { $0 = "The server stopped: \(error)." } }
                done.signal()
            }
            done.wait()
            if let message = failure.withLock({ $0 }) { throw CommandFailure(message) }
        }
    }
}
