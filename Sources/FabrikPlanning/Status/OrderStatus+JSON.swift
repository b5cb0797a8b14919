import FabrikCore

extension OrderStatus {
    /// The `fabrik order status --json` document (docs/status-and-http.md),
    /// also served as `GET /orders/{deal_id}`. Keys in a fixed order.
    public func renderJSON() -> String {
        var j = StatusJSONWriter()
        j.open()
        j.key("deal"); j.open()
        j.string("id", deal.dealId); j.string("title", deal.title); j.string("stage", deal.stage.name)
        j.key("customer"); j.open(); j.string("id", deal.customerId); j.string("name", deal.customerName); j.close()
        j.money("value", value)
        j.close()
        j.key("plan")
        if let asOf {
            j.open(); j.integer("run_id", runId); j.day("as_of", asOf); j.string("stored_at", storedAt); j.close()
        } else {
            j.w.raw("null")
        }
        j.day("projected_completion", projectedCompletion)
        j.bool("late", isLate)
        j.key("lines"); j.openArray()
        for line in lines { j.element(); line.write(to: &j, dealId: deal.dealId) }
        j.closeArray()
        j.key("schedule")
        if let schedule {
            j.open()
            j.integer("run_id", schedule.runId); j.day("as_of", schedule.asOf); j.string("stored_at", schedule.storedAt)
            j.integer("plan_run_id", schedule.planRunId); j.bool("used", schedule.isCurrent)
            j.string("stale_because", schedule.staleness?.name)
            j.close()
        } else {
            j.w.raw("null")
        }
        j.key("ledger"); j.open()
        j.bool("available", ledger != nil)
        j.cents("shipped_value", ledger?.shippedValueCents ?? 0)
        j.cents("invoiced", ledger?.invoicedCents ?? 0)
        j.cents("paid", ledger?.paidCents ?? 0)
        j.cents("open_receivable", (ledger?.invoicedCents ?? 0) - (ledger?.paidCents ?? 0))
        j.close()
        j.close()
        return j.text
    }
}

extension LineStatus {
    func write(to j: inout StatusJSONWriter, dealId: String) {
        j.open()
        j.integer("line", Int(line.lineNumber)); j.string("demand", line.demandId(dealId: dealId))
        j.string("item", line.itemId); j.string("plant", line.plantId)
        j.quantity("qty", line.quantity); j.quantity("shipped_qty", line.shippedQuantity); j.quantity("open_qty", openQuantity)
        j.money("unit_price", line.unitPrice)
        j.day("due_date", line.dueDate); j.string("state", state.name)
        j.quantity("reserved_stock", reservedStock); j.quantity("uncovered_qty", uncoveredQuantity)
        j.day("projected_completion", projectedCompletion)
        j.bool("late", isLate); j.integer("days_late", Int(daysLate)); j.string("late_because", lateBecause)
        j.key("supply"); j.openArray()
        for supply in supplies { j.element(); supply.write(to: &j) }
        j.closeArray()
        j.string("date_source", dateSource?.name)
        j.close()
    }
}

extension SupplyStatus {
    func write(to j: inout StatusJSONWriter) {
        j.open()
        j.integer("depth", depth); j.string("id", id); j.string("kind", kind.name); j.string("type", type?.name)
        j.string("item", itemId); j.string("plant", plantId)
        j.quantity("qty", quantity); j.quantity("pegged_qty", peggedQuantity); j.string("feeds", feeds)
        j.string("state", state.name); j.string("converted_to", convertedTo); j.quantity("received_qty", receivedQuantity)
        j.day("release_date", releaseDate); j.day("due_date", dueDate)
        j.day("start", projectedStart); j.day("finish", projectedFinish); j.bool("late", isLate)
        j.string("supplier", supplier); j.string("source_plant", sourcePlant); j.string("date_source", dateSource.name)
        j.close()
    }
}
