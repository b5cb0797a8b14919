/// The plan tables: the last stored MRP plan, complete enough to print the
/// `mrp run --json` document again, and the history of runs.
///
/// Only one plan is stored at a time (`savePlan` replaces it in one
/// transaction); `mrp_runs` keeps one row per run. Pegs are the bulk of a
/// plan (millions at 100k items), so they are three integers each:
/// `supply_ref`, `demand_ref` (both `PlanReference` codes, see
/// `PlanReference.swift`) and `qty` in micros, in pegging order (`seq`).
enum PlanSchema {
    static let tables: [String] = [
        """
        CREATE TABLE mrp_runs (
            id INTEGER PRIMARY KEY,
            as_of_day INTEGER NOT NULL,
            horizon_days INTEGER NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            seconds REAL NOT NULL,
            nodes INTEGER NOT NULL,
            planned_orders INTEGER NOT NULL,
            receipts INTEGER NOT NULL,
            messages INTEGER NOT NULL,
            pegs INTEGER NOT NULL,
            requirements_beyond_horizon INTEGER NOT NULL)
        """,
        // code = PlanReference code of the planned order (type and number).
        // approved_order_id: the PUR-/MFG-/TRF- order it became, if any.
        """
        CREATE TABLE planned_orders (
            code INTEGER PRIMARY KEY,
            type TEXT NOT NULL CHECK (type IN ('purchase', 'production', 'transfer')),
            number INTEGER NOT NULL,
            item_id TEXT NOT NULL,
            plant_id TEXT NOT NULL,
            qty INTEGER NOT NULL,
            release_day INTEGER NOT NULL,
            due_day INTEGER NOT NULL,
            supplier_id TEXT,
            source_plant_id TEXT,
            approved_order_id TEXT)
        """,
        // A netted scheduled receipt; code = its PlanReference code.
        """
        CREATE TABLE plan_receipts (
            code INTEGER PRIMARY KEY,
            order_id TEXT NOT NULL,
            type TEXT NOT NULL,
            item_id TEXT NOT NULL,
            plant_id TEXT NOT NULL,
            qty INTEGER NOT NULL,
            due_day INTEGER NOT NULL,
            effective_day INTEGER NOT NULL)
        """,
        // A node with stock; code = its PlanReference code.
        """
        CREATE TABLE plan_on_hand (
            code INTEGER PRIMARY KEY,
            item_id TEXT NOT NULL,
            plant_id TEXT NOT NULL,
            qty INTEGER NOT NULL)
        """,
        """
        CREATE TABLE plan_pegs (
            seq INTEGER PRIMARY KEY,
            supply_ref INTEGER NOT NULL,
            demand_ref INTEGER NOT NULL,
            qty INTEGER NOT NULL)
        """,
        """
        CREATE TABLE plan_messages (
            seq INTEGER PRIMARY KEY,
            type TEXT NOT NULL,
            item_id TEXT NOT NULL,
            plant_id TEXT NOT NULL,
            order_ref TEXT,
            demand_ref TEXT,
            day INTEGER,
            text TEXT NOT NULL)
        """,
    ]

    /// Plan tables, children first (none references another by constraint).
    static let tablesChildrenFirst = ["plan_pegs", "plan_messages", "plan_on_hand", "plan_receipts", "planned_orders", "mrp_runs"]
}
