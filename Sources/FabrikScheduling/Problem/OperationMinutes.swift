public import FabrikCore

/// Exact fixed-point conversions from the dataset's hours to the
/// scheduler's whole minutes. Computed in 128 bits, so no valid input
/// overflows; results are clamped to Int64 only in the impossible case.
public enum OperationMinutes {
    /// `ceil((setupHours + quantity * runHoursPerUnit) * 60)`, exact:
    /// setup and run are micro-hours, quantity micro-units, so the product is
    /// in 10^-12 hours and one minute is 10^12 / 60 of those.
    public static func duration(setupHours: Quantity, runHoursPerUnit: Quantity, quantity: Quantity) -> Int64 {
        let scale = Int128(Quantity.scale)
        let picoHours = Int128(setupHours.rawMicros) * scale + Int128(quantity.rawMicros) * Int128(runHoursPerUnit.rawMicros)
        guard picoHours > 0 else { return 0 }
        let picoMinutes = picoHours * 60
        let perMinute = scale * scale
        let minutes = (picoMinutes + perMinute - 1) / perMinute
        return minutes > Int128(Int64.max) ? Int64.max : Int64(minutes)
    }

    /// Whole minutes a machine offers per working day: `capacityHours * 60`,
    /// rounded down (a machine cannot offer part of a minute); exact for the
    /// usual values (8, 7.5, 16, 24 hours).
    public static func capacityPerDay(capacityHours: Quantity) -> Int64 {
        let raw = Int128(capacityHours.rawMicros) * 60
        guard raw > 0 else { return 0 }
        return Int64(raw / Int128(Quantity.scale))
    }

    /// Minutes as hours in micro-units, rounded half up to 6 decimals
    /// (`90` -> `1.5`, `10` -> `0.166667`).
    public static func hours(minutes: Int64) -> Quantity {
        let micros = (Int128(minutes) * Int128(Quantity.scale) * 2 + 60) / 120
        return Quantity(rawMicros: Int64(clamping: micros))
    }
}
