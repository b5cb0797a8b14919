import FabrikCore
import FabrikLedger
import Testing

/// Small constructors for readable test values; each traps on a typo in the test itself.
func day(_ text: String) -> Day {
    guard let day = Day(iso8601: text) else { preconditionFailure("bad test date \(text)") }
    return day
}

func money(_ text: String) -> Money {
    guard case .success(let money) = Money.parse(text) else { preconditionFailure("bad test money \(text)") }
    return money
}

func quantity(_ text: String) -> Quantity {
    guard case .success(let quantity) = Quantity.parse(text) else { preconditionFailure("bad test quantity \(text)") }
    return quantity
}

func cents(_ raw: Int64) -> Cents { Cents(rawCents: raw) }

let chart = ChartOfAccounts.builtIn
let rules = PostingRules(chart: chart)

struct UnexpectedOutcome: Error, CustomStringConvertible {
    var description: String
}

/// The entry of a posting that must have produced one.
func entry(_ result: Result<Posting, PostingRejection>) throws -> JournalEntry {
    switch result {
    case .success(.entry(let entry)): return entry
    case .success(.nothingToPost): throw UnexpectedOutcome(description: "nothing to post")
    case .failure(let rejection): throw UnexpectedOutcome(description: "rejected: \(rejection)")
    }
}

func entry(_ result: Result<JournalEntry, PostingRejection>) throws -> JournalEntry {
    switch result {
    case .success(let entry): return entry
    case .failure(let rejection): throw UnexpectedOutcome(description: "rejected: \(rejection)")
    }
}

/// A line as a compact, comparable text: `D 1200 1235 item=BOLT plant=P1`.
func render(_ line: JournalLine) -> String {
    var text = line.debit.isZero ? "C \(line.accountCode) \(line.credit.rawCents)" : "D \(line.accountCode) \(line.debit.rawCents)"
    if let itemId = line.itemId { text += " item=\(itemId)" }
    if let plantId = line.plantId { text += " plant=\(plantId)" }
    if let orderId = line.orderId { text += " order=\(orderId)" }
    if let partyId = line.partyId { text += " party=\(partyId)" }
    return text
}

func render(_ entry: JournalEntry) -> [String] { entry.lines.map(render) }

let header = EntryHeader(key: "EV-1", date: day("2026-01-05"))
