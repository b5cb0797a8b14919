import FabrikCore

/// A won deal line at a node: `rank` is its position in (deal_id, line_no)
/// order, `due` its written due date.
struct DealDemand: Sendable {
    var rank: Int32
    var due: Int32
    var quantity: Quantity
}

/// A netted scheduled receipt at a node. `planDue` is the planning due date
/// (working day on or before at make nodes), `writtenDue` the stored one;
/// `explodes` marks open production/transfer orders not yet issued, which
/// create component or source demand.
struct ReceiptInput: Sendable {
    var node: Int32
    var rank: Int32
    var planDue: Int32
    var writtenDue: Int32
    var quantity: Quantity
    var explodes: Bool
}

/// A requirement that reached an (item, plant) without a node.
struct UnplannedRequirement: Sendable {
    var item: Int32
    var plant: Int32
    var requirement: Requirement
}

/// Everything the engine reads, derived once from the snapshot: dense nodes
/// in (item, plant) order with their per-node columns, the BOM CSR, calendars,
/// each node's deal demand and receipts (CSR over nodes), the planning order
/// (by low-level code, then node) and the reference tables.
///
/// Invariant: every per-node column has `nodes.count` entries; `demands` of
/// node n are `demandStart[n] ..< demandStart[n+1]` (likewise receipts, sorted
/// by (planDue, rank)); `planningOrder[levelStart[l] ..< levelStart[l+1]]` are
/// the nodes of low-level code l, ascending. Immutable while planning.
struct PlanningModel: Sendable {
    let asOf: Int32
    let horizonEnd: Int32
    let nodes: NodeTable
    let bom: BomTable
    let itemDecimals: [UInt8]
    let itemCodes: [String]
    let plantCodes: [String]
    let supplierCodes: [String]
    /// Per plant; nil for plants without make nodes.
    let calendars: [CalendarTable?]
    let bomLow: [Int32]
    let bomHigh: [Int32]
    let sourceNode: [Int32]
    let supplier: [Int32]
    let supplierMinimum: [Quantity]
    let supplierMultiple: [Quantity]
    let leadTimeDays: [Int32]
    let onHand: [Quantity]
    let planningOrder: [Int32]
    let levelStart: [Int32]
    let levelOfNode: [Int32]
    /// A node's position within its level's slice of `planningOrder`.
    let positionInLevel: [Int32]
    let demandStart: [Int32]
    let demands: [DealDemand]
    let receiptStart: [Int32]
    let receipts: [ReceiptInput]
    let references: ReferenceTables
    let unplannedDemand: [UnplannedRequirement]
    let requirementsBeyondHorizon: Int
    let pastDueMessages: [PlanMessage]

    init(snapshot: PlanningSnapshot, parameters: MRPParameters) throws(PlanningError) {
        guard MRPParameters.horizonDaysRange.contains(parameters.horizonDays) else {
            throw .horizonOutOfRange(days: parameters.horizonDays)
        }
        if let broken = snapshot.firstBrokenInvariant() { throw .invalidSnapshot(reason: broken) }
        asOf = parameters.asOf.daysSinceEpoch
        horizonEnd = parameters.horizonEnd.daysSinceEpoch
        let nodes = try NodeTable(rows: snapshot.nodes, itemCount: snapshot.itemCodes.count)
        self.nodes = nodes
        bom = BomTable(lines: snapshot.bomLines, itemCount: snapshot.itemCodes.count)
        itemDecimals = snapshot.itemDecimals
        itemCodes = snapshot.itemCodes
        plantCodes = snapshot.plantCodes
        supplierCodes = snapshot.supplierCodes
        calendars = PlanningModel.calendarTables(snapshot, nodes, parameters)
        let columns = NodeColumns(snapshot: snapshot, nodes: nodes, bom: bom)
        bomLow = columns.bomLow
        bomHigh = columns.bomHigh
        sourceNode = columns.sourceNode
        supplier = columns.supplier
        supplierMinimum = columns.supplierMinimum
        supplierMultiple = columns.supplierMultiple
        leadTimeDays = columns.leadTimeDays
        onHand = columns.onHand
        let graph = try PlanningOrder(snapshot: snapshot, nodes: nodes, bom: bom, columns: columns)
        planningOrder = graph.order
        levelStart = graph.levelStart
        levelOfNode = graph.levelOfNode
        var position = [Int32](repeating: 0, count: nodes.count)
        for level in 0..<(graph.levelStart.count - 1) {
            let low = Int(graph.levelStart[level])
            for i in low..<Int(graph.levelStart[level + 1]) { position[Int(graph.order[i])] = Int32(i - low) }
        }
        positionInLevel = position
        references = ReferenceTables(snapshot: snapshot)
        let demand = DemandInputs(snapshot: snapshot, nodes: nodes, references: references,
                                  asOf: asOf, horizonEnd: horizonEnd)
        demandStart = demand.start
        demands = demand.demands
        unplannedDemand = demand.unplanned
        requirementsBeyondHorizon = demand.beyondHorizon
        pastDueMessages = demand.pastDue
        let receiptInputs = try ReceiptInputs(snapshot: snapshot, nodes: nodes, references: references,
                                              calendars: calendars, horizonEnd: horizonEnd)
        receiptStart = receiptInputs.start
        receipts = receiptInputs.receipts
    }

    /// Flattened calendars for the plants that have make nodes.
    private static func calendarTables(_ snapshot: PlanningSnapshot, _ nodes: NodeTable,
                                       _ parameters: MRPParameters) -> [CalendarTable?] {
        var needed = [Bool](repeating: false, count: snapshot.plantCodes.count)
        for row in nodes.rows where row.procurement == .make { needed[Int(row.plant)] = true }
        return needed.indices.map { p in
            needed[p] ? CalendarTable(calendar: snapshot.plantCalendars[p], asOf: parameters.asOf,
                                      horizonEnd: parameters.horizonEnd) : nil
        }
    }
}
