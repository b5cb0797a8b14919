import ArgumentParser
import FabrikCore
import FabrikLedger

/// `--date D` and `--key K`, shared by every inventory and order
/// transaction: the entry date (default today) and the idempotency key
/// (default the event's natural key).
struct TransactionOptions: ParsableArguments {
    @Option(name: .long, help: "Date of the transaction (YYYY-MM-DD, default today).")
    var date: String?

    @Option(name: .long, help: "Idempotency key: the same key with the same event posts nothing a second time.")
    var key: String?

    func validate() throws {
        if let date, Day(iso8601: date) == nil {
            throw ValidationError("--date \"\(date)\" is not a date of the form YYYY-MM-DD.")
        }
        if let key, key.isEmpty { throw ValidationError("--key must not be empty.") }
    }

    var day: Day { date.flatMap { Day(iso8601: $0) } ?? Today.day }
}

/// Parsing of quantity, price and amount options into exact values; each
/// failure is one usage sentence.
enum ValueOption {
    static func quantity(_ text: String, option: String = "--qty") throws -> Quantity {
        guard case .success(let quantity) = Quantity.parse(text), quantity.isPositive else {
            throw ValidationError("\(option) \"\(text)\" is not a positive decimal quantity.")
        }
        return quantity
    }

    static func money(_ text: String, option: String) throws -> Money {
        guard case .success(let money) = Money.parse(text), !(money < .zero) else {
            throw ValidationError("\(option) \"\(text)\" is not a price (a decimal with at most 4 places).")
        }
        return money
    }

    static func cents(_ text: String, option: String) throws -> Cents {
        guard case .success(let cents) = Cents.parse(text), cents.isPositive else {
            throw ValidationError("\(option) \"\(text)\" is not a positive amount with at most 2 decimals.")
        }
        return cents
    }
}
