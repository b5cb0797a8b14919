import Testing
import FabrikCore

@Suite("Quantity fixed point")
struct QuantityTests {
    func parsed(_ text: String) -> Quantity? {
        if case .success(let q) = Quantity.parse(text) { return q }
        return nil
    }

    @Test("parses plain decimals exactly into micros")
    func parsesExactly() {
        #expect(parsed("12.5")?.rawMicros == 12_500_000)
        #expect(parsed("0.000001")?.rawMicros == 1)
        #expect(parsed("10")?.rawMicros == 10_000_000)
        #expect(parsed("007.10")?.rawMicros == 7_100_000)
    }

    @Test("trailing zeros of the fraction do not count toward six digits")
    func trailingZerosAreFree() {
        #expect(parsed("10.00") == .units(10))
        #expect(parsed("1.1234560000")?.rawMicros == 1_123_456)
        #expect(parsed("10.00")?.isWhole == true)
    }

    @Test("refuses signs, exponents, blanks and seven significant decimals")
    func refusesBadSyntax() {
        #expect(Quantity.parse("-1") == .failure(.notADecimal))
        #expect(Quantity.parse("1e3") == .failure(.notADecimal))
        #expect(Quantity.parse("") == .failure(.notADecimal))
        #expect(Quantity.parse(".5") == .failure(.notADecimal))
        #expect(Quantity.parse("5.") == .failure(.notADecimal))
        #expect(Quantity.parse(" 5") == .failure(.notADecimal))
        #expect(Quantity.parse("1.2.3") == .failure(.notADecimal))
        #expect(Quantity.parse("0.0000001") == .failure(.tooManyFractionDigits))
        #expect(Quantity.parse("99999999999999999999") == .failure(.outOfRange))
    }

    @Test("prints plain decimal notation without trailing zeros")
    func printsPlainDecimals() {
        #expect(Quantity(rawMicros: 12_500_000).description == "12.5")
        #expect(Quantity.units(10).description == "10")
        #expect(Quantity(rawMicros: 1).description == "0.000001")
        #expect(Quantity(rawMicros: -2_050_000).description == "-2.05")
        #expect(Quantity.zero.description == "0")
    }

    @Test("counts significant fraction digits")
    func fractionDigits() {
        #expect(Quantity(rawMicros: 1_250_000).fractionDigits == 2)
        #expect(Quantity.units(3).fractionDigits == 0)
        #expect(Quantity(rawMicros: 1).fractionDigits == 6)
    }

    @Test("rounds up to decimals and to multiples, toward plus infinity")
    func roundsUp() {
        #expect(Quantity(rawMicros: 1_000_001).roundedUp(toDecimals: 0) == .units(2))
        #expect(Quantity(rawMicros: 1_230_000).roundedUp(toDecimals: 1).rawMicros == 1_300_000)
        #expect(Quantity.units(2).roundedUp(toDecimals: 0) == .units(2))
        #expect(Quantity.units(11).roundedUp(toMultipleOf: .units(5)) == .units(15))
        #expect(Quantity.units(10).roundedUp(toMultipleOf: .units(5)) == .units(10))
        #expect(Quantity.units(7).roundedUp(toMultipleOf: .zero) == .units(7))
        #expect(Quantity(rawMicros: -1_500_000).roundedUp(toDecimals: 0) == .units(-1))
    }

    @Test("explodes order quantity with scrap exactly and rounds up once")
    func explodes() {
        // 7 * 0.3 * 1.025 = 2.1525 -> 3 whole, 2.16 at 2 decimals.
        let q = Quantity.units(7)
        let per = Quantity(rawMicros: 300_000)
        #expect(q.explodedRoundingUp(quantityPer: per, scrapBasisPoints: 250, decimals: 0) == .units(3))
        #expect(q.explodedRoundingUp(quantityPer: per, scrapBasisPoints: 250, decimals: 2).rawMicros == 2_160_000)
        #expect(q.explodedRoundingUp(quantityPer: .units(2), scrapBasisPoints: 0, decimals: 0) == .units(14))
        // Large values stay exact in 128 bits: 10^9 units * 1000 per.
        #expect(Quantity.units(1_000_000_000).explodedRoundingUp(quantityPer: .units(1000), scrapBasisPoints: 0, decimals: 0) == .units(1_000_000_000_000))
    }

    @Test("addition traps on overflow rather than wrapping (documented policy)")
    func overflowPolicyIsChecked() {
        let (_, overflow) = Int64.max.addingReportingOverflow(1)
        #expect(overflow)
        #expect(Quantity.parse("9223372036855") == .failure(.outOfRange))
        #expect(Quantity.parse("9223372036854.9") == .failure(.outOfRange))
        #expect(Quantity.parse("9223372036854.775807").map(\.rawMicros) == .success(Int64.max))
    }
}

@Suite("Money fixed point")
struct MoneyTests {
    @Test("parses at most four decimals and prints plainly")
    func parses() {
        #expect(Money.parse("1.50").map(\.rawTenThousandths) == .success(15_000))
        #expect(Money.parse("0.0001").map(\.rawTenThousandths) == .success(1))
        #expect(Money.parse("0.00001") == .failure(.tooManyFractionDigits))
        #expect(Money(rawTenThousandths: 15_000).description == "1.5")
    }

    @Test("amounts and cents round half away from zero")
    func rounding() {
        // 1.2345 * 3 = 3.7035
        #expect(Money.amount(unitPrice: Money(rawTenThousandths: 12_345), quantity: .units(3)).rawTenThousandths == 37_035)
        #expect(Money(rawTenThousandths: 37_050).centsRoundedHalfAwayFromZero == 371)
        #expect(Money(rawTenThousandths: 37_049).centsRoundedHalfAwayFromZero == 370)
        #expect(Money(rawTenThousandths: -37_050).centsRoundedHalfAwayFromZero == -371)
        #expect(Money(rawTenThousandths: 37_050).formattedCents == "3.71")
        #expect(Money(rawTenThousandths: 500).formattedCents == "0.05")
    }
}
