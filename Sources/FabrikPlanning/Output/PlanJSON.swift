import FabrikCore

extension MaterialPlan {
    /// The `fabrik mrp run --json` document (interfaces.md), keys and lists in
    /// contract order; `seconds` is the caller's measurement of `plan(...)`.
    public func renderJSON(seconds: Double) -> String {
        String(decoding: renderJSONBytes(seconds: seconds), as: UTF8.self)
    }

    /// The same document as UTF-8 bytes (for writing straight to stdout).
    public func renderJSONBytes(seconds: Double) -> [UInt8] {
        var w = JSONWriter(capacity: 256 + plannedOrders.count * 260 + receipts.count * 220 + messages.count * 200)
        let items = itemCodes.map(JSONWriter.quoted), plants = plantCodes.map(JSONWriter.quoted)
        let suppliers = supplierCodes.map(JSONWriter.quoted)
        let ids = RenderedIds(deals: dealLineIds.map(JSONWriter.quoted), orders: openOrderIds.map(JSONWriter.quoted))
        w.raw("{\n \"as_of\": "); w.day(asOf)
        w.raw(",\n \"horizon_days\": "); w.integer(Int64(horizonDays))
        w.raw(",\n \"planned_orders\": [")
        let o = plannedOrders, t = receipts
        for r in 0..<o.count {
            w.raw(r == 0 ? "\n  {\"id\": " : ",\n  {\"id\": "); reference(o.reference(ofRow: r), ids, &w)
            w.raw(", \"type\": \""); w.raw(typeName(o.type[r])); w.raw("\", \"item\": "); w.raw(items[Int(o.item[r])])
            w.raw(", \"plant\": "); w.raw(plants[Int(o.plant[r])])
            w.raw(", \"qty\": "); w.quantity(o.quantity[r])
            w.raw(", \"release_date\": "); w.day(o.releaseDate[r])
            w.raw(", \"due_date\": "); w.day(o.dueDate[r])
            w.raw(", \"supplier\": "); optionalCode(o.supplier[r], suppliers, &w)
            w.raw(", \"source_plant\": "); optionalCode(o.sourcePlant[r], plants, &w)
            pegs(o.pegs, r, ids, &w)
        }
        w.raw(plannedOrders.count == 0 ? "],\n \"receipts\": [" : "\n ],\n \"receipts\": [")
        for r in 0..<t.count {
            w.raw(r == 0 ? "\n  {\"id\": " : ",\n  {\"id\": "); w.raw(ids.orders[Int(t.openOrder[r])])
            w.raw(", \"type\": \""); w.raw(typeName(t.type[r])); w.raw("\", \"item\": "); w.raw(items[Int(t.item[r])])
            w.raw(", \"plant\": "); w.raw(plants[Int(t.plant[r])])
            w.raw(", \"qty\": "); w.quantity(t.quantity[r])
            w.raw(", \"due_date\": "); w.day(t.dueDate[r])
            w.raw(", \"effective_date\": "); w.day(t.effectiveDate[r])
            pegs(t.pegs, r, ids, &w)
        }
        w.raw(receipts.count == 0 ? "],\n \"on_hand\": [" : "\n ],\n \"on_hand\": [")
        for r in 0..<onHand.count {
            w.raw(r == 0 ? "\n  {\"item\": " : ",\n  {\"item\": "); w.raw(items[Int(onHand.item[r])])
            w.raw(", \"plant\": "); w.raw(plants[Int(onHand.plant[r])])
            w.raw(", \"qty\": "); w.quantity(onHand.quantity[r])
            pegs(onHand.pegs, r, ids, &w)
        }
        w.raw(onHand.count == 0 ? "],\n \"messages\": [" : "\n ],\n \"messages\": [")
        for (i, m) in messages.enumerated() {
            w.raw(i == 0 ? "\n  {\"type\": " : ",\n  {\"type\": "); w.string(m.type.name)
            w.raw(", \"item\": "); w.raw(items[Int(m.item)])
            w.raw(", \"plant\": "); w.raw(plants[Int(m.plant)])
            w.raw(", \"order\": "); reference(m.order, ids, &w)
            w.raw(", \"demand\": "); reference(m.demand, ids, &w)
            w.raw(", \"date\": "); w.day(m.date)
            w.raw(", \"text\": "); w.string(text(of: m))
            w.raw("}")
        }
        w.raw(messages.isEmpty ? "],\n \"stats\": {\"nodes\": " : "\n ],\n \"stats\": {\"nodes\": ")
        w.integer(Int64(statistics.nodes))
        w.raw(", \"planned_orders\": "); w.integer(Int64(statistics.plannedOrders))
        w.raw(", \"requirements_beyond_horizon\": "); w.integer(Int64(statistics.requirementsBeyondHorizon))
        w.raw(", \"seconds\": "); w.quantity(Quantity(rawMicros: Int64((Swift.max(0, seconds) * 1_000_000).rounded())))
        w.raw("}\n}\n")
        return w.bytes
    }

    private func typeName(_ type: OrderType) -> StaticString {
        switch type {
        case .purchase: return "purchase"
        case .production: return "production"
        case .transfer: return "transfer"
        }
    }

    private func optionalCode(_ index: Int32, _ codes: [[UInt8]], _ w: inout JSONWriter) {
        if index >= 0 { w.raw(codes[Int(index)]) } else { w.raw("null") }
    }

    private func pegs(_ list: PegList, _ row: Int, _ ids: RenderedIds, _ w: inout JSONWriter) {
        w.raw(", \"pegs\": [")
        for p in list.range(ofRow: row) {
            w.raw(p == Int(list.start[row]) ? "{\"demand\": " : ", {\"demand\": ")
            reference(list.demand[p], ids, &w)
            w.raw(", \"qty\": "); w.quantity(list.quantity[p]); w.raw("}")
        }
        w.raw("]}")
    }

    private func reference(_ r: PlanReference, _ ids: RenderedIds, _ w: inout JSONWriter) {
        switch r.kind {
        case .none: w.raw("null")
        case .safetyStock: w.raw("\"safety-stock\"")
        case .stock: w.raw("\"stock\"")
        case .dealLine: w.raw(ids.deals[Int(r.value)])
        case .openOrder: w.raw(ids.orders[Int(r.value)])
        case .productionOrder: w.raw("\"MO-"); w.integer(Int64(r.value)); w.raw("\"")
        case .purchaseOrder: w.raw("\"PO-"); w.integer(Int64(r.value)); w.raw("\"")
        case .transferOrder: w.raw("\"TO-"); w.integer(Int64(r.value)); w.raw("\"")
        }
    }
}

/// Reference ids quoted and escaped once per render, not once per peg.
private struct RenderedIds {
    let deals: [[UInt8]]
    let orders: [[UInt8]]
}
