import Foundation
import Testing
@testable import Store

@Suite struct SpeakerTests {
    @Test func listGivesCountsAndAliases() throws {
        let store = try TestData.twoArticles()
        let speakers = try store.speakers()
        #expect(speakers.map(\.name) == ["Bob Jones", "Jane Smith"])
        #expect(speakers.map(\.quoteCount) == [1, 2])
        #expect(speakers.last?.aliases == ["Smith"])
    }

    @Test func speakersAreFoundByIdNameOrAlias() throws {
        let store = try TestData.twoArticles()
        let jane = try store.speaker("jane smith")
        #expect(try store.speaker(String(jane.id)) == jane)
        #expect(try store.speaker("Smith") == jane)
        #expect(throws: StoreError.unknownSpeaker("Nobody")) { try store.speaker("Nobody") }
    }

    @Test func mergeMovesQuotesAndAliasesAndJoinsIdenticalClaims() throws {
        let store = try ClaimsStore.inMemory()
        _ = try store.importSource(TestData.source("a"), article: TestData.article("a"), quotes: [
            TestData.quote("We will win.", by: "Jane Smith", aliases: ["Mayor Smith"]),
            TestData.quote("Taxes go down", by: "Jane Smith"),
        ])
        _ = try store.importSource(TestData.source("b"), article: TestData.article("b"), quotes: [
            TestData.quote("we will win", by: "J. Smith", aliases: ["Smithy"]),
        ])
        let before = try store.quotes(matching: .all)
        #expect(before.count == 3)
        let (kept, joined) = (before[0].id, before[2].id)
        try store.recordVerdict(quoteID: kept, change: VerdictChange(status: .verified), reviewer: "ann",
                                at: TestData.moment)
        try store.recordVerdict(quoteID: joined, change: VerdictChange(status: .misquoted, evidence: "https://e.example"),
                                reviewer: "bob", at: TestData.moment.addingTimeInterval(60))

        let merged = try store.mergeSpeaker("J. Smith", into: "Jane Smith", by: "cy")
        #expect(merged.name == "Jane Smith")
        #expect(merged.aliases == ["J. Smith", "Mayor Smith", "Smithy"])
        #expect(merged.quoteCount == 2)
        #expect(try store.speakers().map(\.name) == ["Jane Smith"])

        let after = try store.quotes(matching: .all)
        #expect(after.map(\.id) == [kept, before[1].id])
        let claim = try #require(after.first)
        #expect(claim.appearances == 2)
        #expect(claim.status == .misquoted, "the verdict reviewed last wins")
        #expect(claim.evidence == ["https://e.example"])
        #expect(try store.appearances(ofQuote: kept).count == 2)
        let trail = try store.history(quoteID: kept)
        #expect(trail.map(\.who) == ["ann", "bob", "bob", "cy", "cy", "cy"])
        let speakerEntry = try #require(trail.first { $0.field == "speaker" })
        #expect(speakerEntry.oldValue == "J. Smith")
        #expect(speakerEntry.newValue == "Jane Smith")
        #expect(speakerEntry.note == "speaker merge: J. Smith into Jane Smith")
        #expect(trail.filter { $0.note == "join #\(joined)" }.map(\.field) == ["status", "evidence"])
        // The absorbed claim is looked up through the one that stays.
        #expect(try store.snapshot(ofQuote: joined)?.quote.id == kept)
        // The speaker filter finds the claims by the old name, now an alias.
        #expect(try store.quotes(matching: QuoteFilter(speaker: "J. Smith")).count == 2)
    }

    @Test func keysStayUniqueAfterAJoin() throws {
        let store = try ClaimsStore.inMemory()
        _ = try store.importSource(TestData.source("a"), article: TestData.article("a"), quotes: [
            TestData.quote("Same words", by: "A One"), TestData.quote("Same words", by: "B Two"),
        ])
        try store.mergeSpeaker("A One", into: "B Two", by: "cy")
        // Importing the words again by B finds the live claim, not the joined one.
        _ = try store.importSource(TestData.source("c"), article: TestData.article("c"), quotes: [
            TestData.quote("same words!", by: "B Two"),
        ])
        let quotes = try store.quotes(matching: .all)
        #expect(quotes.count == 1)
        #expect(quotes.first?.appearances == 2)
        #expect(try store.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM quote WHERE merged_into IS NULL AND speaker_key != COALESCE(speaker_id, 0)")
        } == 0)
    }

    @Test func renameKeepsTheOldNameAsAliasAndAuditsEachQuote() throws {
        let store = try TestData.twoArticles()
        let renamed = try store.renameSpeaker("Jane Smith", to: "Jane Smith-Jones", by: "ann")
        #expect(renamed.name == "Jane Smith-Jones")
        #expect(renamed.aliases == ["Jane Smith", "Smith"])
        let ids = try store.quotes(matching: QuoteFilter(speaker: "Jane Smith")).map(\.id)
        #expect(ids.count == 2)
        for id in ids {
            let entry = try #require(try store.history(quoteID: id).last)
            #expect(entry.field == "speaker")
            #expect(entry.oldValue == "Jane Smith")
            #expect(entry.newValue == "Jane Smith-Jones")
        }
        #expect(throws: StoreError.speakerNameTaken("Bob Jones")) {
            try store.renameSpeaker("Jane Smith-Jones", to: "Bob Jones", by: "ann")
        }
        #expect(throws: StoreError.sameSpeaker("Bob Jones")) { try store.mergeSpeaker("Bob Jones", into: "bob jones", by: "ann") }
    }

    @Test func reassigningAQuoteIsAuditedAndUndone() throws {
        let store = try TestData.twoArticles()
        let quote = try #require(try store.quotes(matching: .all).first)
        let moved = try store.recordVerdict(quoteID: quote.id, change: VerdictChange(speaker: "Ann Other"), reviewer: "ann")
        #expect(moved.speaker == "Ann Other")
        #expect(try store.speakers().map(\.name).contains("Ann Other"))
        let entry = try #require(try store.history(quoteID: quote.id).last)
        #expect(entry.field == "speaker")
        #expect(entry.oldValue == "Jane Smith")
        #expect(entry.newValue == "Ann Other")
        #expect(try store.undoLastChange(by: "ann") == quote.id)
        #expect(try store.quote(id: quote.id)?.speaker == "Jane Smith")
        #expect(try store.history(quoteID: quote.id).last?.isUndo == true)
    }

    @Test func reassigningOntoTheSameWordsJoinsTheClaims() throws {
        let store = try TestData.twoArticles()
        // "Not today" by Bob Jones appears in a and b; give Jane a claim with those words, then correct it.
        _ = try store.importSource(TestData.source("c"), article: TestData.article("c"), quotes: [
            TestData.quote("Not today.", by: "Jane Smith"),
        ])
        let jane = try #require(try store.quotes(matching: QuoteFilter(speaker: "Jane Smith")).last)
        let bob = try #require(try store.quotes(matching: QuoteFilter(speaker: "Bob Jones")).first)
        let result = try store.recordVerdict(quoteID: jane.id, change: VerdictChange(speaker: "bob jones"), reviewer: "ann")
        #expect(result.id == bob.id)
        #expect(result.appearances == 3)
        #expect(try store.quotes(matching: .all).count == 4)
        #expect(try store.history(quoteID: bob.id).contains { $0.field == "speaker" && $0.newValue == "Bob Jones" })
    }
}
