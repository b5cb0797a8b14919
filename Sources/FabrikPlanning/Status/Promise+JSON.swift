import FabrikCore

extension Promise {
    /// The `fabrik promise --json` document (docs/status-and-http.md), also
    /// served as `GET /promise`. Keys in a fixed order.
    public func renderJSON() -> String {
        var j = StatusJSONWriter()
        j.open()
        j.string("item", itemId); j.string("plant", plantId); j.quantity("qty", quantity); j.day("as_of", asOf)
        j.day("date", date); j.string("method", method.name); j.string("reason", reason)
        j.key("available_to_promise"); j.open()
        j.day("date", availableToPromise.date); j.string("deciding_supply", availableToPromise.decidingSupply)
        j.quantity("free_qty", availableToPromise.totalFree)
        j.key("supplies"); j.openArray()
        for s in availableToPromise.supplies {
            j.element(); j.open()
            j.string("source", s.source); j.day("date", s.date); j.quantity("qty", s.quantity)
            j.quantity("cumulative_qty", s.cumulativeQuantity)
            j.close()
        }
        j.closeArray(); j.close()
        j.key("capable_to_promise"); j.open()
        j.day("date", capableToPromise.date); j.string("problem", capableToPromise.problem)
        j.key("path"); j.openArray()
        for step in capableToPromise.path {
            j.element(); j.open()
            j.string("item", step.itemId); j.string("plant", step.plantId); j.string("procurement", step.procurement.name)
            j.integer("lead_time_days", Int(step.leadTimeDays)); j.bool("working_days", step.workingDays)
            j.string("supplier", step.supplier); j.day("start", step.start); j.day("finish", step.finish)
            j.close()
        }
        j.closeArray(); j.close()
        j.close()
        return j.text
    }
}
