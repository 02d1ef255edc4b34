import Foundation
@testable import Server
import Testing

/// The desk's small rules, without a server.
@Suite("The web desk's rules")
struct DeskUnitTests {
    @Test("a URL is a link only when it is absolute http(s) with a host", arguments: [
        ("https://example.org/a", true), ("http://example.org", true), ("HTTPS://EXAMPLE.ORG/", true),
        ("javascript:alert(1)", false), ("JavaScript:alert(1)", false), ("data:text/html,<b>x</b>", false),
        ("//example.org/a", false), ("urn:sha256:abc", false), ("/quotes/1", false), ("", false),
    ])
    func links(url: String, isLink: Bool) {
        #expect(LinkRule.isLink(url) == isLink)
    }

    @Test("form fields: + is a space, escapes decode, the first value wins, a broken escape stays as sent")
    func formFields() {
        let fields = FormFields(encoded: "name=ana+b&password=a%26b%3Dc&name=other&bad=%zz&empty=")
        #expect(fields["name"] == "ana b")
        #expect(fields["password"] == "a&b=c")
        #expect(fields["bad"] == "%zz")
        #expect(fields["empty"] == "")
        #expect(fields.nonEmpty("empty") == nil)
        #expect(fields["missing"] == nil)
    }

    @Test("the paragraph is cut at the quote's offsets in Unicode scalars; offsets that do not fit mark nothing")
    func cut() {
        let paragraph = "Il a dit « é😀 » hier."
        let cut = QuotePage.cut(paragraph, start: 9, end: 13)
        #expect(cut.head == "Il a dit ")
        #expect(cut.marked == "« é😀")
        #expect(cut.head + cut.marked + cut.tail == paragraph)
        #expect(QuotePage.cut(paragraph, start: 5, end: 500).marked.isEmpty)
        #expect(QuotePage.cut(paragraph, start: nil, end: 3).head == paragraph)
    }

    @Test("only loopback hosts may serve plain HTTP without --insecure-http", arguments: [
        ("127.0.0.1", true), ("127.8.9.10", true), ("localhost", true), ("::1", true),
        ("0.0.0.0", false), ("192.168.1.2", false), ("127.0.0.1.example.org", false), ("desk.example.org", false),
    ])
    func loopback(host: String, isLoopback: Bool) {
        #expect(DeskConfiguration.isLoopback(host) == isLoopback)
    }

    @Test("account names and passwords")
    func accountRules() {
        #expect(AccountRules.problem(withName: "ana") == nil)
        #expect(AccountRules.problem(withName: "") != nil)
        #expect(AccountRules.problem(withName: "ana\n") != nil)
        #expect(AccountRules.problem(withPassword: "1234567") != nil)
        #expect(AccountRules.problem(withPassword: "12345678") == nil)
        #expect(AccountRules.problem(withPassword: String(repeating: "é", count: 37)) != nil)
    }

    @Test("bcrypt: a hash checks its password only, and differs each time (salted)")
    func bcrypt() {
        let hasher = PasswordHasher(cost: 4)
        let a = hasher.hash("a long password"), b = hasher.hash("a long password")
        #expect(a != b)
        #expect(a.hasPrefix("$2"))
        #expect(hasher.verify("a long password", against: a))
        #expect(!hasher.verify("a long passwore", against: a))
    }

    @Test("session tokens are 256 random bits; the store gets their SHA-256")
    func tokens() {
        let tokens = Set((0..<100).map { _ in SessionToken.random() })
        #expect(tokens.count == 100)
        #expect(tokens.allSatisfy { $0.count == 43 && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } })
        #expect(SessionToken.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SessionToken.constantTimeEqual("abc", "abc"))
        #expect(!SessionToken.constantTimeEqual("abc", "abd"))
        #expect(!SessionToken.constantTimeEqual("abc", "abcd"))
    }

    @Test("every template parses and the layout escapes what it is given")
    func templates() {
        for name in ["layout", "signin", "queue", "quote", "error", "undo"] {
            #expect(HTMLPage.library.getTemplate(named: name) != nil, "\(name)")
        }
        struct Model { var heading = "H"; var message = "<script>x</script> & \"'" }
        let html = HTMLPage.library.render(Model(), withTemplate: "error") ?? ""
        #expect(html.contains("&lt;script&gt;x&lt;/script&gt; &amp; &quot;&#39;"))
        #expect(!html.contains("<script>"))
    }
}
