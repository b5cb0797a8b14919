import Foundation
import Testing
@testable import FabrikStore

@Suite("Opening a database")
struct ConnectionTests {
    @Test("the database runs in WAL mode with foreign keys on, on readers and the writer")
    func walAndForeignKeys() throws {
        let temp = TemporaryDatabase()
        let store = try temp.open()
        #expect(try store.pragma("journal_mode") == "wal")
        #expect(try store.pragma("foreign_keys") == "1")
        #expect(try store.writerPragma("foreign_keys") == "1")
        #expect(try store.writerPragma("synchronous") == "1") // NORMAL
        #expect(try store.writerPragma("busy_timeout") == "10000")
    }

    @Test("opening a path that cannot be created fails with a sentence naming it")
    func unopenablePath() {
        let path = "/nonexistent-fabrik-folder/sub/fabrik.sqlite"
        #expect {
            _ = try SQLiteStore(path: path)
        } throws: { error in
            guard let error = error as? StoreError, case .cannotOpen(let failedPath, _) = error else { return false }
            return failedPath == path && error.description.hasPrefix("Cannot open the database at \(path)")
        }
    }
}
