import FabrikCore
import FabrikLedger
import Testing

@Suite("Idempotency")
struct IdempotencyTests {
    func make(_ key: String, amount: Int64 = 500, memo: String = "", date: String = "2026-01-05") throws -> JournalEntry {
        try entry(JournalEntry.make(key: key, date: day(date), memo: memo, source: .manual,
                                    lines: [.debit("1000", cents(amount)), .credit("3000", cents(amount))], chart: chart))
    }

    @Test("a new key posts")
    func newKey() throws {
        #expect(Idempotency.decide(existing: nil, candidate: try make("J-1")) == .post)
    }

    @Test("the same content under the same key returns the existing entry")
    func sameContent() throws {
        let first = try make("J-1", memo: "loan")
        #expect(Idempotency.decide(existing: first, candidate: try make("J-1", memo: "loan")) == .alreadyPosted(first))
    }

    @Test("a key reused with a different amount, date or memo is refused")
    func differentContent() throws {
        let first = try make("J-1", memo: "loan")
        for candidate in [try make("J-1", amount: 501, memo: "loan"), try make("J-1", memo: "loan", date: "2026-01-06"),
                          try make("J-1", memo: "Loan")] {
            #expect(Idempotency.decide(existing: first, candidate: candidate) == .rejected(.keyReusedWithDifferentContent))
        }
    }

    @Test("a batch splits into new entries, entries already posted, and conflicts")
    func batch() throws {
        let stored = ["J-1": try make("J-1"), "J-2": try make("J-2")]
        let candidates = [try make("J-1"), try make("J-2", amount: 1), try make("J-3"), try make("J-3"), try make("J-4")]
        let split = Idempotency.partition(candidates) { stored[$0] }
        #expect(split.toPost.map(\.key) == ["J-3", "J-4"])
        #expect(split.alreadyPostedKeys == ["J-1", "J-3"])
        #expect(split.conflictingKeys == ["J-2"])
    }

    @Test("posting a file twice posts nothing the second time")
    func secondPostingIsEmpty() throws {
        let file = try make("J-1")
        var store: [String: JournalEntry] = [:]
        let first = Idempotency.partition([file], existing: { store[$0] })
        for candidate in first.toPost { store[candidate.key] = candidate }
        let again = Idempotency.partition([file]) { store[$0] }
        #expect(again.toPost.isEmpty)
        #expect(again.alreadyPostedKeys == ["J-1"])
    }
}
