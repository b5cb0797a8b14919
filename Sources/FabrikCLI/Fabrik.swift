import ArgumentParser

/// The `fabrik` command: a namespace of subcommands, one per file.
@main
struct Fabrik: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fabrik",
        abstract: "Fabrik: manufacturing and warehouse planning (MRP, purchasing, BOMs, CRM demand).",
        subcommands: [
            DemoCommand.self, ImportCommand.self, GenerateCommand.self, DealCommand.self, BomCommand.self, MRPCommand.self, PurchaseCommand.self, ScheduleCommand.self,
            LedgerCommand.self, StockCommand.self, TransferCommand.self, PaymentCommand.self, CostCommand.self,
            OrderCommand.self, PromiseCommand.self, ServeCommand.self,
        ]
    )
}
