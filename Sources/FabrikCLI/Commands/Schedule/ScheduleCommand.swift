import ArgumentParser

/// `fabrik schedule ...`: finite-capacity scheduling of the stored plan.
struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Finite-capacity scheduling: run it on the stored MRP plan, then show the schedule, its Gantt chart and loads.",
        subcommands: [ScheduleRunCommand.self, ScheduleShowCommand.self, ScheduleLoadCommand.self])
}
