/// The schedule tables: the last stored finite-capacity schedule, complete
/// enough to load back into the identical `Schedule` (so `schedule show
/// --format json` prints what `schedule run --json` printed), plus one
/// `schedule_runs` row per run ever stored.
///
/// Self-contained like the plan: the problem's plants (with their calendars),
/// work centers, orders, operations and precedences are stored with the
/// result, so the schedule reads back as it was computed even after the
/// master data changed. Rows are keyed by their index in the problem
/// (`position`); `order_position`, `work_center` and `plant` refer to those
/// positions. Times are minutes since `as_of` 00:00 of the run; days are day
/// numbers. Ids are TEXT so other readers (order status, HTTP) can join on
/// `schedule_orders.order_id` without decoding anything. Like the plan,
/// `saveSchedule` clears the current tables and writes the new schedule in
/// one transaction.
enum ScheduleSchema {
    static let tables: [String] = [
        // weighted_tardiness_raw: the objective exactly (weight in
        // ten-thousandths x tardy minutes), an Int128 as decimal TEXT.
        """
        CREATE TABLE schedule_runs (
            id INTEGER PRIMARY KEY,
            as_of_day INTEGER NOT NULL,
            stored_at TEXT NOT NULL,
            seconds REAL NOT NULL,
            iterations INTEGER NOT NULL,
            operations INTEGER NOT NULL,
            orders INTEGER NOT NULL,
            messages INTEGER NOT NULL,
            makespan_minutes INTEGER NOT NULL,
            weighted_tardiness_raw TEXT NOT NULL,
            constructive_weighted_tardiness_raw TEXT NOT NULL,
            plant_makespan_sum_minutes INTEGER NOT NULL,
            constructive_plant_makespan_sum_minutes INTEGER NOT NULL)
        """,
        // Every plant of the problem (its index order is byte order) with its
        // working calendar; items are the distinct items of the orders.
        """
        CREATE TABLE schedule_plants (
            position INTEGER PRIMARY KEY,
            plant_id TEXT NOT NULL,
            workdays INTEGER NOT NULL)
        """,
        """
        CREATE TABLE schedule_holidays (
            plant INTEGER NOT NULL,
            day INTEGER NOT NULL,
            PRIMARY KEY (plant, day)) WITHOUT ROWID
        """,
        """
        CREATE TABLE schedule_items (
            position INTEGER PRIMARY KEY,
            item_id TEXT NOT NULL)
        """,
        """
        CREATE TABLE schedule_work_centers (
            position INTEGER PRIMARY KEY,
            work_center_id TEXT NOT NULL,
            plant INTEGER NOT NULL,
            machines INTEGER NOT NULL,
            capacity_minutes_per_day INTEGER NOT NULL)
        """,
        // One row per scheduled order; completion_day is the day of its last
        // worked minute (the projected completion date), start/end minutes
        // are relative to the run's as_of.
        """
        CREATE TABLE schedule_orders (
            position INTEGER PRIMARY KEY,
            order_id TEXT NOT NULL UNIQUE,
            is_open INTEGER NOT NULL CHECK (is_open IN (0, 1)),
            planned_number INTEGER NOT NULL,
            item INTEGER NOT NULL,
            plant INTEGER NOT NULL,
            qty INTEGER NOT NULL,
            release_day INTEGER NOT NULL,
            due_day INTEGER NOT NULL,
            mrp_due_day INTEGER NOT NULL,
            weight INTEGER NOT NULL,
            first_deal_line TEXT,
            start_minute INTEGER NOT NULL,
            end_minute INTEGER NOT NULL,
            tardiness_minutes INTEGER NOT NULL,
            completion_day INTEGER NOT NULL)
        """,
        """
        CREATE TABLE schedule_operations (
            position INTEGER PRIMARY KEY,
            order_position INTEGER NOT NULL,
            op_seq INTEGER NOT NULL,
            work_center INTEGER NOT NULL,
            machine INTEGER NOT NULL,
            duration_minutes INTEGER NOT NULL,
            start_minute INTEGER NOT NULL,
            end_minute INTEGER NOT NULL)
        """,
        """
        CREATE TABLE schedule_precedences (
            position INTEGER PRIMARY KEY,
            order_position INTEGER NOT NULL,
            predecessor_position INTEGER NOT NULL,
            lag_minutes INTEGER NOT NULL)
        """,
        """
        CREATE TABLE schedule_loads (
            position INTEGER PRIMARY KEY,
            work_center INTEGER NOT NULL,
            day INTEGER NOT NULL,
            load_minutes INTEGER NOT NULL,
            capacity_minutes INTEGER NOT NULL)
        """,
        """
        CREATE TABLE schedule_messages (
            position INTEGER PRIMARY KEY,
            type TEXT NOT NULL CHECK (type IN ('capacity-overload', 'late-order')),
            order_position INTEGER NOT NULL,
            demand TEXT,
            day INTEGER NOT NULL)
        """,
    ]

    /// The current schedule's tables (not the run history).
    static let currentScheduleTables = [
        "schedule_messages", "schedule_loads", "schedule_precedences", "schedule_operations", "schedule_orders",
        "schedule_work_centers", "schedule_items", "schedule_holidays", "schedule_plants",
    ]
}
