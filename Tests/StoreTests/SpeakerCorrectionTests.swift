import Foundation
import Testing
@testable import Store

/// `speakers role` and `speakers unalias` in the store: the change, its trail, its refusals.
@Suite struct SpeakerCorrectionTests {
    @Test func usualRoleShowsWhereTheQuoteHasNone() throws {
        let store = try TestData.twoArticles()
        let jane = try store.setSpeakerRole("Jane Smith", to: "City council leader", by: "ana", at: TestData.moment)
        #expect(jane.role == "City council leader")
        #expect(try store.speakers().first { $0.name == "Jane Smith" }?.role == "City council leader")
        let quotes = try store.quotes(matching: QuoteFilter(speaker: "Jane Smith"))
        // "We will win." has its own role (Mayor): it wins.
        #expect(quotes.map(\.speakerRole) == ["Mayor", "City council leader"])
        for quote in quotes {
            let entry = try #require(try store.history(quoteID: quote.id).last)
            #expect(entry.field == "speaker_role")
            #expect(entry.oldValue == nil)
            #expect(entry.newValue == "City council leader")
            #expect(entry.who == "ana")
            #expect(entry.note == "speaker role: Jane Smith")
        }
    }

    @Test func aRoleChangeIsNotTakenBackByUndo() throws {
        let store = try TestData.twoArticles()
        try store.setSpeakerRole("Bob Jones", to: "Senator", by: "ana")
        #expect(try store.undoLastChange(by: "ana") == nil)
        #expect(try store.speaker("Bob Jones").role == "Senator")
        try store.setSpeakerRole("Bob Jones", to: "", by: "ana")
        #expect(try store.speaker("Bob Jones").role == nil)
    }

    @Test func unaliasRemovesTheAliasAndTracesIt() throws {
        let store = try TestData.twoArticles()
        let jane = try store.removeSpeakerAlias("Jane Smith", alias: "smith", by: "bob", at: TestData.moment)
        #expect(jane.aliases.isEmpty)
        #expect(throws: StoreError.unknownSpeaker("Smith")) { try store.speaker("Smith") }
        #expect(try store.quotes(matching: QuoteFilter(speaker: "Smith")).isEmpty)
        for quote in try store.quotes(matching: QuoteFilter(speaker: "Jane Smith")) {
            let entry = try #require(try store.history(quoteID: quote.id).last)
            #expect(entry.field == "speaker_alias")
            #expect(entry.oldValue == "Smith")
            #expect(entry.newValue == nil)
            #expect(entry.who == "bob")
            #expect(entry.note == "speaker unalias: Jane Smith")
        }
    }

    @Test func anAliasTheSpeakerDoesNotHaveIsRefused() throws {
        let store = try TestData.twoArticles()
        #expect(throws: StoreError.notAnAlias(speaker: "Bob Jones", alias: "Smith")) {
            try store.removeSpeakerAlias("Bob Jones", alias: "Smith", by: "bob")
        }
        #expect(try store.speaker("Jane Smith").aliases == ["Smith"])
        let message = StoreError.notAnAlias(speaker: "Bob Jones", alias: "Smith").errorDescription ?? ""
        #expect(message.contains("Bob Jones") && message.contains("Smith"))
    }
}
