import Foundation
import GRDB
import Testing
@testable import Store

@Suite struct VerdictTests {
    @Test func recordsAVerdictAndItsAudit() throws {
        let store = try TestData.twoArticles()
        let quote = try #require(try store.quotes(matching: .all).first)
        let updated = try store.recordVerdict(
            quoteID: quote.id,
            change: VerdictChange(status: .verified, rating: .mostlyTrue, note: "checked the tape",
                                  evidence: "https://record.example/1"),
            reviewer: "ann", at: TestData.moment)
        #expect(updated.status == .verified)
        #expect(updated.rating == .mostlyTrue)
        #expect(updated.note == "checked the tape")
        #expect(updated.evidence == ["https://record.example/1"])
        #expect(updated.reviewedBy == "ann")
        #expect(updated.reviewedAt == "2024-05-01T12:00:00.000Z")
        let history = try store.history(quoteID: quote.id)
        #expect(history.map(\.field) == ["status", "rating", "note", "evidence"])
        #expect(history.allSatisfy { $0.who == "ann" && $0.at == "2024-05-01T12:00:00.000Z" })
        #expect(history[0].oldValue == "unreviewed")
        #expect(history[0].newValue == "verified")
        #expect(history[1].oldValue == nil)
        #expect(history[3].oldValue == "[]")
        #expect(history[3].newValue == "[\"https://record.example/1\"]")
    }

    @Test func onlyChangedFieldsAreAudited() throws {
        let store = try TestData.twoArticles()
        let quote = try #require(try store.quotes(matching: .all).first)
        try store.recordVerdict(quoteID: quote.id, change: VerdictChange(status: .verified), reviewer: "ann")
        try store.recordVerdict(quoteID: quote.id, change: VerdictChange(status: .verified, note: "n"),
                                reviewer: "bob")
        try store.recordVerdict(quoteID: quote.id, change: VerdictChange(note: "n"), reviewer: "cy")
        let history = try store.history(quoteID: quote.id)
        #expect(history.map(\.field) == ["status", "note"])
        #expect(history.map(\.who) == ["ann", "bob"])
        #expect(try store.quote(id: quote.id)?.reviewedBy == "bob")
    }

    @Test func evidenceIsAppendedOnce() throws {
        let store = try TestData.twoArticles()
        let id = try #require(try store.quotes(matching: .all).first?.id)
        for url in ["https://a.example", "https://b.example", "https://a.example"] {
            try store.recordVerdict(quoteID: id, change: VerdictChange(evidence: url), reviewer: "ann")
        }
        #expect(try store.quote(id: id)?.evidence == ["https://a.example", "https://b.example"])
        #expect(try store.history(quoteID: id).count == 2)
    }

    @Test func dateAndTextCorrectionsAreAuditedAndKeepTheClaim() throws {
        let store = try TestData.twoArticles()
        let quote = try #require(try store.quotes(matching: .all).first)
        let updated = try store.recordVerdict(
            quoteID: quote.id, change: VerdictChange(saidOn: "2024-04-29", text: "We shall win."), reviewer: "ann")
        #expect(updated.saidOn == "2024-04-29")
        #expect(updated.text == "We shall win.")
        // The reviewer's day changes the basis too, and the trail says so.
        #expect(try store.history(quoteID: quote.id).map(\.field) == ["said_on", "said_on_basis", "text"])
        #expect(throws: StoreError.invalidDate("29/04/2024")) {
            try store.recordVerdict(quoteID: quote.id, change: VerdictChange(saidOn: "29/04/2024"), reviewer: "ann")
        }
        #expect(throws: StoreError.emptyText(quote.id)) {
            try store.recordVerdict(quoteID: quote.id, change: VerdictChange(text: "  "), reviewer: "ann")
        }
    }

    @Test func unknownQuoteIsNamed() throws {
        let store = try TestData.twoArticles()
        let error = #expect(throws: StoreError.self) {
            try store.recordVerdict(quoteID: 42, change: VerdictChange(status: .verified), reviewer: "ann")
        }
        #expect(error?.localizedDescription == "no quote with id 42")
        #expect(throws: StoreError.noQuote(42)) { try store.history(quoteID: 42) }
    }

    @Test func vocabulariesValidateTheirInput() throws {
        #expect(try Status(validating: "out-of-context") == .outOfContext)
        #expect(try Rating(validating: "mostly-false") == .mostlyFalse)
        #expect(throws: StoreError.unknownStatus("ok")) { try Status(validating: "ok") }
        let error = #expect(throws: StoreError.self) { try Rating(validating: "meh") }
        #expect(error?.localizedDescription
            == "unknown rating 'meh': use one of true, mostly-true, half-true, mostly-false, false, unproven")
    }

    @Test func theAuditTrailCannotBeRewritten() throws {
        let store = try TestData.twoArticles()
        let id = try #require(try store.quotes(matching: .all).first?.id)
        try store.recordVerdict(quoteID: id, change: VerdictChange(status: .verified), reviewer: "ann")
        #expect(throws: DatabaseError.self) {
            try store.writer.write { db in try db.execute(sql: "UPDATE audit SET who = 'eve'") }
        }
        #expect(throws: DatabaseError.self) {
            try store.writer.write { db in try db.execute(sql: "DELETE FROM audit") }
        }
        #expect(try store.history(quoteID: id).map(\.who) == ["ann"])
    }
}
