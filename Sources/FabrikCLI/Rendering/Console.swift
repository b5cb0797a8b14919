import Foundation

/// Writing to stdout/stderr and knowing whether stderr is a terminal (for
/// progress bars). The only place the CLI touches file descriptors.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static var stderrIsTerminal: Bool { isatty(2) == 1 }

    /// A one-line progress indicator on stderr, redrawn in place, only on a terminal.
    static func progress(_ label: String, done: Int, total: Int) {
        guard stderrIsTerminal, total > 0 else { return }
        let width = 30
        let filled = min(width, done * width / total)
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) [\(bar)] \(done * 100 / total)%".utf8))
        if done >= total { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
