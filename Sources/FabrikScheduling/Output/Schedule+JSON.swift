import FabrikCore

extension Schedule {
    /// The `fabrik schedule run --json` document (interfaces.md): keys in
    /// contract order; `operations` by (order, op_seq) and `orders` by order,
    /// orders in reference order (open order ids by UTF-8 bytes, then `MO-n`
    /// by n); `messages` in output order; times `YYYY-MM-DDTHH:MM`
    /// plant-local; hours and weights plain decimals (hours to 6 decimals,
    /// half up). `seconds` is the caller's measurement.
    public func renderJSON(seconds: Double) -> String {
        String(decoding: renderJSONBytes(seconds: seconds), as: UTF8.self)
    }

    /// The same document as UTF-8 bytes.
    public func renderJSONBytes(seconds: Double) -> [UInt8] {
        let p = problem, asOf = p.asOf
        var w = ScheduleJSONWriter(capacity: 256 + p.operations.count * 150 + p.orders.count * 200 + messages.count * 220)
        let centers = p.workCenters.map { ScheduleJSONWriter.quoted($0.code) }
        let ids = p.orders.map { ScheduleJSONWriter.quoted($0.id) }
        let ranked = ordersInReferenceOrder
        var operationStart = [Int](repeating: 0, count: p.orders.count + 1)
        for op in p.operations { operationStart[Int(op.order) + 1] += 1 }
        for o in 0..<p.orders.count { operationStart[o + 1] += operationStart[o] }
        w.raw("{\n \"as_of\": "); w.day(asOf)
        w.raw(",\n \"operations\": [")
        var count = 0
        for o in ranked {
            for j in operationStart[o]..<operationStart[o + 1] {
                let op = p.operations[j]
                w.raw(count == 0 ? "\n  {\"order\": " : ",\n  {\"order\": "); w.raw(ids[o])
                w.raw(", \"op_seq\": "); w.integer(Int64(op.opSeq))
                w.raw(", \"work_center\": "); w.raw(centers[Int(op.workCenter)])
                w.raw(", \"machine\": "); w.integer(Int64(operationMachine[j]))
                w.raw(", \"start\": "); w.time(operationStartMinutes[j], asOf: asOf)
                w.raw(", \"end\": "); w.time(operationEndMinutes[j], asOf: asOf)
                w.raw("}")
                count += 1
            }
        }
        w.raw(count == 0 ? "],\n \"orders\": [" : "\n ],\n \"orders\": [")
        for (k, o) in ranked.enumerated() {
            let order = p.orders[o]
            w.raw(k == 0 ? "\n  {\"order\": " : ",\n  {\"order\": "); w.raw(ids[o])
            w.raw(", \"item\": "); w.string(p.itemCodes[Int(order.item)])
            w.raw(", \"plant\": "); w.string(p.plantCodes[Int(order.plant)])
            w.raw(", \"start\": "); w.time(orderStartMinutes[o], asOf: asOf)
            w.raw(", \"end\": "); w.time(orderEndMinutes[o], asOf: asOf)
            w.raw(", \"due_date\": "); w.day(order.dueDay)
            w.raw(", \"tardiness_hours\": "); w.quantity(tardinessHours(ofOrder: o))
            w.raw(", \"weight\": "); w.raw(Array(order.weight.description.utf8))
            w.raw("}")
        }
        w.raw(ranked.isEmpty ? "],\n \"messages\": [" : "\n ],\n \"messages\": [")
        for (k, m) in messages.enumerated() {
            let order = p.orders[Int(m.order)]
            w.raw(k == 0 ? "\n  {\"type\": " : ",\n  {\"type\": "); w.string(m.type.name)
            w.raw(", \"item\": "); w.string(p.itemCodes[Int(order.item)])
            w.raw(", \"plant\": "); w.string(p.plantCodes[Int(order.plant)])
            w.raw(", \"order\": "); w.raw(ids[Int(m.order)])
            w.raw(", \"demand\": "); w.optionalString(m.demand)
            w.raw(", \"date\": "); w.day(m.date)
            w.raw(", \"text\": "); w.string(text(of: m))
            w.raw("}")
        }
        w.raw(messages.isEmpty ? "],\n \"stats\": {\"operations\": " : "\n ],\n \"stats\": {\"operations\": ")
        w.integer(Int64(statistics.operations))
        w.raw(", \"makespan_hours\": "); w.quantity(statistics.makespanHours)
        w.raw(", \"weighted_tardiness\": "); w.raw(Array(statistics.weightedTardinessText.utf8))
        w.raw(", \"iterations\": "); w.integer(Int64(statistics.iterations))
        w.raw(", \"seconds\": "); w.quantity(Quantity(rawMicros: Int64(Swift.max(0, seconds) * 1_000_000 + 0.5)))
        w.raw("}\n}\n")
        return w.bytes
    }

    /// A sentence for people (wording is free; the fields carry the facts).
    public func text(of message: ScheduleMessage) -> String {
        let o = Int(message.order)
        let order = problem.orders[o]
        let at = "\(problem.itemCodes[Int(order.item)])@\(problem.plantCodes[Int(order.plant)])"
        let end = ScheduleClock.text(orderEndMinutes[o], asOf: problem.asOf)
        switch message.type {
        case .lateOrder:
            let serves = message.demand.map { " (serves \($0))" } ?? ""
            return "\(order.id) for \(at) ends \(end), \(tardinessHours(ofOrder: o)) hours after its due date \(message.date.iso8601)\(serves)."
        case .capacityOverload:
            return "\(order.id) for \(at) cannot meet its MRP due date \(message.date.iso8601) with the available capacity; it ends \(end)."
        }
    }
}
