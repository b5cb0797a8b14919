import FabrikCore

/// JSON string escaping for the ledger's documents: FabrikCore's `JSONString`,
/// the rule every Fabrik document follows.
enum LedgerJSON {
    static func writeString(_ text: String, into out: inout String) { JSONString.appendQuoted(text, to: &out) }
}
