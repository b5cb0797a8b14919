import FabrikCore

/// Collects import problems with a per-file and a total cap. A reference type
/// so that every row reader of one import appends to the same list.
///
/// Invariant: at most `perFileMax` problems per file (plus one "stopping"
/// note), at most `totalMax` in all (plus one note); `isFull` turns true when
/// the current file or the whole import reached its cap.
final class ProblemLog {
    private(set) var problems: [LocatedProblem] = []
    private var countInFile: [String: Int] = [:]
    let perFileMax: Int
    let totalMax: Int
    private(set) var totalCapReached = false

    init(perFileMax: Int, totalMax: Int) {
        self.perFileMax = perFileMax
        self.totalMax = totalMax
    }

    var isEmpty: Bool { problems.isEmpty }

    /// True when no more problems of `file` will be kept.
    func isFull(_ file: String) -> Bool {
        totalCapReached || (countInFile[file] ?? 0) >= perFileMax
    }

    func report(_ problem: LocatedProblem) {
        let file = problem.location.file
        guard !isFull(file) else { return }
        let count = (countInFile[file] ?? 0) + 1
        countInFile[file] = count
        problems.append(problem)
        if problems.count >= totalMax {
            totalCapReached = true
            problems.append(LocatedProblem(SourceLocation(file: file), "more than \(totalMax) problems in the dataset; stopping here"))
        } else if count == perFileMax {
            problems.append(LocatedProblem(SourceLocation(file: file), "more than \(perFileMax) problems in this file; stopping here"))
        }
    }

    func report(file: String, line: Int? = nil, column: String? = nil, _ reason: String) {
        report(LocatedProblem(SourceLocation(file: file, line: line, column: column), reason))
    }
}

/// A value quoted for a message: `"text"`, with quotes, backslashes and control
/// characters escaped and long values cut to 80 characters.
func quoted(_ text: String) -> String {
    var out = "\""
    var count = 0
    for scalar in text.unicodeScalars {
        if count == 80 { out += "..."; break }
        count += 1
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "\""
}
