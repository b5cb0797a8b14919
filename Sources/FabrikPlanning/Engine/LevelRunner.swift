import Dispatch
import FabrikCore

/// Shares a result buffer with worker threads. Safe because each worker
/// writes only its own element and the buffer outlives `concurrentPerform`.
private struct SharedResults: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<ChunkResult>
}

/// Plans the nodes level by level (low-level code order). Within a level the
/// nodes are independent (each one's requirements come from lower codes), so
/// the level is cut into contiguous chunks planned in parallel; chunks are
/// then merged strictly in node order, which is where planned orders are
/// numbered. The output is therefore the same for any thread count and any
/// chunking.
///
/// Requirements for later levels wait in one flat bucket per level and are
/// counting-sorted by node when their level starts: O(requirements), no
/// per-node arrays.
struct LevelRunner {
    let model: PlanningModel
    let threadCount: Int
    var pending: [[ChildRequirement]]
    var merged: MergedPlan
    /// Chunk buffers reused from level to level.
    var chunkPool: [ChunkResult] = []

    /// Levels with fewer nodes run on the calling thread.
    static let parallelNodesMin = 64
    /// Chunks per thread: small enough to balance uneven nodes.
    static let chunksPerThread = 8

    init(model: PlanningModel, threadCount: Int) {
        self.model = model
        self.threadCount = Swift.max(1, threadCount)
        pending = Array(repeating: [], count: Swift.max(0, model.levelStart.count - 1))
        merged = MergedPlan(model: model)
    }

    mutating func run() throws(PlanningError) {
        for level in 0..<pending.count {
            let low = Int(model.levelStart[level]), high = Int(model.levelStart[level + 1])
            let (start, incoming) = gatherIncoming(level: level, low: low, high: high)
            let chunks = planLevel(low: low, high: high, incomingStart: start, incoming: incoming)
            for c in 0..<chunks {
                if let error = chunkPool[c].error { throw error }
            }
            for c in 0..<chunks { merge(chunkPool[c]) }
        }
    }

    /// Counting sort of the level's waiting requirements by node position.
    private mutating func gatherIncoming(level: Int, low: Int, high: Int) -> ([Int32], [Requirement]) {
        let waiting = pending[level]
        pending[level] = []
        let count = high - low
        var start = [Int32](repeating: 0, count: count + 1)
        for child in waiting { start[Int(model.positionInLevel[Int(child.node)]) + 1] += 1 }
        for i in 0..<count { start[i + 1] += start[i] }
        var fill = start
        var incoming = [Requirement](repeating: Requirement(date: 0, originalDue: 0, reference: .none, quantity: .zero),
                                     count: waiting.count)
        for child in waiting {
            let p = Int(model.positionInLevel[Int(child.node)])
            incoming[Int(fill[p])] = child.requirement
            fill[p] += 1
        }
        return (start, incoming)
    }

    /// Plans the level into `chunkPool[0 ..< result]`.
    private mutating func planLevel(low: Int, high: Int, incomingStart: [Int32], incoming: [Requirement]) -> Int {
        let count = high - low
        let chunks = threadCount == 1 || count < LevelRunner.parallelNodesMin
            ? 1 : Swift.min(count / 16, threadCount * LevelRunner.chunksPerThread)
        while chunkPool.count < chunks { chunkPool.append(ChunkResult()) }
        for c in 0..<chunks { chunkPool[c].reset() }
        let model = self.model
        let work: @Sendable (Int, inout ChunkResult) -> Void = { c, result in
            var planner = NodePlanner(model: model)
            let from = low + c * count / chunks, to = low + (c + 1) * count / chunks
            for position in from..<to {
                let node = Int(model.planningOrder[position])
                let p = position - low
                let slice = incoming[Int(incomingStart[p])..<Int(incomingStart[p + 1])]
                do throws(PlanningError) {
                    try planner.plan(node: node, incoming: slice, into: &result)
                } catch {
                    result.error = error
                    return
                }
            }
        }
        if chunks == 1 {
            work(0, &chunkPool[0])
        } else {
            chunkPool.withUnsafeMutableBufferPointer { buffer in
                let shared = SharedResults(base: buffer)
                DispatchQueue.concurrentPerform(iterations: chunks) { c in work(c, &shared.base[c]) }
            }
        }
        return chunks
    }

    /// Numbers the chunk's planned orders (per prefix, in node order), fixes
    /// local references, and files children under their level.
    private mutating func merge(_ chunk: ChunkResult) {
        var numbers = [Int32](repeating: 0, count: chunk.orderNode.count)
        merged.appendOrders(of: chunk, numbers: &numbers)
        for var message in chunk.messages {
            if message.order.isPlannedOrder { message.order.value = numbers[Int(message.order.value)] }
            merged.messages.append(message)
        }
        for var child in chunk.children {
            if child.fromLocalOrder { child.requirement.reference.value = numbers[Int(child.requirement.reference.value)] }
            if child.node < 0 {
                merged.unplanned.append(UnplannedRequirement(item: child.item, plant: child.plant,
                                                             requirement: child.requirement))
            } else {
                pending[Int(model.levelOfNode[Int(child.node)])].append(child)
            }
        }
        merged.appendStock(of: chunk)
    }
}
