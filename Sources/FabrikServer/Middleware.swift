import FabrikCore
import HTTPTypes
import Hummingbird
import Logging

/// The outermost middleware: refuses what a read-only server must not
/// accept, turns every error into a JSON body, logs and measures each request.
///
/// Behavior:
/// - a method other than GET or HEAD: 405 with `Allow: GET, HEAD`;
/// - a declared body (`Content-Length` > 0 or chunked): 413, nothing read;
/// - an `HTTPError` (unknown route 404, a handler's 4xx/5xx) or any other
///   error (500): `{"error": "..."}` with that status;
/// - one structured log line per request (method, path, route, status, ms)
///   and the request metrics per matched route (`NotFound` when no route
///   matched, `refused` when refused before routing); the
///   log line says `micros` (the request's wall time in microseconds).
struct GuardAndLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServerMetrics
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        let response: Response
        var routed = false
        if request.method != .get && request.method != .head {
            response = ErrorAnswer.response(.methodNotAllowed, "Fabrik's HTTP endpoint is read-only: only GET is allowed.",
                                            extraHeaders: [.allow: "GET, HEAD"])
        } else if declaresBody(request) {
            response = ErrorAnswer.response(.contentTooLarge, "Requests to Fabrik's HTTP endpoint carry no body.")
        } else {
            routed = true
            do {
                response = try await next(request, context)
            } catch let error as HTTPError {
                response = ErrorAnswer.response(error.status, error.body ?? error.status.reasonPhrase)
            } catch {
                logger.error("request failed", metadata: ["path": .string(request.uri.path), "error": .string("\(error)")])
                response = ErrorAnswer.response(.internalServerError, "The server failed to answer this request.")
            }
        }
        let duration = ContinuousClock.now - started
        let route = context.endpointPath ?? (routed ? "NotFound" : "refused")
        metrics.recordRequest(route: route, method: request.method.rawValue, status: response.status.code, duration: duration)
        logger.info("request", metadata: [
            "method": .string(request.method.rawValue), "path": .string(request.uri.path), "route": .string(route),
            "status": .stringConvertible(response.status.code),
            "micros": .stringConvertible(duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000),
        ])
        return response
    }

    private func declaresBody(_ request: Request) -> Bool {
        if let length = request.headers[.contentLength], length != "0" { return true }
        if let encoding = request.headers[.transferEncoding], !encoding.isEmpty { return true }
        return false
    }
}

/// JSON error answers: `{"error": sentence}` with the given status.
enum ErrorAnswer {
    static func response(_ status: HTTPResponse.Status, _ sentence: String, context: [(String, JSONDocument)] = [],
                         extraHeaders: HTTPFields = [:]) -> Response {
        JSONAnswer.response(StatusDocuments.error(sentence, context).rendered, status: status, extraHeaders: extraHeaders)
    }
}

/// A JSON body with its content type.
enum JSONAnswer {
    static func response(_ text: String, status: HTTPResponse.Status = .ok, extraHeaders: HTTPFields = [:]) -> Response {
        response(ByteBuffer(string: text + "\n"), status: status, extraHeaders: extraHeaders)
    }

    /// `body` as is (a shared, already encoded answer).
    static func response(_ body: ByteBuffer, status: HTTPResponse.Status = .ok, extraHeaders: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        headers.append(contentsOf: extraHeaders)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: body))
    }
}
