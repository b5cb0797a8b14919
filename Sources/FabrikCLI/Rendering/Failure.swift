import ArgumentParser

/// A failure the CLI reports as one or more sentences on stderr with exit
/// status 1 (bad input or a failed check). Usage errors stay with
/// ArgumentParser (exit 64).
struct CommandFailure: Error, CustomStringConvertible {
    var lines: [String]
    init(_ lines: String...) { self.lines = lines }
    init(lines: [String]) { self.lines = lines }
    var description: String { lines.joined(separator: "\n") }
}

/// Runs a command body, printing any thrown error as sentences on stderr and
/// exiting 1; never a stack trace.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let exit as ExitCode {
        throw exit
    } catch let validation as ValidationError {
        throw validation
    } catch {
        for line in String(describing: error).split(separator: "\n", omittingEmptySubsequences: true) {
            Console.error(String(line))
        }
        throw ExitCode(1)
    }
}
