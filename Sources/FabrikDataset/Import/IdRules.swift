/// The contract's id rules, checked on bytes (ids compare byte for byte).
/// Pure functions; O(id length).
enum IdRules {
    static let lengthMax = 64

    /// Why `bytes` is not a valid id, or nil when it is one.
    static func violation(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if bytes.isEmpty { return "it is empty" }
        if bytes.count > lengthMax { return "it is longer than \(lengthMax) bytes" }
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
        if let first = bytes.first, first == space || first == tab { return "it starts with a space or tab" }
        if let last = bytes.last, last == space || last == tab { return "it ends with a space or tab" }
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == UInt8(ascii: ",") { return "it contains a comma" }
            if byte == UInt8(ascii: "/") { return "it contains \"/\"" }
            // Cc: U+0000-U+001F, U+007F, and U+0080-U+009F (UTF-8 C2 80 ... C2 9F).
            if byte < 0x20 || byte == 0x7F || (previous == 0xC2 && (0x80...0x9F).contains(byte)) {
                return "it contains a control character"
            }
            previous = byte
        }
        return nil
    }

    /// The prefixes of planned and released order ids.
    static let orderPrefixes: [[UInt8]] = ["PO-", "MO-", "TO-", "PUR-", "MFG-", "TRF-"].map { Array($0.utf8) }
    static let reservedNames: [[UInt8]] = ["stock", "safety-stock"].map { Array($0.utf8) }

    /// Why a deal or open order id is reserved, or nil.
    static func reservation(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        for name in reservedNames where name.elementsEqual(bytes) { return "it is a pegging keyword" }
        for prefix in orderPrefixes where bytes.count > prefix.count && bytes.starts(with: prefix) {
            if bytes[prefix.count...].allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
                return "it has the form of a planned or released order id"
            }
        }
        return nil
    }
}
