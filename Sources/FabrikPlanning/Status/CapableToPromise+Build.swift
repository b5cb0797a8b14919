public import FabrikCore

extension CapableToPromise {
    /// The cumulative lead time of (item, plant) from `asOf`, ignoring stock
    /// and capacity.
    ///
    /// Behavior: a buy node finishes its primary supplier's lead time (else
    /// the node's) in calendar days after as_of; a transfer node its lead
    /// time in calendar days after its source node finishes; a make node its
    /// lead time in plant working days after the last of its components
    /// (BOM lines effective on as_of, plant-specific lines replacing blank
    /// ones) finishes, or after as_of without components; a phantom when its
    /// components finish. `path` follows the component or source that
    /// finishes last. Memoised per node with an explicit stack; paths deeper
    /// than `PegTree.depthMax` stop (reported as a problem).
    public static func build(itemId: String, plantId: String, asOf: Day, snapshot: PlanningSnapshot) -> CapableToPromise {
        let model = LeadTimeModel(snapshot: snapshot)
        guard let item = snapshot.itemCodes.firstIndex(where: { utf8Equal($0, itemId) }).map(Int32.init),
              let plant = snapshot.plantCodes.firstIndex(where: { utf8Equal($0, plantId) }).map(Int32.init),
              let root = model.node(item: item, plant: plant)
        else { return CapableToPromise(date: nil, path: [], problem: "\(itemId) has no planning data at plant \(plantId).") }
        var solver = LeadTimeSolver(model: model, snapshot: snapshot, asOf: asOf)
        solver.solve(root)
        guard let finish = solver.finish[root] ?? nil else {
            return CapableToPromise(date: nil, path: [], problem: solver.problem ?? "No lead-time path could be computed.")
        }
        var path: [LeadTimeStep] = []
        var current: Int? = root
        while let node = current, path.count <= PegTree.depthMax {
            path.append(solver.step(node))
            current = solver.critical[node] ?? nil
        }
        return CapableToPromise(date: finish, path: path, problem: nil)
    }
}

/// The snapshot's nodes indexed for lead-time walks: node by (item, plant),
/// applicable BOM components, primary supplier and effective lead time.
struct LeadTimeModel {
    let rows: [NodeRow]
    private let nodeByKey: [Int64: Int]
    private let bomByParent: [Int32: [BomLineRow]]
    let supplier: [Int32]
    let leadTimeDays: [Int32]

    init(snapshot: PlanningSnapshot) {
        rows = snapshot.nodes
        var byKey: [Int64: Int] = [:]
        for (i, row) in rows.enumerated() { byKey[Int64(row.item) << 32 | Int64(row.plant)] = byKey[Int64(row.item) << 32 | Int64(row.plant)] ?? i }
        nodeByKey = byKey
        var bom: [Int32: [BomLineRow]] = [:]
        for line in snapshot.bomLines { bom[line.parentItem, default: []].append(line) }
        bomByParent = bom
        var supplier = [Int32](repeating: -1, count: rows.count), priority = [Int32](repeating: 0, count: rows.count)
        var lead = rows.map(\.leadTimeDays)
        for row in snapshot.supplierItems {
            guard let node = byKey[Int64(row.item) << 32 | Int64(row.plant)], rows[node].procurement == .buy else { continue }
            if supplier[node] < 0 || (row.priority, row.supplier) < (priority[node], supplier[node]) {
                supplier[node] = row.supplier
                priority[node] = row.priority
                lead[node] = row.leadTimeDays ?? rows[node].leadTimeDays
            }
        }
        self.supplier = supplier
        leadTimeDays = lead
    }

    func node(item: Int32, plant: Int32) -> Int? { nodeByKey[Int64(item) << 32 | Int64(plant)] }

    /// Component items of `node` effective on `day`: its plant's lines if any, else the blank-plant ones.
    func components(of node: Int, on day: Day) -> [Int32] {
        let row = rows[node]
        let lines = bomByParent[row.item] ?? []
        let specific = lines.filter { $0.plant == row.plant }
        let applicable = specific.isEmpty ? lines.filter { $0.plant == -1 } : specific
        return applicable.filter { $0.isEffective(on: day) }.map(\.componentItem)
    }
}

/// The memoised post-order walk behind `CapableToPromise.build`.
struct LeadTimeSolver {
    let model: LeadTimeModel
    let snapshot: PlanningSnapshot
    let asOf: Day
    /// Finish per node; an entry of nil means "cannot be computed".
    var finish: [Int: Day?] = [:]
    var start: [Int: Day] = [:]
    var critical: [Int: Int?] = [:]
    var problem: String?

    init(model: LeadTimeModel, snapshot: PlanningSnapshot, asOf: Day) {
        self.model = model
        self.snapshot = snapshot
        self.asOf = asOf
    }

    func children(of node: Int) -> [Int]? {
        let row = model.rows[node]
        switch row.procurement {
        case .buy: return []
        case .transfer:
            guard row.sourcePlant >= 0, let source = model.node(item: row.item, plant: row.sourcePlant) else { return nil }
            return [source]
        case .make, .phantom:
            var result: [Int] = []
            for component in model.components(of: node, on: asOf) {
                guard let child = model.node(item: component, plant: row.plant) else { return nil }
                result.append(child)
            }
            return result
        }
    }

    mutating func solve(_ root: Int) {
        var stack: [(node: Int, depth: Int, expanded: Bool)] = [(root, 0, false)]
        while let top = stack.popLast() {
            if finish[top.node] != nil { continue }
            guard let kids = children(of: top.node) else {
                let row = model.rows[top.node]
                problem = problem ?? "\(snapshot.itemCodes[Int(row.item)]) at \(snapshot.plantCodes[Int(row.plant)]) needs a node that has no planning data."
                finish[top.node] = .some(nil)
                continue
            }
            if !top.expanded {
                guard top.depth < PegTree.depthMax else {
                    problem = problem ?? "The lead-time path is deeper than \(PegTree.depthMax) levels."
                    finish[top.node] = .some(nil)
                    continue
                }
                stack.append((top.node, top.depth, true))
                for kid in kids where finish[kid] == nil { stack.append((kid, top.depth + 1, false)) }
                continue
            }
            var ready: Day? = asOf, last: Int?
            for kid in kids {
                guard let kidFinish = finish[kid] ?? nil else { ready = nil; break }
                if let r = ready, r < kidFinish || last == nil { ready = max(r, kidFinish); last = kid }
            }
            critical[top.node] = .some(last)
            guard let ready else { finish[top.node] = .some(nil); continue }
            start[top.node] = ready
            finish[top.node] = .some(finishing(top.node, from: ready))
        }
    }

    private mutating func finishing(_ node: Int, from day: Day) -> Day? {
        let row = model.rows[node]
        let lead = model.leadTimeDays[node]
        switch row.procurement {
        case .phantom: return day
        case .buy, .transfer: return day + lead
        case .make:
            let calendar = snapshot.plantCalendars.indices.contains(Int(row.plant)) ? snapshot.plantCalendars[Int(row.plant)] : nil
            guard let calendar else { return day + lead }
            guard let end = calendar.stepForward(from: day, workingDays: lead) else {
                problem = problem ?? "Plant \(snapshot.plantCodes[Int(row.plant)]) has no working day within \(WorkCalendar.searchDaysMax) days."
                return nil
            }
            return end
        }
    }

    func step(_ node: Int) -> LeadTimeStep {
        let row = model.rows[node]
        let supplier = model.supplier[node]
        let start = self.start[node] ?? asOf
        return LeadTimeStep(itemId: snapshot.itemCodes[Int(row.item)], plantId: snapshot.plantCodes[Int(row.plant)],
                            procurement: row.procurement, leadTimeDays: row.procurement == .phantom ? 0 : model.leadTimeDays[node],
                            workingDays: row.procurement == .make,
                            supplier: supplier >= 0 ? snapshot.supplierCodes[Int(supplier)] : nil,
                            start: start, finish: (finish[node] ?? nil) ?? start)
    }
}
