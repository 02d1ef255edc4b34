import Testing
@testable import Ingest

@Suite("Document kinds")
struct DocumentKindTests {
    static let heads = [
        "<?xml version=\"1.0\"?><!-- c --><!DOCTYPE x><rss version=\"2.0\">", "<!--><feed xmlns=\"a\">",
        "\u{FEFF}<akomaNtoso>", "  \n<html lang=en>", "<!doctype html><HTML>", "<publicwhip><speech>",
        "<root><speech by=\"x\">", "<a:Feed>", "<naïve>", "<", "no markup", "<!-- unterminated", "<é-x>",
    ]

    @Test("the first element's name is read past declarations, comments and DOCTYPEs")
    func firstElementNames() {
        let expected: [String?] = ["rss", "feed", "akomaNtoso", "html", "HTML", "publicwhip", "root", "a:Feed",
                                   "naïve", nil, nil, nil, "é-x"]
        for (head, name) in zip(Self.heads, expected) {
            #expect(DocumentKind.firstElementName(in: Array(head.utf8)) == name, "\(head)")
        }
        // A non-ASCII run stops where `Character`s stop being letters.
        #expect(DocumentKind.firstElementName(in: Array("<été’s>".utf8)) == "été")
    }

    @Test("feeds, transcripts and pages are told apart")
    func kinds() {
        #expect(DocumentKind.detect(Array(Self.heads[0].utf8)) == .feed)
        #expect(DocumentKind.detect(Array(Self.heads[1].utf8)) == .feed)
        #expect(DocumentKind.detect(Array(Self.heads[2].utf8)) == .transcript)
        #expect(DocumentKind.detect(Array(Self.heads[4].utf8)) == .html)
        #expect(DocumentKind.detect(Array(Self.heads[6].utf8)) == .transcript)
        #expect(DocumentKind.detect(Array(Self.heads[7].utf8)) == .feed)
    }
}
