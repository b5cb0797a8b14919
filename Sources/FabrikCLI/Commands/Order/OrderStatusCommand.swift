import ArgumentParser
import FabrikCore
import FabrikPlanning
import FabrikStore

/// `fabrik order status DEAL_ID [--json]`: for sales, each line of a won deal
/// with the orders that feed it, their states, and the projected completion
/// against the due date (docs/status-and-http.md).
struct OrderStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "A won deal's lines: feeding orders, their state, projected completion.")

    @Argument(help: "The deal id.") var dealId: String
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try reportingFailures {
            let read = try SQLiteStore(path: store.databasePath).readDealStatus(dealId: dealId)
            guard read.input.deal.stage == .won else { throw CommandFailure(read.input.deal.notWonSentence) }
            let status = OrderStatusBuilder.build(read.input)
            if output.json {
                Console.out(status.renderJSON())
            } else {
                Console.out(OrderStatusText(status: status).render())
            }
        }
    }
}

/// The people's rendering of an `OrderStatus`: a header, then per line a
/// summary sentence and its supply tree as a table (ids indented by depth).
struct OrderStatusText {
    var status: OrderStatus

    func render() -> String {
        let deal = status.deal
        var out = ["Deal \(deal.dealId) \"\(deal.title)\" for \(deal.customerName) (\(deal.customerId)): \(deal.stage.name), value \(status.value.formattedCents)."]
        if let asOf = status.asOf {
            out.append("Plan of run \(status.runId.map(String.init) ?? "?"), as of \(asOf.iso8601), stored \(status.storedAt ?? "?").")
        } else {
            out.append("There is no stored plan yet; run `fabrik mrp run` to see how the lines will be supplied.")
        }
        if let schedule = status.schedule { out.append(Self.scheduleSentence(schedule)) }
        let late = status.lines.filter(\.isLate).count
        if let completion = status.projectedCompletion {
            out.append("Projected completion \(completion.iso8601): \(late == 0 ? "every line on time" : "\(late) of \(status.lines.count) lines late").")
        }
        for line in status.lines { out.append(""); out.append(contentsOf: render(line)) }
        out.append("")
        if let ledger = status.ledger {
            out.append("Ledger: shipped \(cents(ledger.shippedValueCents)) at cost, invoiced \(cents(ledger.invoicedCents)), paid \(cents(ledger.paidCents)).")
        } else {
            out.append("Ledger: this database has no ledger tables yet.")
        }
        return out.joined(separator: "\n")
    }

    private func render(_ line: LineStatus) -> [String] {
        let facts = line.line
        var head = "Line \(facts.lineNumber): \(facts.quantity) \(facts.itemId) at \(facts.plantId), due \(facts.dueDate.iso8601)"
        if facts.shippedQuantity.isPositive { head += ", \(facts.shippedQuantity) shipped" }
        switch line.state {
        case .shipped: return [head + ": shipped."]
        case .notPlanned: return [head + ": not in the stored plan (won after the run, beyond the horizon or without planning data)."]
        case .planned: break
        }
        if let completion = line.projectedCompletion {
            head += ", projected \(completion.iso8601)" + (line.dateSource == .schedule ? " (scheduled)" : "")
            if line.isLate {
                head += ": LATE by \(line.daysLate) day\(line.daysLate == 1 ? "" : "s")"
                if let cause = line.lateBecause { head += " because of \(cause)" }
            } else {
                head += ": on time"
            }
        }
        var out = [head + "."]
        if line.reservedStock.isPositive { out.append("  \(line.reservedStock) reserved from stock.") }
        if line.uncoveredQuantity.isPositive { out.append("  \(line.uncoveredQuantity) not covered by the plan.") }
        // The "dates" column only when a schedule's dates are in use, so plan-only output stays as it was.
        let withSource = status.schedule?.isCurrent ?? false
        var table = TextTable(["supply", "type", "item", "plant", "pegged", "state", "release", "due", "start", "finish"]
                                  + (withSource ? ["dates"] : []),
                              alignments: [.left, .left, .left, .left, .right, .left, .left, .left, .left, .left]
                                  + (withSource ? [.left] : []))
        for s in line.supplies {
            let indent = String(repeating: "  ", count: max(0, s.depth - 1))
            let state = s.convertedTo.map { "\(s.state.name) (\($0))" } ?? s.state.name
            table.append([indent + s.id + (s.isLate ? " !" : ""), s.type?.name ?? "stock", s.itemId, s.plantId,
                          s.peggedQuantity.description, state, s.releaseDate?.iso8601 ?? "", s.dueDate?.iso8601 ?? "",
                          s.projectedStart?.iso8601 ?? "", s.projectedFinish.iso8601] + (withSource ? [s.dateSource.name] : []))
        }
        out.append(contentsOf: table.render().split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 })
        return out
    }

    /// Whether the stored schedule's dates are used, and if not, why.
    static func scheduleSentence(_ schedule: StatusSchedule) -> String {
        let run = "schedule run \(schedule.runId) (as of \(schedule.asOf.iso8601), stored \(schedule.storedAt))"
        let from = schedule.planRunId.map { "plan run \($0)" } ?? "an unrecorded plan"
        guard let staleness = schedule.staleness else {
            return "Production orders finish as scheduled by \(run), computed from \(from); other supplies as planned."
        }
        let reason: String
        switch staleness {
        case .planReplaced(let current):
            reason = "it was computed from \(from), which MRP run \(current) has replaced; run `fabrik schedule run` to use finite capacity again"
        case .planNotRecorded:
            reason = "it does not record the plan it was computed from; run `fabrik schedule run` again"
        case .noPlan:
            reason = "there is no stored plan"
        case .asOfBeforePlan:
            reason = "it starts before the plan's as_of; run `fabrik schedule run` without an earlier --as-of"
        }
        return "The stored \(run) is not used: \(reason). Dates are the plan's (infinite capacity)."
    }

    private func cents(_ value: Int64) -> String { Money(rawTenThousandths: value * 100).formattedCents }
}
