import FabrikCore
import FabrikLedger
import Testing

@Suite("Cents")
struct CentsTests {
    @Test("amounts parse exactly with at most two decimals and an optional minus")
    func parsing() {
        #expect(Cents.parse("1200.5") == .success(cents(120_050)))
        #expect(Cents.parse("1200.50") == .success(cents(120_050)))
        #expect(Cents.parse("0.07") == .success(cents(7)))
        #expect(Cents.parse("12") == .success(cents(1200)))
        #expect(Cents.parse("-5") == .success(cents(-500)))
        #expect(Cents.parse("999999999999.99") == .success(Cents.lineAmountMax))
    }

    @Test("malformed, over-precise and oversized amounts are refused with a reason")
    func refusals() {
        for text in ["", "-", ".5", "5.", "1,200.50", "+5", "1e3", " 5", "5 ", "1.2.3", "--5", "5-"] {
            #expect(Cents.parse(text) == .failure(.notAnAmount), "\(text)")
        }
        #expect(Cents.parse("5.001") == .failure(.tooManyFractionDigits))
        #expect(Cents.parse("5.500") == .failure(.tooManyFractionDigits))
        #expect(Cents.parse("1000000000000") == .failure(.outOfRange))
        #expect(Cents.parse("99999999999999999999999") == .failure(.outOfRange))
        #expect(Cents.ParseFailure.tooManyFractionDigits.description == "has more than 2 decimals")
    }

    @Test("JSON prints plain decimals without trailing zeros, tables fixed two decimals")
    func printing() {
        #expect(cents(120_050).description == "1200.5")
        #expect(cents(30_000).description == "300")
        #expect(cents(-5).description == "-0.05")
        #expect(cents(0).description == "0")
        #expect(cents(101).description == "1.01")
        #expect(cents(120_050).fixedTwoDecimals == "1200.50")
        #expect(cents(30_000).fixedTwoDecimals == "300.00")
        #expect(cents(-5).fixedTwoDecimals == "-0.05")
        #expect(cents(-120_000).fixedTwoDecimals == "-1200.00")
    }

    @Test("valuation rounds once to cents, half away from zero")
    func valuation() {
        #expect(Cents.value(of: .units(3), at: money("1.2345")) == cents(370))    // 3.7035
        #expect(Cents.value(of: .units(10), at: money("1.2345")) == cents(1235))  // 12.345 -> 12.35
        #expect(Cents.value(of: .units(1), at: money("0.005")) == cents(1))       // 0.005 -> 0.01
        #expect(Cents.value(of: .units(-1), at: money("0.005")) == cents(-1))     // -0.005 -> -0.01
        #expect(Cents.value(of: .units(1), at: money("0.0049")) == cents(0))
        #expect(Cents.value(of: quantity("0.5"), at: money("0.0150")) == cents(1)) // 0.0075 -> 0.01
    }

    @Test("valuation does not double-round through ten-thousandths")
    func singleRounding() {
        // 0.333333 x 0.0150 = 0.004999995: one rounding gives 0.00; rounding to
        // 1/10,000 first (0.0050) and then to cents would give 0.01.
        let q = quantity("0.333333"), price = money("0.0150")
        #expect(Cents.value(of: q, at: price) == cents(0))
        #expect(Money.amount(unitPrice: price, quantity: q).centsRoundedHalfAwayFromZero == 1)
    }

    @Test("money converts to cents half away from zero")
    func fromMoney() {
        #expect(Cents(roundingHalfAwayFromZero: money("1.005")) == cents(101))
        #expect(Cents(roundingHalfAwayFromZero: Money(rawTenThousandths: -10_050)) == cents(-101))
        #expect(Cents(roundingHalfAwayFromZero: money("1.0049")) == cents(100))
    }
}
