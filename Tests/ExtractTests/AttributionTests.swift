import Testing
@testable import Extract

/// Extracts from plain paragraphs published on 2025-11-26 (a Wednesday).
private func extract(_ paragraphs: [String]) -> [Quote] {
    QuoteExtractor.quotes(in: paragraphs, publishedOn: "2025-11-26")
}

@Suite("Quote attribution")
struct AttributionTests {
    @Test("“…,” she said: the pronoun resolves to the person last named")
    func pronounAfterQuote() {
        let quotes = extract([
            "Prosecutor Eva-Marie Persson spoke in Stockholm.",
            "“The evidence has weakened considerably,” she said.",
        ])
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == "Eva-Marie Persson")
        #expect(quotes.first?.kind == .direct)
        #expect(quotes.first?.cue == "said")
    }

    @Test("said Smith, inverted after the quote, with the surname resolved")
    func invertedAttribution() {
        let quotes = extract([
            "Senator Jane Smith of Ohio opposed the bill.",
            "“We will not rush this,” said Smith.",
        ])
        #expect(quotes.map(\.speaker) == ["Jane Smith"])
        #expect(quotes.first?.speakerRole == "Senator")
    }

    @Test("Name said: “…” before the quote")
    func colonBeforeQuote() {
        let quotes = extract(["Mayor Karen Bass said: “The city is ready for the storm.”"])
        #expect(quotes.map(\.speaker) == ["Karen Bass"])
        #expect(quotes.first?.text == "The city is ready for the storm.")
    }

    @Test("According to X, “…”")
    func accordingTo() {
        let quotes = extract(["According to Maria Lopez, “the numbers do not add up.”"])
        #expect(quotes.map(\.speaker) == ["Maria Lopez"])
    }

    @Test("a second span after “…,” she said, “…” has the same speaker")
    func splitQuote() {
        let quotes = extract(["“We are done,” Anna Berg said, “and we are going home.”"])
        #expect(quotes.map(\.speaker) == ["Anna Berg", "Anna Berg"])
        #expect(quotes.map(\.text) == ["We are done,", "and we are going home."])
    }

    @Test("a quote running over paragraphs is one record, joined by a space")
    func multiParagraph() {
        let quotes = extract([
            "Coach Tom Riley said: “We lost the game in the first half.",
            "“We have to be better, and we will be.”",
            "The team flies home on Friday.",
        ])
        #expect(quotes.count == 1)
        #expect(quotes.first?.text == "We lost the game in the first half. We have to be better, and we will be.")
        #expect(quotes.first?.speaker == "Tom Riley")
    }

    @Test("scare quotes and titles with no speaker are not quotes")
    func scareQuotes() {
        let quotes = extract([
            "The so-called “peace dividend” never came.",
            "The film “Oppenheimer” won seven awards.",
            "Critics called the plan “woke” nonsense, but the “reform” passed.",
        ])
        #expect(!quotes.contains { $0.text == "peace dividend" })
        #expect(!quotes.contains { $0.text == "Oppenheimer" })
        #expect(!quotes.contains { $0.text == "reform" })
    }

    @Test("dates: explicit, a weekday, yesterday and a coarse period")
    func dates() {
        let quotes = extract([
            "On November 24, Mayor Karen Bass said the city was “ready.”",
            "Governor Gavin Newsom said on Monday that the state was “prepared.”",
            "Karen Bass said yesterday that it was “over.”",
            "Gavin Newsom said last week that it was “fine.”",
        ])
        #expect(quotes.map(\.saidOn) == ["2025-11-24", "2025-11-24", "2025-11-25", nil])
        #expect(quotes.map(\.saidOnBasis) == [.explicit, .relative, .relative, .period])
    }

    @Test("straight quotes as inches are not quotation marks")
    func inches() {
        let quotes = extract(["The screen measures 6\" across, said Ana Ruiz, who sells them."])
        #expect(quotes.isEmpty)
    }
}
