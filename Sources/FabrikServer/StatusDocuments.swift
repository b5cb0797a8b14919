import FabrikCore
import FabrikPlanning
import FabrikStore

/// The JSON of `GET /status` and `GET /items/{item_id}` (docs/status-and-http.md).
enum StatusDocuments {
    static func runSummary(_ summary: RunSummary) -> JSONDocument {
        .object([
            ("mrp", summary.mrp.map(mrp) ?? .null),
            ("schedule", summary.schedule.map(schedule) ?? .null),
        ])
    }

    static func mrp(_ run: MRPRunSummary) -> JSONDocument {
        .object([
            ("run_id", .int(run.runId)), ("as_of", .day(run.asOf)), ("horizon_days", .int(run.horizonDays)),
            ("stored_at", .string(run.storedAt)), ("seconds", .seconds(run.seconds)), ("nodes", .int(run.nodes)),
            ("planned_orders", .int(run.plannedOrders)),
            ("orders_by_type", .object(run.ordersByType.map { ($0.type, .int($0.count)) })),
            ("receipts", .int(run.receipts)), ("on_hand", .int(run.onHand)), ("pegs", .int(run.pegs)),
            ("messages", .int(run.messages)),
            ("messages_by_type", .object(run.messagesByType.map { ($0.type, .int($0.count)) })),
            ("requirements_beyond_horizon", .int(run.requirementsBeyondHorizon)),
        ])
    }

    static func schedule(_ run: ScheduleRunSummary) -> JSONDocument {
        .object([
            ("run_id", .int(run.runId)), ("as_of", .day(run.asOf)), ("stored_at", .string(run.storedAt)),
            ("seconds", .seconds(run.seconds)), ("operations", .int(run.operations)), ("orders", .int(run.orders)),
            ("messages", .int(run.messages)), ("makespan_minutes", .int(run.makespanMinutes)),
            ("plan_run_id", run.planRunId.map { .int($0) } ?? .null), ("current", .bool(run.isCurrent)),
            ("stale_because", run.staleBecause.map { .string($0) } ?? .null),
        ])
    }

    static func item(_ info: ItemInfo) -> JSONDocument {
        let plan: JSONDocument = info.planRunId.map { .object([("run_id", .int($0)), ("as_of", .day(info.planAsOf))]) } ?? .null
        return .object([
            ("item", .string(info.itemId)), ("name", .string(info.name)), ("uom", .string(info.unitOfMeasure)),
            ("standard_cost", .money(info.standardCost)), ("plan", plan),
            ("plants", .array(info.plants.map(plant))),
        ])
    }

    static func plant(_ p: ItemPlantInfo) -> JSONDocument {
        var open = Quantity.zero, planned = Quantity.zero
        for s in p.openSupply { open += max(.zero, s.quantity - s.receivedQuantity) }
        for s in p.plannedSupply { planned += s.quantity }
        return .object([
            ("plant", .string(p.plantId)), ("procurement", .optional(p.procurement?.name)),
            ("lead_time_days", p.leadTimeDays.map { .integer(Int64($0)) } ?? .null),
            ("safety_stock", p.safetyStock.map { .quantity($0) } ?? .null),
            ("on_hand", .quantity(p.onHand)), ("open_supply_qty", .quantity(open)), ("planned_supply_qty", .quantity(planned)),
            ("open_supply", .array(p.openSupply.map { s in
                .object([("id", .string(s.orderId)), ("type", .string(s.type.name)), ("qty", .quantity(s.quantity)),
                         ("received_qty", .quantity(s.receivedQuantity)), ("due_date", .day(s.dueDate)),
                         ("state", .string(s.state.name))])
            })),
            ("planned_supply", .array(p.plannedSupply.map { s in
                .object([("id", .string(s.orderId)), ("type", .string(s.type.name)), ("qty", .quantity(s.quantity)),
                         ("release_date", .day(s.releaseDate)), ("due_date", .day(s.dueDate)),
                         ("converted_to", .optional(s.convertedTo))])
            })),
        ])
    }

    /// `{"error": sentence, ...context}`: the body of every error answer.
    static func error(_ sentence: String, _ context: [(String, JSONDocument)] = []) -> JSONDocument {
        .object([("error", .string(sentence))] + context)
    }
}
