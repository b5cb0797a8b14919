import Foundation

/// Wall and CPU time of a command's phases, for `--timings`: each `lap`
/// closes the phase that ran since the previous one (or since the timer
/// was made). CPU time is the whole process's (every thread, user and
/// system), so a phase on two threads can show more CPU than wall time.
struct PhaseTimer {
    /// One closed phase: its name, wall seconds and process CPU seconds.
    struct Phase {
        var name: String
        var seconds: Double
        var cpuSeconds: Double
    }

    private(set) var phases: [Phase] = []
    private let clock = ContinuousClock()
    private var mark: ContinuousClock.Instant
    private var cpuMark: Double

    init() {
        mark = clock.now
        cpuMark = Self.processCPUSeconds()
    }

    mutating func lap(_ name: String) {
        let now = clock.now, cpu = Self.processCPUSeconds()
        phases.append(Phase(name: name, seconds: Self.seconds(now - mark), cpuSeconds: cpu - cpuMark))
        mark = now
        cpuMark = cpu
    }

    /// One aligned line per phase, on stderr.
    func printToStderr() {
        for phase in phases {
            let padding = String(repeating: " ", count: max(0, 20 - phase.name.count))
            Console.error(phase.name + padding + String(format: "%8.3f s wall %8.3f s CPU", phase.seconds, phase.cpuSeconds))
        }
    }

    /// CPU time of the whole process so far (user + system, all threads).
    static func processCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
