import CArena
import Foundation
import Testing
@testable import Markup

/// The arena that libxml2 allocates from during an HTML parse: the allocator
/// itself, and the parser giving the same trees with it as without it.
@Suite("The parse arena")
struct ArenaTests {
    @Test("inside a session blocks come from the arena, are aligned and keep their bytes; the end releases them")
    func session() throws {
        let before = try #require(qc_arena_malloc(24))
        #expect(qc_arena_is_active() == 0)
        #expect(qc_arena_owns(before) == 0)

        qc_arena_begin()
        #expect(qc_arena_is_active() == 1)
        var blocks: [(UnsafeMutableRawPointer, Int)] = []
        for size in [0, 1, 7, 16, 17, 100, 4096, 70_000] {
            let block = try #require(qc_arena_malloc(size))
            #expect(Int(bitPattern: block) % 16 == 0, "size \(size)")
            #expect(qc_arena_owns(block) == 1)
            memset(block, Int32(size % 251), size)
            blocks.append((block, size))
        }
        // Freeing arena memory does nothing: every block still holds its bytes.
        for (block, _) in blocks { qc_arena_free(block) }
        for (block, size) in blocks {
            let bytes = UnsafeRawBufferPointer(start: block, count: size)
            #expect(bytes.allSatisfy { $0 == UInt8(size % 251) }, "size \(size)")
        }
        // Blocks do not overlap.
        let ranges = blocks.map { Int(bitPattern: $0.0) ..< Int(bitPattern: $0.0) + max($0.1, 1) }.sorted { $0.lowerBound < $1.lowerBound }
        for (a, b) in zip(ranges, ranges.dropFirst()) { #expect(a.upperBound <= b.lowerBound) }
        // Memory from before the session is still malloc's, and free gives it back there.
        #expect(qc_arena_owns(before) == 0)
        qc_arena_free(before)
        #expect(qc_arena_reserved() >= 256 * 1024)

        qc_arena_end()
        #expect(qc_arena_is_active() == 0)
        #expect(qc_arena_reserved() == 0)
        // Outside a session the functions are malloc's.
        let after = try #require(qc_arena_malloc(24))
        #expect(qc_arena_owns(after) == 0)
        qc_arena_free(after)
    }

    @Test("realloc grows the newest block in place, moves an older one with its bytes, and keeps a shrunk one")
    func realloc() throws {
        qc_arena_begin()
        defer { qc_arena_end() }
        let older = try #require(qc_arena_malloc(32))
        memset(older, 0x41, 32)
        let newest = try #require(qc_arena_malloc(32))
        memset(newest, 0x42, 32)

        let grown = try #require(qc_arena_realloc(newest, 1000))
        #expect(grown == newest)
        #expect(UnsafeRawBufferPointer(start: grown, count: 32).allSatisfy { $0 == 0x42 })

        let moved = try #require(qc_arena_realloc(older, 64))
        #expect(moved != older)
        #expect(qc_arena_owns(moved) == 1)
        #expect(UnsafeRawBufferPointer(start: moved, count: 32).allSatisfy { $0 == 0x41 })

        #expect(qc_arena_realloc(moved, 8) == moved)
        // A block larger than the chunk left gets a chunk of its own.
        let large = try #require(qc_arena_realloc(grown, 3_000_000))
        #expect(qc_arena_owns(large) == 1)
        #expect(UnsafeRawBufferPointer(start: large, count: 32).allSatisfy { $0 == 0x42 })
        #expect(qc_arena_reserved() >= 3_000_000)

        let copy = try #require(qc_arena_strdup("déjà vu"))
        #expect(qc_arena_owns(copy) == 1)
        #expect(String(cString: copy) == "déjà vu")
    }

    @Test("one chunk of at most 8 MB is kept for the thread's next session, and the next session starts on it")
    func retained() throws {
        qc_arena_begin()
        _ = try #require(qc_arena_malloc(3_000_000))
        qc_arena_end()
        let kept = qc_arena_retained()
        #expect(kept >= 3_000_000 && kept <= 8 * 1024 * 1024)

        qc_arena_begin()
        #expect(qc_arena_retained() == 0)
        #expect(qc_arena_reserved() == kept)
        let block = try #require(qc_arena_malloc(100))
        #expect(qc_arena_owns(block) == 1)
        _ = try #require(qc_arena_malloc(20_000_000))
        qc_arena_end()
        // The 20 MB chunk is over the limit: the smaller one is kept instead.
        #expect(qc_arena_retained() == kept)
        #expect(qc_arena_reserved() == 0)
        #expect(qc_arena_owns(block) == 0)
    }

    private func parse(_ html: String, inArena: Bool) -> Element? {
        LibXML2Parser.parseHTML(utf8: Array(html.utf8), url: nil, inArena: inArena).root
    }

    /// Malformed pages that make libxml2 report errors (which it copies into
    /// the thread's last error) and grow, reallocate and free its buffers.
    private static let pages: [String] = CodeStripperTests.pieces + [
        "<p>" + String(repeating: "long text &amp; entities &#233; ", count: 5000) + "</p>",
        String(repeating: "<div><span class=a id=b>x", count: 2000),
        "<table><td>" + String(repeating: "<tr><td>cell</td>", count: 500) + "</table>",
        "<p title=\"" + String(repeating: "v", count: 100_000) + "\">attribute</p>",
        "<html><body>\u{0}<p>NUL</p>\u{FFFD}</body></html>", "", "<",
    ]

    @Test("HTML parses give the same tree in the arena as with malloc, and leave no session open")
    func sameTrees() {
        var generator = SystemRandomNumberGenerator()
        var documents = Self.pages
        for _ in 0 ..< 500 {
            documents.append((0 ..< Int.random(in: 1 ... 12, using: &generator))
                .map { _ in Self.pages.randomElement(using: &generator)! }.joined())
        }
        for html in documents {
            let inArena = parse(html, inArena: true)
            #expect(qc_arena_is_active() == 0)
            #expect(qc_arena_reserved() == 0)
            #expect(inArena == parse(html, inArena: false), "\(html.prefix(200))")
        }
    }

    @Test("four threads parsing at once each use their own arena and get the right trees")
    func threads() async {
        let documents = Self.pages
        let expected = documents.map { parse($0, inArena: false) }
        let mismatches = await withTaskGroup(of: Int.self) { group in
            for worker in 0 ..< 4 {
                group.addTask {
                    var wrong = 0
                    for round in 0 ..< 5 {
                        for (k, html) in documents.enumerated() where (k + worker + round) % 2 == 0 {
                            if LibXML2Parser.parseHTML(utf8: Array(html.utf8), url: nil).root != expected[k] { wrong += 1 }
                        }
                    }
                    return wrong
                }
            }
            return await group.reduce(0, +)
        }
        #expect(mismatches == 0)
    }
}
