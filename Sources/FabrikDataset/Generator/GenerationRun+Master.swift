import FabrikCore

extension GenerationRun {
    /// plants, holidays, work centers, suppliers, customers and accounts.
    mutating func writeMasterData() throws(GeneratorError) {
        try writePlants()
        try writeHolidays()
        try writeWorkCenters()
        try writeSuppliers()
        try writeCustomers()
        try writeAccounts()
    }

    /// `P2` works Monday to Saturday, every other plant Monday to Friday.
    private mutating func writePlants() throws(GeneratorError) {
        var writer = try open("plants.csv", ["plant_id", "name", "workdays"])
        for plant in 0..<model.plantIds.count {
            writePlant(&writer, plant)
            writer.field(GeneratorNames.plantNames[plant])
            writer.quoted(plant == 1 ? "Mon,Tue,Wed,Thu,Fri,Sat" : "Mon,Tue,Wed,Thu,Fri")
            try writer.endRow()
        }
        try finish(&writer, "plants.csv")
    }

    /// Public holidays shared by all plants plus two local ones per plant,
    /// from 60 days before as_of to 120 days after the horizon.
    private mutating func writeHolidays() throws(GeneratorError) {
        let common = [(1, 1), (5, 1), (12, 24), (12, 25), (12, 26), (12, 31)]
        let local = [[(8, 15), (10, 3)], [(6, 24), (11, 1)], [(4, 27), (7, 14)], [(3, 19), (9, 8)]]
        let first = model.asOf - 60
        let last = model.asOf + Int32(model.parameters.horizonDays + 120)
        var writer = try open("holidays.csv", ["plant_id", "date"])
        for plant in 0..<model.plantIds.count {
            let dates = (common + local[plant % local.count]).sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            for year in first.civil.year...last.civil.year {
                for (month, dayOfMonth) in dates {
                    guard let day = Day(year: year, month: month, day: dayOfMonth), day >= first, day <= last else { continue }
                    writePlant(&writer, plant)
                    writer.day(day)
                    try writer.endRow()
                }
            }
        }
        try finish(&writer, "holidays.csv")
    }

    private mutating func writeWorkCenters() throws(GeneratorError) {
        var writer = try open("work_centers.csv", ["work_center_id", "plant_id", "name", "capacity_hours", "machines"])
        for plant in 0..<model.plantIds.count {
            for center in 0..<model.workCentersPerPlant {
                var rng = SplitMix64.derived(seed: model.seed, purpose: StreamPurpose.workCenters.rawValue,
                                             index: plant * 1_000 + center)
                writer.field(model.workCenterId(plant: plant, center: center))
                writePlant(&writer, plant)
                writer.field(GeneratorNames.workCenterKinds[center % GeneratorNames.workCenterKinds.count]
                             + " \(center / GeneratorNames.workCenterKinds.count + 1)")
                writer.fixed(Int64(rng.pick([8, 8, 16, 16, 24, 7, 15])), scaleDigits: 0)
                writer.int(rng.int(1...4))
                try writer.endRow()
            }
        }
        try finish(&writer, "work_centers.csv")
    }

    private mutating func writeSuppliers() throws(GeneratorError) {
        var writer = try open("suppliers.csv", ["supplier_id", "name"])
        for supplier in 0..<model.supplierCount {
            var rng = SplitMix64.derived(seed: model.seed, purpose: StreamPurpose.suppliers.rawValue, index: -1 - supplier)
            writer.id("S", supplier + 1, width: model.supplierIdWidth)
            writer.field("\(rng.pick(GeneratorNames.companyWords)) \(rng.pick(GeneratorNames.supplierTrades)) "
                         + rng.pick(GeneratorNames.legalForms))
            try writer.endRow()
        }
        try finish(&writer, "suppliers.csv")
    }

    private mutating func writeCustomers() throws(GeneratorError) {
        var writer = try open("customers.csv", ["customer_id", "name"])
        for customer in 0..<model.customerCount {
            var rng = SplitMix64.derived(seed: model.seed, purpose: StreamPurpose.deals.rawValue, index: -1 - customer)
            writer.id("C", customer + 1, width: model.customerIdWidth)
            writer.field("\(rng.pick(GeneratorNames.companyWords)) \(rng.pick(GeneratorNames.customerTrades)) "
                         + rng.pick(GeneratorNames.legalForms))
            try writer.endRow()
        }
        try finish(&writer, "customers.csv")
    }

    /// A small chart with every role of the posting rules on an account of the right type.
    private mutating func writeAccounts() throws(GeneratorError) {
        let chart: [(String, String, String, String)] = [
            ("1000", "Cash at bank", "asset", "cash"),
            ("1100", "Trade receivables", "asset", "receivables"),
            ("1200", "Inventory", "asset", "inventory"),
            ("1300", "Work in progress", "asset", "wip"),
            ("1500", "Machinery and equipment", "asset", ""),
            ("2000", "Trade payables", "liability", "payables"),
            ("2100", "Goods received not invoiced", "liability", "grni"),
            ("2200", "VAT payable", "liability", ""),
            ("3000", "Opening balance equity", "equity", "opening_equity"),
            ("3100", "Retained earnings", "equity", ""),
            ("4000", "Sales revenue", "revenue", "revenue"),
            ("4100", "Service revenue", "revenue", ""),
            ("5000", "Cost of goods sold", "expense", "cogs"),
            ("5100", "Production variances", "expense", "variance"),
            ("6000", "Wages and salaries", "expense", ""),
            ("6100", "Rent and utilities", "expense", ""),
        ]
        var writer = try open("accounts.csv", ["account_code", "name", "type", "role"])
        for (code, name, type, role) in chart {
            writer.field(code)
            writer.field(name)
            writer.field(type)
            writer.field(role)
            try writer.endRow()
        }
        try finish(&writer, "accounts.csv")
    }
}

extension GeneratorModel {
    /// `P1-WC001`: plant id, then the center's number.
    func workCenterId(plant: Int, center: Int) -> String {
        let number = String(center + 1)
        return plantIds[plant] + "-WC" + String(repeating: "0", count: max(0, 3 - number.count)) + number
    }

    var supplierIdWidth: Int { max(4, String(supplierCount).count) }
    var customerIdWidth: Int { max(5, String(customerCount).count) }
    var dealIdWidth: Int { max(6, String(parameters.dealCount).count) }
}
