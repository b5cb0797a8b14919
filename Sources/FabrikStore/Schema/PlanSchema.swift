/// The plan tables: the last stored MRP plan, complete enough to load back
/// into the identical `MaterialPlan` (so `mrp orders --json` prints what
/// `mrp run --json` printed), plus one `mrp_runs` row per run ever stored.
///
/// Compact by design (100k items give ~4 M planned orders and more pegs):
/// items, plants and suppliers are dense indices into the plan's own code
/// tables (`plan_codes`, kinds 0 item, 1 plant, 2 supplier, 3 deal line
/// `DEAL/LINE`, 4 open order), and references are one INTEGER each,
/// `kind << 32 | value` of a `PlanReference` (`PlanReferenceCode`). A peg is
/// three integers in pegging order (`seq`). Only one plan is stored at a
/// time; `savePlan` replaces it in one transaction.
enum PlanSchema {
    static let tables: [String] = [
        """
        CREATE TABLE mrp_runs (
            id INTEGER PRIMARY KEY,
            as_of_day INTEGER NOT NULL,
            horizon_days INTEGER NOT NULL,
            stored_at TEXT NOT NULL,
            seconds REAL NOT NULL,
            nodes INTEGER NOT NULL,
            planned_orders INTEGER NOT NULL,
            receipts INTEGER NOT NULL,
            on_hand INTEGER NOT NULL,
            messages INTEGER NOT NULL,
            pegs INTEGER NOT NULL,
            requirements_beyond_horizon INTEGER NOT NULL)
        """,
        """
        CREATE TABLE plan_codes (
            kind INTEGER NOT NULL,
            position INTEGER NOT NULL,
            code TEXT NOT NULL,
            PRIMARY KEY (kind, position)) WITHOUT ROWID
        """,
        // code: the order's reference code (MO < PO < TO, then number: output
        // order). converted_order_id: the PUR-/MFG-/TRF- order it became.
        """
        CREATE TABLE planned_orders (
            code INTEGER PRIMARY KEY,
            type TEXT NOT NULL CHECK (type IN ('purchase', 'production', 'transfer')),
            number INTEGER NOT NULL,
            item INTEGER NOT NULL,
            plant INTEGER NOT NULL,
            qty INTEGER NOT NULL,
            release_day INTEGER NOT NULL,
            due_day INTEGER NOT NULL,
            supplier INTEGER,
            source_plant INTEGER,
            converted_order_id TEXT)
        """,
        // A netted scheduled receipt; open_order indexes the open-order codes.
        """
        CREATE TABLE plan_receipts (
            row INTEGER PRIMARY KEY,
            open_order INTEGER NOT NULL,
            type TEXT NOT NULL,
            item INTEGER NOT NULL,
            plant INTEGER NOT NULL,
            qty INTEGER NOT NULL,
            due_day INTEGER NOT NULL,
            effective_day INTEGER NOT NULL)
        """,
        """
        CREATE TABLE plan_on_hand (
            row INTEGER PRIMARY KEY,
            item INTEGER NOT NULL,
            plant INTEGER NOT NULL,
            qty INTEGER NOT NULL)
        """,
        // supply_ref: a planned order's code, a receipt's open-order
        // reference code, or an on-hand row (kind 8). demand_ref: a reference code.
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
            item INTEGER NOT NULL,
            plant INTEGER NOT NULL,
            day INTEGER NOT NULL,
            order_ref INTEGER NOT NULL,
            demand_ref INTEGER NOT NULL)
        """,
    ]

    /// The current plan's tables (not the run history), children first.
    static let currentPlanTables = ["plan_pegs", "plan_messages", "plan_on_hand", "plan_receipts", "planned_orders", "plan_codes"]

    /// Every plan table, children first (none references another by constraint).
    static let tablesChildrenFirst = currentPlanTables + ["mrp_runs"]

    /// `plan_codes.kind` values.
    enum CodeKind: Int64, CaseIterable {
        case item = 0, plant, supplier, dealLine, openOrder
    }
}
