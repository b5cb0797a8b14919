import Foundation

extension BadInputCase {
    static let numbers: [BadInputCase] = [
        BadInputCase("decimals out of range", [.append("items.csv", "X,Bad,pc,7,")],
                     "items.csv:6: decimals: \"7\" is not a whole number from 0 to 6"),
        BadInputCase("money with 5 decimals", [.append("items.csv", "X,,,0,1.23456")],
                     "items.csv:6: standard_cost: \"1.23456\" has more than 4 decimals"),
        BadInputCase("quantity with 7 decimals", [.append("bom.csv", "BIKE,STEEL,0.0000001,,,,")],
                     "bom.csv:5: qty_per: \"0.0000001\" has more than 6 decimals"),
        BadInputCase("not a number", [.append("inventory.csv", "STEEL,P2,-1")], "inventory.csv:4: on_hand: \"-1\" is not a decimal number"),
        BadInputCase("lead time not whole", [.append("item_plants.csv", "STEEL,P2,buy,,1.5,,,,,")],
                     "item_plants.csv:7: lead_time_days: \"1.5\" is not a whole number from 0 to 1000000000"),
        BadInputCase("priority not whole", [.append("supplier_items.csv", "STEELCO,STEEL,P2,,,,,x")],
                     "supplier_items.csv:3: priority: \"x\" is not a whole number from 0 to 1000000000"),
        BadInputCase("machines below 1", [.append("work_centers.csv", "W3,P1,,,0")],
                     "work_centers.csv:5: machines: \"0\" is not a whole number from 1 to 1000000000"),
        BadInputCase("line_no not whole", [.append("deal_lines.csv", "D2,1.5,BIKE,P1,1,2026-02-01,")],
                     "deal_lines.csv:5: line_no: \"1.5\" is not a whole number from 0 to 1000000000"),
        BadInputCase("qty_per zero", [.append("bom.csv", "BIKE,STEEL,0,,,,")], "bom.csv:5: qty_per: \"0\" must be greater than 0"),
        BadInputCase("deal line qty zero", [.append("deal_lines.csv", "D2,2,BIKE,P1,0,2026-02-01,")],
                     "deal_lines.csv:5: qty: \"0\" must be greater than 0"),
        BadInputCase("quantity finer than the item's decimals", [.append("item_plants.csv", "FRAME,P2,buy,,,,,,,0.5")],
                     "item_plants.csv:7: safety_stock: \"0.5\" has more decimals than item \"FRAME\" allows (0)"),
        BadInputCase("order qty finer than the item's decimals", [.append("open_orders.csv", "OO-9,production,FRAME,P1,1.5,2026-01-10,,,")],
                     "open_orders.csv:5: qty: \"1.5\" has more decimals than item \"FRAME\" allows (0)"),
        BadInputCase("minimum order finer than the item's decimals", [.append("supplier_items.csv", "STEELCO,STEEL,P2,,,0.0001,,")],
                     "supplier_items.csv:3: min_order_qty: \"0.0001\" has more decimals than item \"STEEL\" allows (3)"),
        BadInputCase("scrap with 3 decimals", [.append("bom.csv", "BIKE,STEEL,1,,2.555,,")],
                     "bom.csv:5: scrap_pct: \"2.555\" is not a percentage from 0 to 100 with at most 2 decimals"),
        BadInputCase("scrap above 100", [.append("bom.csv", "BIKE,STEEL,1,,100.01,,")],
                     "bom.csv:5: scrap_pct: \"100.01\" is not a percentage from 0 to 100 with at most 2 decimals"),
        BadInputCase("capacity above 24 hours", [.append("work_centers.csv", "W3,P1,,25,")],
                     "work_centers.csv:5: capacity_hours: \"25\" is not a number of hours above 0 and at most 24"),
        BadInputCase("capacity zero", [.append("work_centers.csv", "W3,P1,,0,")],
                     "work_centers.csv:5: capacity_hours: \"0\" is not a number of hours above 0 and at most 24"),
        BadInputCase("bad date", [.append("holidays.csv", "P1,2025-02-30")],
                     "holidays.csv:3: date: \"2025-02-30\" is not a date written YYYY-MM-DD"),
        BadInputCase("valid_to before valid_from", [.append("bom.csv", "BIKE,STEEL,1,,,2025-05-01,2025-04-01")],
                     "bom.csv:5: valid_to: 2025-04-01 is before valid_from 2025-05-01"),
        BadInputCase("overlapping BOM lines", [.append("bom.csv", "FRAME,STEEL,3,,,2025-06-01,2025-12-31")],
                     "bom.csv:5: valid_from: overlaps the dates of line 3 for parent \"FRAME\", component \"STEEL\" and every plant"),
        BadInputCase("workdays with a space", [.append("plants.csv", "P4,,\"Mon, Tue\"")],
                     "plants.csv:5: workdays: \"Mon, Tue\" is not a list of distinct day names from Mon,Tue,Wed,Thu,Fri,Sat,Sun separated by commas without spaces"),
        BadInputCase("workdays repeated", [.append("plants.csv", "P4,,\"Mon,Mon\"")],
                     "plants.csv:5: workdays: \"Mon,Mon\" is not a list of distinct day names from Mon,Tue,Wed,Thu,Fri,Sat,Sun separated by commas without spaces"),
        BadInputCase("unknown enum token", [.append("item_plants.csv", "STEEL,P2,steal,,,,,,,")],
                     "item_plants.csv:7: procurement: \"steal\" is not one of make, buy, transfer or phantom"),
        BadInputCase("unknown deal stage", [.append("deals.csv", "D3,ACME,,closed")],
                     "deals.csv:4: stage: \"closed\" is not one of lead, qualified, proposal, negotiation, won or lost"),
    ]

    static let planning: [BadInputCase] = [
        BadInputCase("fixed lot without size", [.append("item_plants.csv", "STEEL,P2,buy,,,fixed,,,,")],
                     "item_plants.csv:7: lot_size: a value is required for lot_rule fixed"),
        BadInputCase("fixed lot of zero", [.append("item_plants.csv", "STEEL,P2,buy,,,fixed,0,,,")],
                     "item_plants.csv:7: lot_size: \"0\" must be greater than 0"),
        BadInputCase("poq lot not whole days", [.append("item_plants.csv", "STEEL,P2,buy,,,poq,1.5,,,")],
                     "item_plants.csv:7: lot_size: \"1.5\" is not a whole number from 1 to 1000000000"),
        BadInputCase("transfer without source", [.append("item_plants.csv", "STEEL,P2,transfer,,,,,,,")],
                     "item_plants.csv:7: source_plant_id: a value is required for procurement transfer"),
        BadInputCase("transfer from unknown plant", [.append("item_plants.csv", "STEEL,P2,transfer,P9,,,,,,")],
                     "item_plants.csv:7: source_plant_id: unknown plant \"P9\""),
        BadInputCase("transfer from itself", [.append("item_plants.csv", "STEEL,P2,transfer,P2,,,,,,")],
                     "item_plants.csv:7: source_plant_id: \"P2\" is the plant itself"),
        BadInputCase("transfer source without the item", [.append("item_plants.csv", "STEEL,P3,transfer,P2,,,,,,")],
                     "item_plants.csv:7: source_plant_id: plant \"P2\" has no item_plants row for item \"STEEL\""),
        BadInputCase("source plant on a non-transfer row", [.append("item_plants.csv", "STEEL,P2,buy,P1,,,,,,")],
                     "item_plants.csv:7: source_plant_id: \"P1\" is given but only a transfer row has a source plant"),
        BadInputCase("open order type against procurement", [.append("open_orders.csv", "OO-9,production,STEEL,P1,1,2026-01-10,,,")],
                     "open_orders.csv:5: type: a production order needs procurement make but item \"STEEL\" is buy at plant \"P1\""),
        BadInputCase("open order without node", [.append("open_orders.csv", "OO-9,purchase,STEEL,P2,1,2026-01-10,,,")],
                     "open_orders.csv:5: plant_id: item \"STEEL\" has no item_plants row at plant \"P2\""),
        BadInputCase("open order on a phantom", [.append("open_orders.csv", "OO-9,production,KIT,P1,1,2026-01-10,,,")],
                     "open_orders.csv:5: plant_id: item \"KIT\" is phantom at plant \"P1\" and takes no open orders"),
        BadInputCase("supplier on a non-purchase order", [.append("open_orders.csv", "OO-9,production,FRAME,P1,1,2026-01-10,STEELCO,,")],
                     "open_orders.csv:5: supplier_id: \"STEELCO\" is given but only a purchase order has a supplier"),
        BadInputCase("source plant on a non-transfer order", [.append("open_orders.csv", "OO-9,production,FRAME,P1,1,2026-01-10,,P2,")],
                     "open_orders.csv:5: source_plant_id: \"P2\" is given but only a transfer order has a source plant"),
        BadInputCase("transfer order from another source", [.append("open_orders.csv", "OO-9,transfer,BIKE,P2,1,2026-01-10,,P3,")],
                     "open_orders.csv:5: source_plant_id: \"P3\" is not the source plant \"P1\" of item \"BIKE\" at plant \"P2\""),
        BadInputCase("issued not yes or no", [.append("open_orders.csv", "OO-9,production,FRAME,P1,1,2026-01-10,,,maybe")],
                     "open_orders.csv:5: issued: \"maybe\" is not one of yes or no"),
        BadInputCase("issued purchase", [.append("open_orders.csv", "OO-9,purchase,STEEL,P1,1,2026-01-10,,,yes")],
                     "open_orders.csv:5: issued: a purchase order cannot be issued (must be no)"),
        BadInputCase("BOM cycle", [.append("bom.csv", "FRAME,BIKE,1,,,,")], "bom.csv: cycle BIKE@P1 -> FRAME@P1 -> BIKE@P1"),
        BadInputCase("transfer cycle", [.append("item_plants.csv", "STEEL,P2,transfer,P3,,,,,,"), .append("item_plants.csv", "STEEL,P3,transfer,P2,,,,,,")],
                     "item_plants.csv: cycle STEEL@P2 -> STEEL@P3 -> STEEL@P2"),
    ]

    static let accounts: [BadInputCase] = [
        BadInputCase("missing account role", [.replace("accounts.csv", DatasetFixture.accounts.replacingRole("cogs"))],
                     "accounts.csv: no account has role cogs"),
        BadInputCase("role on the wrong account type",
                     [.replace("accounts.csv", DatasetFixture.accounts.replacingOccurrences(of: "1000,Cash,asset,cash", with: "1000,Cash,liability,cash"))],
                     "accounts.csv:2: role: role cash needs an account of type asset, not liability"),
        BadInputCase("role twice", [.replace("accounts.csv", DatasetFixture.accounts + "1001,Bank,asset,cash\n")],
                     "accounts.csv:13: role: role cash is already on account \"1000\" (line 2)"),
        BadInputCase("duplicate account code", [.replace("accounts.csv", DatasetFixture.accounts + "1000,Again,asset,\n")],
                     "accounts.csv:13: account_code: duplicate account \"1000\" (first on line 2)"),
        BadInputCase("unknown role", [.replace("accounts.csv", DatasetFixture.accounts + "7000,Other,expense,fees\n")],
                     "accounts.csv:13: role: \"fees\" is not one of inventory, wip, grni, payables, receivables, revenue, cogs, cash, opening_equity or variance"),
    ]

    static let all = files + ids + keys + references + numbers + planning + accounts
}

extension String {
    /// The chart with the role `role` removed from its account.
    fileprivate func replacingRole(_ role: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("," + role) ? String($0.dropLast(role.count)) : String($0) }
            .joined(separator: "\n")
    }
}
