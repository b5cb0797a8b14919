import Foundation
import Testing

/// `fabrik ledger reverse` and `ledger verify` through the executable on
/// SampleData (opening 2026-11-02): the printed reversal, its retry, the
/// refusals, and the trial balance back where it was.
@Suite("fabrik ledger reverse")
struct LedgerReverseCommandTests {
    @Test("reverse prints the mirrored entry, a retry posts nothing, double and stock-event reversals are refused")
    func reverse() throws {
        let s = try LedgerCommandTests().imported()
        defer { try? FileManager.default.removeItem(at: s.work) }
        let file = s.work.appendingPathComponent("wages.csv")
        try "entry_id,date,account_code,debit,credit,memo\nW-1,2026-11-03,6000,1200.50,,wages\nW-1,2026-11-03,1000,,1200.50,\n"
            .write(to: file, atomically: true, encoding: .utf8)
        _ = try s.ok(["ledger", "post", file.path])
        let before = try s.ok(["ledger", "trial-balance", "--json", "--as-of", "2026-11-02"])

        #expect(try s.ok(["ledger", "reverse", "W-1", "--date", "2026-11-05"]) == """
            Reversed entry W-1 of 2026-11-03 with reverse/W-1 (1200.50).
            Posted reverse/W-1 on 2026-11-05 (reverses W-1): reversal of W-1: wages
            account    debit   credit  item  plant  order  party
            -------  -------  -------  ----  -----  -----  -----
            6000              1200.50
            1000     1200.50

            """)
        #expect(try s.ok(["ledger", "reverse", "W-1"])
                == "Entry W-1 was already reversed by reverse/W-1 on 2026-11-05; nothing was posted.\n")
        let json = try s.ok(["ledger", "reverse", "W-1", "--json"])
        #expect(json.hasPrefix(#"{"key": "reverse/W-1", "reverses": "W-1", "already_posted": true, "entry": {"key": "reverse/W-1", "#))

        let twice = try s.run(["ledger", "reverse", "W-1", "--key", "fix-2"])
        #expect(twice.status == 1 && twice.stderr == "Entry W-1 was already reversed by entry reverse/W-1; nothing was posted.\n")
        let stock = try s.run(["ledger", "reverse", "opening/stock/BATT-500/AMS"])
        #expect(stock.status == 1 && stock.stderr.contains("only manual entries can be reversed"))
        let unknown = try s.run(["ledger", "reverse", "W-9"])
        #expect(unknown.status == 1 && unknown.stderr == "There is no journal entry with key W-9; nothing was posted.\n")
        #expect(try s.run(["ledger", "reverse", "W-1", "--date", "2026-13-01"]).status == 64)

        // The books are back where they were; the 6000 row shows both sides.
        let after = try s.ok(["ledger", "trial-balance", "--json", "--as-of", "2026-11-05"])
        #expect(LedgerCommandTests().account("6000", in: after)
                == #"{"account_code": "6000", "name": "Wages and salaries", "type": "expense", "debit": 1200.5, "credit": 1200.5, "balance": 0}"#)
        #expect(LedgerCommandTests().account("1000", in: after)
                == #"{"account_code": "1000", "name": "Bank account", "type": "asset", "debit": 1200.5, "credit": 1200.5, "balance": 0}"#)
        #expect(LedgerCommandTests().account("1000", in: before) == nil)
        #expect(try s.ok(["ledger", "journal", "--account", "6000"]).contains("reverse/W-1"))
        #expect(try s.ok(["ledger", "verify"]).hasPrefix("The ledger verifies: "))
    }
}
