import FabrikCore
import FabrikLedger
import Testing

@Suite("Chart of accounts")
struct ChartOfAccountsTests {
    @Test("the built-in chart has one account per role, found by code and by role")
    func builtIn() {
        #expect(chart.accounts.count == 10)
        #expect(chart.code(role: .cash) == "1000")
        #expect(chart.code(role: .receivables) == "1100")
        #expect(chart.code(role: .inventory) == "1200")
        #expect(chart.code(role: .wip) == "1300")
        #expect(chart.code(role: .payables) == "2000")
        #expect(chart.code(role: .grni) == "2100")
        #expect(chart.code(role: .openingEquity) == "3000")
        #expect(chart.code(role: .revenue) == "4000")
        #expect(chart.code(role: .cogs) == "5000")
        #expect(chart.code(role: .variance) == "5100")
        #expect(chart.account(code: "2100")?.name == "Goods received not invoiced")
        #expect(chart.account(code: "9999") == nil)
        #expect(chart.account(code: "1200")?.isControlled == true)
        #expect(chart.account(code: "2000")?.isControlled == false)
        chart.checkInvariants()
    }

    @Test("every problem of a bad chart is reported as a sentence")
    func rejections() {
        var accounts = ChartOfAccounts.builtInAccounts.filter { $0.role != .cogs }
        accounts.append(Account(code: "1000", name: "Petty cash", type: .asset))
        accounts.append(Account(code: "2200", name: "Second GRNI", type: .liability, role: .grni))
        accounts.append(Account(code: "4100", name: "Variance as revenue", type: .revenue, role: .variance))
        accounts.append(Account(code: "", name: "Nameless", type: .asset))
        guard case .failure(let rejection) = ChartOfAccounts.make(accounts: accounts) else {
            Issue.record("a bad chart was accepted")
            return
        }
        #expect(rejection.problems.map(\.description) == [
            "account_code 1000 is used by more than one account",
            "role variance needs an account of type expense, but 4100 is revenue",
            "account 13 has an empty account_code",
            "role grni is on more than one account (2100, 2200)",
            "no account has role cogs",
            "role variance is on more than one account (5100, 4100)",
        ])
    }

    @Test("account codes are ordered and matched byte for byte")
    func byteOrder() throws {
        var accounts = ChartOfAccounts.builtInAccounts
        accounts.append(Account(code: "9", name: "Nine", type: .expense))
        accounts.append(Account(code: "10", name: "Ten", type: .expense))
        accounts.append(Account(code: "e\u{301}", name: "decomposed", type: .expense))
        let custom = try ChartOfAccounts.make(accounts: accounts).get()
        let codes = custom.accountsByCode.map(\.code)
        #expect(codes.firstIndex(of: "10") ?? 99 < codes.firstIndex(of: "9") ?? 0)
        #expect(custom.account(code: "\u{e9}") == nil) // precomposed é is another id
        #expect(custom.account(code: "e\u{301}")?.name == "decomposed")
    }
}
