public import FabrikCore

/// The MRP engine: a pure, synchronous function from a loaded snapshot to a
/// plan (no I/O, no clock, no global state). Deterministic: the same
/// snapshot and parameters give the same plan for any `threadCount`.
///
/// Behavior:
/// - validates the horizon and the snapshot's invariants, builds the node
///   graph and fails on a cycle (`A@P1 -> B@P1 -> A@P1`);
/// - plans nodes by low-level code, then (item, plant), each level's nodes
///   in parallel, per planning.md;
/// - returns planned orders, netted receipts, on-hand, pegs, messages, counts.
/// Cost: O(nodes + BOM lines + events log events); memory O(output).
public enum MaterialRequirementsPlanner {
    public static func plan(_ snapshot: PlanningSnapshot, _ parameters: MRPParameters) throws(PlanningError) -> MaterialPlan {
        let model = try PlanningModel(snapshot: snapshot, parameters: parameters)
        var runner = LevelRunner(model: model, threadCount: parameters.threadCount)
        try runner.run()
        return runner.merged.finish()
    }
}
