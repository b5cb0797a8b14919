public import FabrikCore

/// One line of a pegging tree: at `depth` (0 = the queried reference), a
/// supply or demand with the quantity that links it to its parent line.
public struct PegTreeLine: Hashable, Sendable {
    public enum Subject: Hashable, Sendable {
        /// A demand reference (deal line, safety stock, stock, or an order
        /// seen as the demand of its components).
        case demand(PlanReference)
        case supply(PlanSupply)
    }
    public var depth: Int
    public var subject: Subject
    public var quantity: Quantity?
}

/// Walks a plan's pegging as a tree, with an explicit stack (no recursion)
/// and a depth bound.
///
/// Behavior:
/// - `down(from:)` starts at a demand (usually a deal line) and lists every
///   supply pegged to it; below a supply that is an order, the supplies
///   pegged to that order's own requirements, down to purchases and stock;
/// - `up(from:)` starts at an order and lists the demands it serves; where a
///   demand is another order, that order's demands, up to deal lines,
///   safety stock and stock.
public enum PegTree {
    public static let depthMax = 64

    public static func down(from demand: PlanReference, index: PegIndex) -> [PegTreeLine] {
        var lines = [PegTreeLine(depth: 0, subject: .demand(demand), quantity: nil)]
        var stack: [(cover: DemandCover, depth: Int)] = index.covers(of: demand).reversed().map { ($0, 1) }
        while let top = stack.popLast() {
            lines.append(PegTreeLine(depth: top.depth, subject: .supply(top.cover.supply), quantity: top.cover.quantity))
            guard top.depth < depthMax, let reference = index.reference(of: top.cover.supply) else { continue }
            for cover in index.covers(of: reference).reversed() { stack.append((cover, top.depth + 1)) }
        }
        return lines
    }

    public static func up(from supply: PlanSupply, index: PegIndex) -> [PegTreeLine] {
        var lines = [PegTreeLine(depth: 0, subject: .supply(supply), quantity: nil)]
        var stack: [(demand: PlanReference, quantity: Quantity, depth: Int)] = index.pegs(of: supply).reversed().map { ($0.demand, $0.quantity, 1) }
        while let top = stack.popLast() {
            guard let parent = index.supply(of: top.demand) else {
                lines.append(PegTreeLine(depth: top.depth, subject: .demand(top.demand), quantity: top.quantity))
                continue
            }
            lines.append(PegTreeLine(depth: top.depth, subject: .supply(parent), quantity: top.quantity))
            guard top.depth < depthMax else { continue }
            for peg in index.pegs(of: parent).reversed() { stack.append((peg.demand, peg.quantity, top.depth + 1)) }
        }
        return lines
    }
}
