import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

/// What the test server does for one request.
enum Reply: Sendable {
    /// A whole response; the body waits `delay` after the head.
    case respond(status: HTTPResponseStatus, headers: [(String, String)], body: [UInt8], delay: TimeAmount = .zero)
    /// A chunked body that goes on until the client leaves (capped at 256 MiB).
    case endless(headers: [(String, String)])
    /// Closes the connection without answering.
    case hangUp

    /// A 200 with `body` of `contentType`.
    static func ok(_ body: [UInt8], _ contentType: String = "text/html; charset=utf-8",
                   extra: [(String, String)] = [], delay: TimeAmount = .zero) -> Reply {
        .respond(status: .ok, headers: [("Content-Type", contentType)] + extra, body: body, delay: delay)
    }

    /// A redirect to `location`.
    static func redirect(_ location: String, _ status: HTTPResponseStatus = .found) -> Reply {
        .respond(status: status, headers: [("Location", location)], body: [])
    }
}

/// A small HTTP/1.1 server on 127.0.0.1, on a port the system picks, for
/// fetch tests that never leave the machine. `route` maps a request's path
/// and how many times it was asked for (from 1) to a ``Reply``.
final class TestHTTPServer: Sendable {
    private let group: MultiThreadedEventLoopGroup
    private let channel: any Channel
    private let state: ServerState
    /// The port listened on.
    let port: Int

    private init(group: MultiThreadedEventLoopGroup, channel: any Channel, state: ServerState, port: Int) {
        self.group = group
        self.channel = channel
        self.state = state
        self.port = port
    }

    /// Starts a server answering with `route`.
    static func start(_ route: @escaping @Sendable (_ path: String, _ hit: Int) -> Reply) async throws -> TestHTTPServer {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let state = ServerState(route: route)
        do {
            let channel = try await ServerBootstrap(group: group)
                .serverChannelOption(.backlog, value: 64)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .childChannelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                        try channel.pipeline.syncOperations.addHandler(RequestHandler(state: state))
                    }
                }
                .bind(host: "127.0.0.1", port: 0).get()
            guard let port = channel.localAddress?.port else { throw ServerError.noPort }
            return TestHTTPServer(group: group, channel: channel, state: state, port: port)
        } catch {
            try await group.shutdownGracefully()
            throw error
        }
    }

    /// The URL of `path` on this server.
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// How many requests for `path` arrived.
    func hits(_ path: String) -> Int { state.hits.withLockedValue { $0[path, default: 0] } }

    /// The User-Agent headers received, in order.
    var userAgents: [String] { state.userAgents.withLockedValue { $0 } }

    /// The most requests that were in flight at once.
    var peakInFlight: Int { state.inFlight.withLockedValue { $0.peak } }

    /// Stops listening and closes every connection.
    func stop() async throws {
        try await channel.close()
        try await group.shutdownGracefully()
    }

    enum ServerError: Error { case noPort }
}

/// What the server's connections share.
private final class ServerState: Sendable {
    let route: @Sendable (String, Int) -> Reply
    let hits = NIOLockedValueBox<[String: Int]>([:])
    let inFlight = NIOLockedValueBox<(now: Int, peak: Int)>((0, 0))
    let userAgents = NIOLockedValueBox<[String]>([])

    init(route: @escaping @Sendable (String, Int) -> Reply) {
        self.route = route
    }

    func begin(_ path: String) -> Int {
        inFlight.withLockedValue { $0.now += 1; $0.peak = max($0.peak, $0.now) }
        return hits.withLockedValue { $0[path, default: 0] += 1; return $0[path, default: 0] }
    }

    func end() {
        inFlight.withLockedValue { $0.now -= 1 }
    }
}

/// Answers each request on one connection as the route says.
private final class RequestHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let state: ServerState
    private var head: HTTPRequestHead?
    private var answering = false

    init(state: ServerState) {
        self.state = state
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head): self.head = head
        case .body: break
        case .end:
            guard let head else { return }
            self.head = nil
            let hit = state.begin(head.uri)
            state.userAgents.withLockedValue { $0.append(head.headers.first(name: "User-Agent") ?? "") }
            answering = true
            answer(state.route(head.uri, hit), context: context)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        if answering { finish() }
        context.fireChannelInactive()
    }

    private func finish() {
        guard answering else { return }
        answering = false
        state.end()
    }

    private func answer(_ reply: Reply, context: ChannelHandlerContext) {
        switch reply {
        case .hangUp:
            finish()
            context.close(promise: nil)
        case .respond(let status, let headers, let body, let delay):
            var fields = HTTPHeaders(headers)
            fields.replaceOrAdd(name: "Content-Length", value: String(body.count))
            context.writeAndFlush(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: fields))),
                                  promise: nil)
            let sendBody = {
                guard self.answering else { return }
                context.write(self.wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: body)))), promise: nil)
                context.writeAndFlush(self.wrapOutboundOut(.end(nil)), promise: nil)
                self.finish()
            }
            if delay == .zero {
                sendBody()
            } else {
                context.eventLoop.assumeIsolated().scheduleTask(in: delay, sendBody)
            }
        case .endless(let headers):
            let head = HTTPResponseHead(version: .http1_1, status: .ok, headers: HTTPHeaders(headers))
            context.writeAndFlush(wrapOutboundOut(.head(head)), promise: nil)
            sendForever(context: context, sent: 0)
        }
    }

    private func sendForever(context: ChannelHandlerContext, sent: Int) {
        guard answering, context.channel.isActive, sent < 256 << 20 else { return }
        let chunk = ByteBuffer(repeating: UInt8(ascii: "a"), count: 64 << 10)
        context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(chunk)))).assumeIsolated().whenSuccess {
            self.sendForever(context: context, sent: sent + chunk.readableBytes)
        }
    }
}
