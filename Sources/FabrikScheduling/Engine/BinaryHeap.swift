/// A min-heap of `(key, tie)` pairs ordered by key, then tie: a total order,
/// so pops are deterministic. Array-backed, no classes; push and pop
/// O(log n), peek O(1). (swift-collections' HeapModule is not a dependency.)
struct BinaryHeap: Sendable {
    struct Element: Sendable, Equatable {
        var key: Int64
        var tie: Int64
        @inline(__always) static func precedes(_ a: Element, _ b: Element) -> Bool {
            a.key != b.key ? a.key < b.key : a.tie < b.tie
        }
    }

    private(set) var elements: [Element] = []

    var isEmpty: Bool { elements.isEmpty }
    var count: Int { elements.count }
    var first: Element? { elements.first }

    mutating func reserveCapacity(_ n: Int) { elements.reserveCapacity(n) }

    mutating func push(key: Int64, tie: Int64) {
        elements.append(Element(key: key, tie: tie))
        var child = elements.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard Element.precedes(elements[child], elements[parent]) else { break }
            elements.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Element? {
        guard let top = elements.first else { return nil }
        let last = elements.removeLast()
        if elements.isEmpty { return top }
        elements[0] = last
        var parent = 0
        let n = elements.count
        while true {
            let left = 2 * parent + 1
            if left >= n { break }
            var smallest = left
            if left + 1 < n && Element.precedes(elements[left + 1], elements[left]) { smallest = left + 1 }
            guard Element.precedes(elements[smallest], elements[parent]) else { break }
            elements.swapAt(smallest, parent)
            parent = smallest
        }
        return top
    }
}
