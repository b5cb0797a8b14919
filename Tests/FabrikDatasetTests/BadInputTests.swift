import Testing

@Suite("Dataset reader: every import check")
struct BadInputTests {
    @Test("each bad input is refused with its exact file:line: column: reason", arguments: BadInputCase.all)
    func refused(_ testCase: BadInputCase) throws {
        #expect(try DatasetFixture.problems(testCase.edits) == testCase.expected)
    }
}
