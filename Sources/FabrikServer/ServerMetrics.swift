import FabrikPlanning
import FabrikStore
import Prometheus
import Synchronization

/// The server's Prometheus registry (one per application, so tests never
/// share global state): request counts and latencies per route, and the
/// last runs' durations and counts, refreshed from the store at each scrape.
///
/// Metric names: `fabrik_http_requests_total{route,method,status}`,
/// `fabrik_http_request_duration_seconds{route}` (histogram),
/// `fabrik_mrp_run_seconds`, `fabrik_mrp_run_id`, `fabrik_mrp_planned_orders{type}`,
/// `fabrik_mrp_messages{type}`, `fabrik_mrp_pegs`, `fabrik_schedule_run_seconds`,
/// `fabrik_schedule_operations` (see `Name`).
final class ServerMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()

    /// The metric names with their help texts.
    enum Name {
        static func fabrik(_ name: String, _ unit: String, _ help: String) -> MetricNameDescriptor {
            MetricNameDescriptor(namespace: "fabrik", metricName: name, unitName: unit, helpText: help)
        }
        static var requests: MetricNameDescriptor { fabrik("http_requests", "total", "HTTP requests answered, by route, method and status.") }
        static var latency: MetricNameDescriptor { fabrik("http_request_duration", "seconds", "Time to answer an HTTP request, by route.") }
        static var mrpSeconds: MetricNameDescriptor { fabrik("mrp_run", "seconds", "Planning time of the last MRP run.") }
        static var mrpRun: MetricNameDescriptor { fabrik("mrp_run", "id", "Id of the last MRP run (mrp_runs.id).") }
        static var mrpPegs: MetricNameDescriptor { fabrik("mrp", "pegs", "Pegs of the current plan.") }
        static var mrpOrders: MetricNameDescriptor { fabrik("mrp_planned", "orders", "Planned orders of the current plan, by type.") }
        static var mrpMessages: MetricNameDescriptor { fabrik("mrp", "messages", "Exception messages of the current plan, by type.") }
        static var scheduleSeconds: MetricNameDescriptor { fabrik("schedule_run", "seconds", "Computation time of the last schedule run.") }
        static var scheduleOperations: MetricNameDescriptor { fabrik("schedule", "operations", "Operations of the last schedule run.") }
    }

    /// Latency buckets from 0.5 ms to 5 s.
    static let buckets: [Duration] = [
        .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(20),
        .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(5),
    ]

    /// The request counters and histograms already made, so a request does
    /// not build label arrays and look them up in the registry.
    private let requestCounters = Mutex<[RequestKey: Counter]>([:])
    private let latencyHistograms = Mutex<[String: DurationHistogram]>([:])

    private struct RequestKey: Hashable {
        var route: String
        var method: String
        var status: Int
    }

    func recordRequest(route: String, method: String, status: Int, duration: Duration) {
        let key = RequestKey(route: route, method: method, status: status)
        let counter = requestCounters.withLock { counters in
            if let known = counters[key] { return known }
            let made = registry.makeCounter(descriptor: Name.requests,
                                            labels: [("route", route), ("method", method), ("status", String(status))])
            counters[key] = made
            return made
        }
        counter.increment()
        let histogram = latencyHistograms.withLock { histograms in
            if let known = histograms[route] { return known }
            let made = registry.makeDurationHistogram(descriptor: Name.latency, labels: [("route", route)], buckets: ServerMetrics.buckets)
            histograms[route] = made
            return made
        }
        histogram.record(duration)
    }

    /// Sets the run gauges from `summary`, every order and message type included (0 when absent).
    func update(from summary: RunSummary) {
        let mrp = summary.mrp
        registry.makeGauge(descriptor: Name.mrpSeconds).set(mrp?.seconds ?? 0)
        registry.makeGauge(descriptor: Name.mrpRun).set(Int64(mrp?.runId ?? 0))
        registry.makeGauge(descriptor: Name.mrpPegs).set(Int64(mrp?.pegs ?? 0))
        for type in ["production", "purchase", "transfer"] {
            let count = mrp?.ordersByType.first { $0.type == type }?.count ?? 0
            registry.makeGauge(descriptor: Name.mrpOrders, labels: [("type", type)]).set(Int64(count))
        }
        for type in PlanMessageType.allCases {
            let count = mrp?.messagesByType.first { $0.type == type.name }?.count ?? 0
            registry.makeGauge(descriptor: Name.mrpMessages, labels: [("type", type.name)]).set(Int64(count))
        }
        registry.makeGauge(descriptor: Name.scheduleSeconds).set(summary.schedule?.seconds ?? 0)
        registry.makeGauge(descriptor: Name.scheduleOperations).set(Int64(summary.schedule?.operations ?? 0))
    }

    /// The Prometheus text exposition.
    func render() -> [UInt8] { registry.emitToBuffer() }
}
