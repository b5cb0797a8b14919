/// The dataset tables of the store, as SQL. One table per dataset file plus
/// the mutable state the dataset does not carry (shipped and received
/// quantities, closed flags, order sequences, import runs).
///
/// Encoding (see docs/store.md): ids are TEXT compared with SQLite's BINARY
/// collation (memcmp of UTF-8, so SQL order = Fabrik's byte order);
/// quantities are INTEGER micros (`Quantity.rawMicros`); money is INTEGER
/// ten-thousandths (`Money.rawTenThousandths`); dates are INTEGER day numbers
/// (`Day.daysSinceEpoch`, columns named `*_day`); enums are their dataset
/// names as TEXT with a CHECK; booleans are INTEGER 0/1.
///
/// Keys that only child tables need (composite uniqueness, lookup indexes) are
/// secondary indexes (`DatasetSchema.secondaryIndexes`): the importer drops
/// them, bulk-loads, and creates them again, which is faster than maintaining
/// them row by row.
enum DatasetSchema {
    static let tables: [String] = [
        """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL)
        """,
        """
        CREATE TABLE import_runs (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            seconds REAL NOT NULL,
            row_count INTEGER NOT NULL,
            replaced INTEGER NOT NULL)
        """,
        """
        CREATE TABLE sequences (
            name TEXT PRIMARY KEY NOT NULL,
            next_value INTEGER NOT NULL CHECK (next_value >= 1))
        """,
        """
        CREATE TABLE plants (
            plant_id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            workdays INTEGER NOT NULL CHECK (workdays BETWEEN 0 AND 127))
        """,
        """
        CREATE TABLE holidays (
            plant_id TEXT NOT NULL REFERENCES plants(plant_id),
            day INTEGER NOT NULL)
        """,
        """
        CREATE TABLE items (
            item_id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            uom TEXT NOT NULL,
            decimals INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 6),
            standard_cost INTEGER NOT NULL)
        """,
        """
        CREATE TABLE item_plants (
            item_id TEXT NOT NULL REFERENCES items(item_id),
            plant_id TEXT NOT NULL REFERENCES plants(plant_id),
            procurement TEXT NOT NULL CHECK (procurement IN ('make', 'buy', 'transfer', 'phantom')),
            source_plant_id TEXT REFERENCES plants(plant_id),
            lead_time_days INTEGER NOT NULL,
            lot_rule TEXT NOT NULL CHECK (lot_rule IN ('lfl', 'fixed', 'poq')),
            lot_size INTEGER NOT NULL,
            min_qty INTEGER NOT NULL,
            multiple INTEGER NOT NULL,
            safety_stock INTEGER NOT NULL)
        """,
        """
        CREATE TABLE bom_lines (
            parent_item_id TEXT NOT NULL REFERENCES items(item_id),
            component_item_id TEXT NOT NULL REFERENCES items(item_id),
            qty_per INTEGER NOT NULL CHECK (qty_per > 0),
            plant_id TEXT REFERENCES plants(plant_id),
            scrap_basis_points INTEGER NOT NULL CHECK (scrap_basis_points BETWEEN 0 AND 10000),
            valid_from_day INTEGER,
            valid_to_day INTEGER)
        """,
        """
        CREATE TABLE work_centers (
            work_center_id TEXT PRIMARY KEY NOT NULL,
            plant_id TEXT NOT NULL REFERENCES plants(plant_id),
            name TEXT NOT NULL,
            capacity_hours INTEGER NOT NULL,
            machines INTEGER NOT NULL)
        """,
        """
        CREATE TABLE routings (
            item_id TEXT NOT NULL REFERENCES items(item_id),
            plant_id TEXT NOT NULL REFERENCES plants(plant_id),
            op_seq INTEGER NOT NULL,
            work_center_id TEXT NOT NULL REFERENCES work_centers(work_center_id),
            setup_hours INTEGER NOT NULL,
            run_hours_per_unit INTEGER NOT NULL)
        """,
        """
        CREATE TABLE suppliers (
            supplier_id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL)
        """,
        """
        CREATE TABLE supplier_items (
            supplier_id TEXT NOT NULL REFERENCES suppliers(supplier_id),
            item_id TEXT NOT NULL REFERENCES items(item_id),
            plant_id TEXT NOT NULL REFERENCES plants(plant_id),
            lead_time_days INTEGER,
            unit_price INTEGER NOT NULL,
            min_order_qty INTEGER NOT NULL,
            order_multiple INTEGER NOT NULL,
            priority INTEGER NOT NULL)
        """,
        """
        CREATE TABLE inventory (
            item_id TEXT NOT NULL REFERENCES items(item_id),
            plant_id TEXT NOT NULL REFERENCES plants(plant_id),
            on_hand INTEGER NOT NULL)
        """,
        // id: a stable integer key (plan pegs refer to it). origin: 'import' (open_orders.csv), 'approved' (PUR-n from a PO-n),
        // 'released' (MFG-n / TRF-n from an MO-n / TO-n); planned_id is the
        // planned order it came from. received_qty counts received (purchase,
        // transfer) or completed (production) quantity.
        """
        CREATE TABLE open_orders (
            id INTEGER PRIMARY KEY,
            order_id TEXT NOT NULL,
            type TEXT NOT NULL CHECK (type IN ('purchase', 'production', 'transfer')),
            item_id TEXT NOT NULL REFERENCES items(item_id),
            plant_id TEXT NOT NULL REFERENCES plants(plant_id),
            qty INTEGER NOT NULL CHECK (qty > 0),
            due_day INTEGER NOT NULL,
            supplier_id TEXT REFERENCES suppliers(supplier_id),
            source_plant_id TEXT REFERENCES plants(plant_id),
            issued INTEGER NOT NULL CHECK (issued IN (0, 1)),
            received_qty INTEGER NOT NULL DEFAULT 0,
            closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1)),
            origin TEXT NOT NULL DEFAULT 'import' CHECK (origin IN ('import', 'approved', 'released')),
            planned_id TEXT)
        """,
        """
        CREATE TABLE customers (
            customer_id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL)
        """,
        """
        CREATE TABLE deals (
            deal_id TEXT PRIMARY KEY NOT NULL,
            customer_id TEXT NOT NULL REFERENCES customers(customer_id),
            title TEXT NOT NULL,
            stage TEXT NOT NULL CHECK (stage IN ('lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost')))
        """,
        """
        CREATE TABLE deal_lines (
            id INTEGER PRIMARY KEY,
            deal_id TEXT NOT NULL REFERENCES deals(deal_id),
            line_no INTEGER NOT NULL,
            item_id TEXT NOT NULL REFERENCES items(item_id),
            plant_id TEXT NOT NULL REFERENCES plants(plant_id),
            qty INTEGER NOT NULL CHECK (qty > 0),
            due_day INTEGER NOT NULL,
            unit_price INTEGER NOT NULL,
            shipped_qty INTEGER NOT NULL DEFAULT 0)
        """,
        """
        CREATE TABLE accounts (
            account_code TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            type TEXT NOT NULL CHECK (type IN ('asset', 'liability', 'equity', 'revenue', 'expense')),
            role TEXT)
        """,
    ]

    /// Secondary indexes: dropped before a bulk import and created after it.
    /// The UNIQUE ones enforce the dataset's composite keys. No index on
    /// bom_lines or open_orders(item, plant): every reader loads those whole
    /// (BOM model, snapshot), and building them cost 0.6 s per 100k-item
    /// import; a query that needs one adds it in a new migration.
    static let secondaryIndexes: [(name: String, sql: String)] = [
        ("holidays_key", "CREATE UNIQUE INDEX holidays_key ON holidays(plant_id, day)"),
        ("item_plants_key", "CREATE UNIQUE INDEX item_plants_key ON item_plants(item_id, plant_id)"),
        ("routings_key", "CREATE UNIQUE INDEX routings_key ON routings(item_id, plant_id, op_seq)"),
        ("supplier_items_key", "CREATE UNIQUE INDEX supplier_items_key ON supplier_items(supplier_id, item_id, plant_id)"),
        ("inventory_key", "CREATE UNIQUE INDEX inventory_key ON inventory(item_id, plant_id)"),
        ("open_orders_key", "CREATE UNIQUE INDEX open_orders_key ON open_orders(order_id)"),
        ("deals_customer", "CREATE INDEX deals_customer ON deals(customer_id)"),
        ("deal_lines_key", "CREATE UNIQUE INDEX deal_lines_key ON deal_lines(deal_id, line_no)"),
        ("accounts_role", "CREATE UNIQUE INDEX accounts_role ON accounts(role) WHERE role IS NOT NULL"),
    ]

    /// Lookup indexes added after v1 (migration `v6-bom-parent-index`),
    /// dropped and rebuilt by an import like `secondaryIndexes`.
    /// `bom_lines_parent`: the opening WIP of every issued production order
    /// and `stock issue` explode one parent at a time; without it each
    /// explosion scans every BOM line, which made a 100k-item import with
    /// opening balances quadratic (minutes instead of seconds).
    static let lookupIndexes: [(name: String, sql: String)] = [
        ("bom_lines_parent", "CREATE INDEX bom_lines_parent ON bom_lines(parent_item_id)"),
    ]

    /// Every content table, children before parents: the order in which an
    /// import deletes (inserts run in the reverse order). Plan tables come
    /// first: they reference nothing but are the most derived content.
    static let contentTablesChildrenFirst: [String] =
        PlanSchema.tablesChildrenFirst + [
            "import_runs", "sequences", "meta",
            "accounts", "deal_lines", "deals", "customers", "open_orders", "inventory",
            "supplier_items", "suppliers", "routings", "work_centers", "bom_lines", "item_plants",
            "items", "holidays", "plants",
        ]

    /// The order sequences and their prefixes: approved purchases, released
    /// production and transfer orders.
    static let sequenceNames = ["PUR", "MFG", "TRF"]
}
