import ArgumentParser
import Foundation

/// `--db PATH` shared by every leaf command: default `fabrik.sqlite` in the
/// working directory, or `FABRIK_DB` when set.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The database file (default: $FABRIK_DB or fabrik.sqlite).")
    var db: String?

    var databasePath: String {
        if let db { return db }
        if let fromEnvironment = ProcessInfo.processInfo.environment["FABRIK_DB"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return "fabrik.sqlite"
    }
}

/// `--json`: one JSON document on stdout instead of tables.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print one JSON document on stdout.")
    var json = false
}
