import FabrikCore
import FabrikDataset
import Foundation

/// A small valid dataset written to a fresh temporary folder, with edits.
/// Line counts of the base files (header included) are in `baseLineCounts`,
/// so an appended row lands on `baseLineCounts[file] + 1`.
enum DatasetFixture {
    /// One change to the base dataset.
    enum Edit: Sendable {
        /// Adds a row (without line end) at the end of a file.
        case append(String, String)
        /// Replaces a file's whole text (or adds a new file).
        case replace(String, String)
        /// Replaces a file's whole content with raw bytes.
        case replaceBytes(String, [UInt8])
        /// Deletes a file.
        case remove(String)
    }

    static let base: [String: String] = [
        "plants.csv": "plant_id,name,workdays\nP1,Main,\"Mon,Tue,Wed,Thu,Fri\"\nP2,East,\nP3,West,\n",
        "holidays.csv": "plant_id,date\nP1,2025-12-25\n",
        "items.csv": "item_id,name,uom,decimals,standard_cost\nBIKE,Bike,pc,0,120.50\nFRAME,Frame,,,40\nSTEEL,Steel,kg,3,2.125\nKIT,Kit,,,\n",
        "item_plants.csv": """
            item_id,plant_id,procurement,source_plant_id,lead_time_days,lot_rule,lot_size,min_qty,multiple,safety_stock
            BIKE,P1,make,,2,lfl,,,,
            FRAME,P1,make,,1,fixed,10,,,
            STEEL,P1,buy,,5,poq,7,,,1.5
            BIKE,P2,transfer,P1,3,,,,,
            KIT,P1,phantom,,,,,,,

            """,
        "bom.csv": "parent_item_id,component_item_id,qty_per,plant_id,scrap_pct,valid_from,valid_to\nBIKE,FRAME,1,,,,\nFRAME,STEEL,2.5,,2.5,2025-01-01,\nBIKE,KIT,1,,,,\n",
        "work_centers.csv": "work_center_id,plant_id,name,capacity_hours,machines\nWELD,P1,Welding,7.5,2\nASSY,P1,Assembly,,\nPAINT,P2,Paint,,\n",
        "routings.csv": "item_id,plant_id,op_seq,work_center_id,setup_hours,run_hours_per_unit\nFRAME,P1,10,WELD,0.5,0.25\nBIKE,P1,10,ASSY,,1\n",
        "suppliers.csv": "supplier_id,name\nSTEELCO,Steel Co\n",
        "supplier_items.csv": "supplier_id,item_id,plant_id,lead_time_days,unit_price,min_order_qty,order_multiple,priority\nSTEELCO,STEEL,P1,,1.9,100,0.5,\n",
        "inventory.csv": "item_id,plant_id,on_hand\nSTEEL,P1,12.125\nBIKE,P2,3\n",
        "open_orders.csv": """
            order_id,type,item_id,plant_id,qty,due_date,supplier_id,source_plant_id,issued
            OO-1,purchase,STEEL,P1,200,2026-01-10,STEELCO,,
            OO-2,production,FRAME,P1,10,2026-01-12,,,yes
            OO-3,transfer,BIKE,P2,2,2026-01-15,,P1,no

            """,
        "customers.csv": "customer_id,name\nACME,Acme Ltd\n",
        "deals.csv": "deal_id,customer_id,title,stage\nD1,ACME,Spring order,won\nD2,ACME,Maybe,lead\n",
        "deal_lines.csv": "deal_id,line_no,item_id,plant_id,qty,due_date,unit_price\nD1,1,BIKE,P1,5,2026-02-01,300\nD1,2,BIKE,P2,1,2026-02-03,310\nD2,1,BIKE,P1,50,2026-03-01,\n",
    ]

    /// A full chart of accounts (accounts.csv is absent from the base).
    static let accounts = """
        account_code,name,type,role
        1000,Cash,asset,cash
        1100,Receivables,asset,receivables
        1200,Inventory,asset,inventory
        1300,WIP,asset,wip
        2000,Payables,liability,payables
        2100,GRNI,liability,grni
        3000,Opening equity,equity,opening_equity
        4000,Sales,revenue,revenue
        5000,COGS,expense,cogs
        5100,Variance,expense,variance
        6000,Rent,expense,

        """

    static func files(_ edits: [Edit]) -> [String: [UInt8]] {
        var files = base.mapValues { Array($0.utf8) }
        for edit in edits {
            switch edit {
            case .append(let name, let row): files[name, default: []] += Array((row + "\n").utf8)
            case .replace(let name, let text): files[name] = Array(text.utf8)
            case .replaceBytes(let name, let bytes): files[name] = bytes
            case .remove(let name): files[name] = nil
            }
        }
        return files
    }

    /// Writes the edited dataset to a new temporary folder and returns its path.
    static func write(_ edits: [Edit] = []) throws -> String {
        let folder = NSTemporaryDirectory() + "fabrik-dataset-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in files(edits) {
            try Data(text).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        return folder
    }

    /// Reads the edited dataset from a temporary folder (removed afterwards).
    static func read(_ edits: [Edit] = []) throws -> Result<Dataset, DatasetReadError> {
        let folder = try write(edits)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return Result { () throws(DatasetReadError) in try DatasetReader.read(directory: folder) }
    }

    /// The rendered problems of reading the edited dataset ([] when it is valid).
    static func problems(_ edits: [Edit]) throws -> [String] {
        switch try read(edits) {
        case .success: return []
        case .failure(let error): return error.problems.map(\.description)
        }
    }
}
