import Testing
import FabrikCore

@Suite("Node graph")
struct GraphTests {
    @Test("low-level codes are the longest path from a root")
    func lowLevelCodes() {
        // 0 -> 1 -> 2, 0 -> 2, 3 -> 2
        let graph = NodeGraph(nodeCount: 4, edges: [(0, 1), (1, 2), (0, 2), (3, 2), (0, 1)])
        #expect(graph.childStart == [0, 2, 3, 3, 4])
        #expect(graph.childIndex == [1, 2, 2, 2])
        #expect(graph.lowLevelCodes() == [0, 1, 2, 0])
        #expect(graph.firstCycle() == nil)
    }

    @Test("the first cycle is written from its smallest node and closed")
    func cycle() {
        // 0 -> 2 -> 3 -> 1 -> 2 : cycle 2,3,1 -> from smallest: 1,2,3,1
        let graph = NodeGraph(nodeCount: 4, edges: [(0, 2), (2, 3), (3, 1), (1, 2)])
        #expect(graph.firstCycle() == [1, 2, 3, 1])
        #expect(graph.lowLevelCodes() == nil)
        let selfLoop = NodeGraph(nodeCount: 2, edges: [(1, 1)])
        #expect(selfLoop.firstCycle() == [1, 1])
    }

    @Test("interner keeps byte order and byte identity")
    func interner() {
        let interner = Interner(sortedUnique: ["b", "a", "B", "a", "é"])
        #expect(interner.codes == ["B", "a", "b", "é"])
        #expect(interner.index(of: "b") == 2)
        // NFC é vs NFD e + combining acute are different ids byte for byte.
        #expect(interner.index(of: "e\u{301}") == nil)
        #expect(IdKey("é") != IdKey("e\u{301}"))
        #expect(utf8Precedes("Z", "a"))
    }
}
