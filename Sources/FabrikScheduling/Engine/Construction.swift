import Dispatch

/// The constructive phase: one dispatching schedule per `DispatchRule`
/// (two of them on very large shops, `reducedRulesNodeMin`), each timed by
/// its own `Evaluator`, the cheapest kept (ties to the earlier rule, so the
/// result never depends on the thread count).
///
/// With `threadCount > 1` the rules run concurrently (`concurrentPerform`);
/// each writes only its own slot, and the slots are compared in rule order
/// afterwards. Memory: one sequence set and one evaluator per rule until
/// the merge. Cost O(rules * nodes log nodes) work.
enum Construction {
    struct Result: Sendable {
        var sequences: MachineSequences
        var cost: ScheduleCost
        var timed: Evaluator
    }

    /// From this many nodes on only the two tardiness rules run, side by side
    /// on the two cores: on the generated 100k-item shop (1.15M nodes)
    /// weighted slack won by 8% over earliest due date, and minimum slack and
    /// most work remaining were 27% and 30% worse, while each rule costs
    /// about 2 s of CPU there (docs/performance.md).
    static let reducedRulesNodeMin = 250_000
    static let reducedRules: [DispatchRule] = [.weightedSlack, .earliestDueDate]

    /// The rules run for a shop of `nodeCount` nodes, in tie-break order.
    static func rules(nodeCount: Int) -> [DispatchRule] {
        nodeCount >= reducedRulesNodeMin ? reducedRules : DispatchRule.allCases
    }

    static func best(_ model: ShopModel, threadCount: Int) -> Result {
        let rules = Self.rules(nodeCount: model.nodeCount)
        var slots = [Result?](repeating: nil, count: rules.count)
        if threadCount <= 1 || rules.count == 1 {
            for (k, rule) in rules.enumerated() { slots[k] = run(model, rule) }
        } else {
            slots.withUnsafeMutableBufferPointer { buffer in
                let shared = SlotBuffer(base: buffer)
                DispatchQueue.concurrentPerform(iterations: rules.count) { k in
                    shared.base[k] = run(model, rules[k])
                }
            }
        }
        var best: Result?
        for case let result? in slots where best.map({ result.cost < $0.cost }) ?? true { best = result }
        guard let best else { preconditionFailure("DispatchRule has cases") }
        return best
    }

    private static func run(_ model: ShopModel, _ rule: DispatchRule) -> Result {
        let sequences = Dispatcher.run(model, rule: rule)
        var evaluator = Evaluator(model: model)
        guard let cost = evaluator.evaluate(model, sequences) else {
            preconditionFailure("dispatching follows time, so its sequences are acyclic")
        }
        return Result(sequences: sequences, cost: cost, timed: evaluator)
    }
}

/// The result slots shared by the construction threads: each thread writes
/// only its own element, and the buffer outlives `concurrentPerform`.
private struct SlotBuffer: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<Construction.Result?>
}
