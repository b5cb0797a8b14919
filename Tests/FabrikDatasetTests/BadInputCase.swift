import Testing

/// One import check: edits that break the base dataset in exactly one way and
/// the exact problems the reader must report.
struct BadInputCase: Sendable, CustomTestStringConvertible {
    let check: String
    let edits: [DatasetFixture.Edit]
    let expected: [String]

    init(_ check: String, _ edits: [DatasetFixture.Edit], _ expected: String...) {
        self.check = check
        self.edits = edits
        self.expected = expected
    }

    var testDescription: String { check }
}

/// The header lines of the base files, for cases that rewrite a file.
enum Headers {
    static let items = "item_id,name,uom,decimals,standard_cost"
}

extension BadInputCase {
    static let files: [BadInputCase] = [
        BadInputCase("missing required file", [.remove("plants.csv")], "plants.csv: the required file is missing"),
        BadInputCase("customers required with deals", [.remove("customers.csv")],
                     "customers.csv: the file is required with deals.csv but is missing"),
        BadInputCase("unknown csv file", [.replace("stock.csv", "a\n")],
                     "stock.csv: unknown file: the dataset format has no file of this name"),
        BadInputCase("file without header", [.replace("items.csv", "")], "items.csv: the file has no header row"),
        BadInputCase("unknown column", [.replace("items.csv", "item_id,colour\nBIKE,red\n")], "items.csv:1: colour: unknown column"),
        BadInputCase("column named twice", [.replace("items.csv", "item_id,name,name\nBIKE,a,b\n")],
                     "items.csv:1: name: the column is named twice"),
        BadInputCase("missing required column", [.replace("suppliers.csv", "name\nSteel Co\n")],
                     "suppliers.csv:1: supplier_id: required column is missing"),
        BadInputCase("field count", [.append("items.csv", "X,Bad")], "items.csv:6: the row has 2 fields but the header has 5"),
        BadInputCase("malformed quoting", [.append("items.csv", "X,\"Bad\"x,,,")],
                     "items.csv:6: text follows a closing quote before the next comma or line end"),
        BadInputCase("invalid UTF-8", [.replaceBytes("suppliers.csv", Array("supplier_id,name\nSTEELCO,Steel Co\nS2,Caf".utf8) + [0xE9, 0x0A])],
                     "suppliers.csv:3: the text is not valid UTF-8"),
    ]

    static let ids: [BadInputCase] = [
        BadInputCase("blank required cell", [.append("items.csv", ",Nameless,,,")], "items.csv:6: item_id: a value is required"),
        BadInputCase("id with slash", [.append("items.csv", "A/B,,,,")], "items.csv:6: item_id: \"A/B\" is not a valid id: it contains \"/\""),
        BadInputCase("id with comma", [.append("items.csv", "\"A,B\",,,,")], "items.csv:6: item_id: \"A,B\" is not a valid id: it contains a comma"),
        BadInputCase("id with leading space", [.append("items.csv", " A,,,,")],
                     "items.csv:6: item_id: \" A\" is not a valid id: it starts with a space or tab"),
        BadInputCase("id with trailing tab", [.append("items.csv", "A\t,,,,")],
                     "items.csv:6: item_id: \"A\\t\" is not a valid id: it ends with a space or tab"),
        BadInputCase("id with control character", [.append("items.csv", "A\u{85}B,,,,")],
                     "items.csv:6: item_id: \"A\\u{85}B\" is not a valid id: it contains a control character"),
        BadInputCase("id longer than 64 bytes", [.append("items.csv", String(repeating: "é", count: 33) + ",,,,")],
                     "items.csv:6: item_id: \"\(String(repeating: "é", count: 33))\" is not a valid id: it is longer than 64 bytes"),
        BadInputCase("reserved open order id", [.append("open_orders.csv", "PO-12,purchase,STEEL,P1,1,2026-01-10,,,")],
                     "open_orders.csv:5: order_id: \"PO-12\" is reserved: it has the form of a planned or released order id"),
        BadInputCase("reserved deal id", [.append("deals.csv", "safety-stock,ACME,,won")],
                     "deals.csv:4: deal_id: \"safety-stock\" is reserved: it is a pegging keyword"),
    ]

    static let keys: [BadInputCase] = [
        BadInputCase("duplicate plant", [.append("plants.csv", "P1,Again,")], "plants.csv:5: plant_id: duplicate plant \"P1\" (first on line 2)"),
        BadInputCase("duplicate holiday", [.append("holidays.csv", "P1,2025-12-25")],
                     "holidays.csv:3: date: duplicate holiday 2025-12-25 at plant \"P1\" (first on line 2)"),
        BadInputCase("duplicate item", [.append("items.csv", "BIKE,Again,,,")], "items.csv:6: item_id: duplicate item \"BIKE\" (first on line 2)"),
        BadInputCase("duplicate item_plants row", [.append("item_plants.csv", "BIKE,P1,make,,,,,,,")],
                     "item_plants.csv:7: plant_id: duplicate item_plants row for item \"BIKE\" at plant \"P1\" (first on line 2)"),
        BadInputCase("duplicate work center", [.append("work_centers.csv", "WELD,P1,,,")],
                     "work_centers.csv:5: work_center_id: duplicate work center \"WELD\" (first on line 2)"),
        BadInputCase("duplicate operation", [.append("routings.csv", "BIKE,P1,10.0,ASSY,,")],
                     "routings.csv:4: op_seq: duplicate operation 10 of item \"BIKE\" at plant \"P1\" (first on line 3)"),
        BadInputCase("duplicate supplier", [.append("suppliers.csv", "STEELCO,")],
                     "suppliers.csv:3: supplier_id: duplicate supplier \"STEELCO\" (first on line 2)"),
        BadInputCase("duplicate supplier item", [.append("supplier_items.csv", "STEELCO,STEEL,P1,,,,,")],
                     "supplier_items.csv:3: plant_id: duplicate supplier_items row for supplier \"STEELCO\", item \"STEEL\" and plant \"P1\" (first on line 2)"),
        BadInputCase("duplicate inventory", [.append("inventory.csv", "STEEL,P1,1")],
                     "inventory.csv:4: plant_id: duplicate inventory row for item \"STEEL\" at plant \"P1\" (first on line 2)"),
        BadInputCase("duplicate open order", [.append("open_orders.csv", "OO-1,purchase,STEEL,P1,1,2026-01-10,,,")],
                     "open_orders.csv:5: order_id: duplicate order \"OO-1\" (first on line 2)"),
        BadInputCase("duplicate customer", [.append("customers.csv", "ACME,")],
                     "customers.csv:3: customer_id: duplicate customer \"ACME\" (first on line 2)"),
        BadInputCase("duplicate deal", [.append("deals.csv", "D1,ACME,,won")], "deals.csv:4: deal_id: duplicate deal \"D1\" (first on line 2)"),
        BadInputCase("duplicate deal line", [.append("deal_lines.csv", "D1,2,BIKE,P1,1,2026-02-01,")],
                     "deal_lines.csv:5: line_no: duplicate line 2 of deal \"D1\" (first on line 3)"),
    ]

    static let references: [BadInputCase] = [
        BadInputCase("unknown plant", [.append("holidays.csv", "P9,2025-12-26")], "holidays.csv:3: plant_id: unknown plant \"P9\""),
        BadInputCase("unknown item", [.append("bom.csv", "BIKE,X9,1,,,,")], "bom.csv:5: component_item_id: unknown item \"X9\""),
        BadInputCase("unknown supplier", [.append("supplier_items.csv", "NOSUP,STEEL,P1,,,,,")],
                     "supplier_items.csv:3: supplier_id: unknown supplier \"NOSUP\""),
        BadInputCase("unknown customer", [.append("deals.csv", "D3,NOCUST,,won")], "deals.csv:4: customer_id: unknown customer \"NOCUST\""),
        BadInputCase("unknown deal", [.append("deal_lines.csv", "D9,1,BIKE,P1,1,2026-02-01,")], "deal_lines.csv:5: deal_id: unknown deal \"D9\""),
        BadInputCase("unknown work center", [.append("routings.csv", "BIKE,P1,20,NOPE,,")],
                     "routings.csv:4: work_center_id: unknown work center \"NOPE\""),
        BadInputCase("routing work center of another plant", [.append("routings.csv", "BIKE,P1,20,PAINT,,")],
                     "routings.csv:4: work_center_id: work center \"PAINT\" belongs to plant \"P2\", not \"P1\""),
    ]
}
