/// Keeps the number of requests in flight under a limit per host and overall;
/// a waiter is let in as soon as its host and the total have room.
actor HostLimiter {
    private let perHost: Int
    private let overall: Int
    private var active: [String: Int] = [:]
    private var total = 0
    private var waiting: [(host: String, continuation: CheckedContinuation<Void, Never>)] = []

    /// A limiter allowing `perHost` requests to one host and `overall` in all (each at least 1).
    init(perHost: Int, overall: Int) {
        self.perHost = max(1, perHost)
        self.overall = max(1, overall)
    }

    /// Runs `body` holding one of the host's places.
    nonisolated func withPlace<T: Sendable>(for host: String, _ body: @Sendable () async throws -> T) async throws -> T {
        await acquire(host)
        do {
            let result = try await body()
            await release(host)
            return result
        } catch {
            await release(host)
            throw error
        }
    }

    private func hasRoom(for host: String) -> Bool {
        total < overall && active[host, default: 0] < perHost
    }

    private func take(_ host: String) {
        total += 1
        active[host, default: 0] += 1
    }

    private func acquire(_ host: String) async {
        if hasRoom(for: host) {
            take(host)
            return
        }
        await withCheckedContinuation { continuation in
            waiting.append((host, continuation))
        }
    }

    private func release(_ host: String) {
        total -= 1
        active[host, default: 1] -= 1
        if active[host] == 0 { active[host] = nil }
        var index = 0
        while index < waiting.count {
            let candidate = waiting[index]
            if hasRoom(for: candidate.host) {
                waiting.remove(at: index)
                take(candidate.host)
                candidate.continuation.resume()
            } else {
                index += 1
            }
        }
    }
}
