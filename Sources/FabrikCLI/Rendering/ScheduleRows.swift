import FabrikCore
import FabrikScheduling
import Foundation

/// The selected operations of a schedule as a table, CSV (RFC 4180, one
/// header row) or a filtered `schedule run --json` document.
enum ScheduleRows {
    static let headers = ["plant", "work_center", "machine", "order", "op_seq", "item", "start", "end", "due_date", "late_hours", "serves"]

    static func cells(_ schedule: Schedule, _ j: Int) -> [String] {
        let problem = schedule.problem
        let op = problem.operations[j]
        let o = Int(op.order)
        let order = problem.orders[o]
        let center = problem.workCenters[Int(op.workCenter)]
        return [problem.plantCodes[Int(center.plant)], center.code, String(schedule.operationMachine[j]), order.id,
                String(op.opSeq), problem.itemCodes[Int(order.item)],
                ScheduleClock.text(schedule.operationStartMinutes[j], asOf: problem.asOf),
                ScheduleClock.text(schedule.operationEndMinutes[j], asOf: problem.asOf), order.dueDay.iso8601,
                schedule.tardinessHours(ofOrder: o).description, order.firstDealLine ?? ""]
    }

    static func table(_ schedule: Schedule, _ selection: ScheduleSelection) -> TextTable {
        var table = TextTable(headers.map { $0.replacingUnderscores }, alignments: [.left, .left, .right, .left, .right, .left, .left, .left, .left, .right, .left])
        for j in selection.operations { table.append(cells(schedule, j)) }
        return table
    }

    static func csv(_ schedule: Schedule, _ selection: ScheduleSelection) -> String {
        var out = headers.joined(separator: ",") + "\n"
        for j in selection.operations {
            out += cells(schedule, j).map(quoted).joined(separator: ",") + "\n"
        }
        return out
    }

    /// The `schedule run --json` shape restricted to the selected operations,
    /// the orders they belong to and those orders' messages; `stats` is the
    /// whole run's.
    static func json(_ schedule: Schedule, _ selection: ScheduleSelection, seconds: Double) -> JSONValue {
        let problem = schedule.problem
        let asOf = problem.asOf
        let chosen = Set(selection.operations)
        var ordersChosen = Set<Int>()
        for j in chosen { ordersChosen.insert(Int(problem.operations[j].order)) }
        let ranked = schedule.ordersInReferenceOrder.filter { ordersChosen.contains($0) }
        var operationsOfOrder: [Int: [Int]] = [:]
        for j in problem.operations.indices where chosen.contains(j) { operationsOfOrder[Int(problem.operations[j].order), default: []].append(j) }
        var operations: [JSONValue] = []
        for o in ranked {
            for j in operationsOfOrder[o] ?? [] {
                let op = problem.operations[j]
                operations.append(.object([
                    ("order", .string(problem.orders[o].id)), ("op_seq", .int(op.opSeq)),
                    ("work_center", .string(problem.workCenters[Int(op.workCenter)].code)), ("machine", .int(schedule.operationMachine[j])),
                    ("start", .string(ScheduleClock.text(schedule.operationStartMinutes[j], asOf: asOf))),
                    ("end", .string(ScheduleClock.text(schedule.operationEndMinutes[j], asOf: asOf))),
                ]))
            }
        }
        let orders: [JSONValue] = ranked.map { o in
            let order = problem.orders[o]
            return .object([
                ("order", .string(order.id)), ("item", .string(problem.itemCodes[Int(order.item)])),
                ("plant", .string(problem.plantCodes[Int(order.plant)])),
                ("start", .string(ScheduleClock.text(schedule.orderStartMinutes[o], asOf: asOf))),
                ("end", .string(ScheduleClock.text(schedule.orderEndMinutes[o], asOf: asOf))),
                ("due_date", .string(order.dueDay.iso8601)), ("tardiness_hours", .quantity(schedule.tardinessHours(ofOrder: o))),
                ("weight", .money(order.weight)),
            ])
        }
        let messages: [JSONValue] = schedule.messages.filter { ordersChosen.contains(Int($0.order)) }.map { m in
            let order = problem.orders[Int(m.order)]
            return .object([
                ("type", .string(m.type.name)), ("item", .string(problem.itemCodes[Int(order.item)])),
                ("plant", .string(problem.plantCodes[Int(order.plant)])), ("order", .string(order.id)),
                ("demand", .optionalString(m.demand)), ("date", .string(m.date.iso8601)), ("text", .string(schedule.text(of: m))),
            ])
        }
        let statistics = schedule.statistics
        return .object([
            ("as_of", .string(asOf.iso8601)), ("operations", .array(operations)), ("orders", .array(orders)),
            ("messages", .array(messages)),
            ("stats", .object([
                ("operations", .int(statistics.operations)), ("makespan_hours", .quantity(statistics.makespanHours)),
                ("weighted_tardiness", .number(statistics.weightedTardinessText)), ("iterations", .int(statistics.iterations)),
                ("seconds", .quantity(Quantity(rawMicros: Int64(max(0, seconds) * 1_000_000 + 0.5)))),
            ])),
        ])
    }

    private static func quoted(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    fileprivate var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
