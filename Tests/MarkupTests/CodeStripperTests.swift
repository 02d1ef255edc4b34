import Foundation
import Testing
@testable import Markup

/// The code stripper is checked against libxml2 itself: every document must
/// give the same tree whether its script and style text was taken out first
/// or not (browser data attribute values aside, which it empties).
@Suite("Script and style text taken out before parsing")
struct CodeStripperTests {
    private func trees(_ html: String) -> (stripped: Element?, whole: Element?) {
        let bytes = Array(html.utf8)
        // Browser data values may or may not be emptied (not after the stripper stops
        // in doubt), so they are compared empty on both sides; `emptiesBrowserData` checks they go.
        return (LibXML2Parser.parseHTML(utf8: bytes, url: nil, stripsCode: true).root.map(Self.emptyingBrowserData),
                LibXML2Parser.parseHTML(utf8: bytes, url: nil, stripsCode: false).root.map(Self.emptyingBrowserData))
    }

    /// The attributes whose values the stripper empties (the oracle for its own list).
    static func isBrowserData(_ name: String) -> Bool {
        let name = name.lowercased()
        if ["d", "points", "transform", "src", "srcset", "sizes"].contains(name) { return true }
        if name.hasPrefix("on") { return true }
        return name.hasPrefix("data-") && name != "data-component" && name != "data-testid"
    }

    /// `element` as the stripper should leave it: browser data attributes emptied.
    static func emptyingBrowserData(_ element: Element) -> Element {
        Element(name: element.name,
                attributes: element.attributes.map { (name: $0.name, value: isBrowserData($0.name) ? "" : $0.value) },
                children: element.children.map {
                    if case .element(let child) = $0 { return .element(emptyingBrowserData(child)) } else { return $0 }
                })
    }

    /// Pieces of markup chosen to trip a scanner that reads tags differently from libxml2.
    static let pieces: [String] = [
        "<p>Text one.</p>", "<script>var a = '<p>not text</p>';</script>", "<SCRIPT type=text/javascript>x()</SCRIPT>",
        "<style>p { color: red }</style>", "<STYLE media=\"x>y\">.a{}</STYLE >",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"s\":\"<script>\"}</script>",
        "<script type='Application/JSON'>[1]</script>", "<script type=\"text&#47;javascript\">y()</script>",
        "<!-- <script>hidden()</script> -->", "<!-- a --!> <p>after bang</p>", "<!---->", "<!-->", "<!--->",
        "<div title=\"<script>\">quoted attribute</div>", "<div title='a \"<script>'>single quotes</div>",
        "<div data-x=<script>unquoted</div>", "<div \"bogus>attr\" class=x>bogus attribute</div>",
        "<div 'q<script>'>bogus quote</div>", "</a <script>in an end tag</script>", "</ junk <b>",
        "<script/>after self-closing", "<script src=a.js></script>", "<scripts>not a script</scripts>",
        "<script.x>dotted name</script.x>", "<script>a</scriptx>b</script>", "</script>", "<p>a < b > c</p>",
        "<?php echo '<script>'; ?>", "<!DOCTYPE html>", "<![CDATA[<script>c()</script>]]>",
        "<textarea><script>t()</script></textarea>", "<title>T <script>u()</script></title>",
        "<svg><style>.s{}</style><script>v()</script></svg>", "<noscript><p>no script</p></noscript>",
        "<script>w()</SCRIPT >", "<script>\n<!--\nx()\n//-->\n</script>", "<p>déjà “vu”</p>",
        "<script type=json>", "<div id=a", "<p title=\"unterminated", "<!-- unterminated", "<script>unterminated",
        "<br/>", "<img src=x alt='<script>'>", "<a href=x>link</a>", "\n  \t", "<td>cell", "<li>item",
        "<table><tr><td><script>t1()</script></td></tr></table>", "<script>/*<style>*/</script>", "< script>not a tag",
        "<scr<script>ipt>split()</script>", "<div a= >empty value</div>", "<div a=>x</div>", "<div a=b\"c>q</div>",
        "<script TYPE = \"JSON\" >{\"k\": 1}</script>", "<script type>typeless()</script>", "<script\ntype=\"x\">nl()</script>",
        "<script async defer src=a/b.js>ab()</script>", "<style/>", "<?>", "<? not a pi <script>p()</script>",
        "<!doctype html>", "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\">", "<p>x</p ", "<script>a</script", "</style>",
        "<script>1</script><script>2</script>", "<div>&lt;script&gt;</div>", "<script>'</script>'</script>",
        // Browser data attributes, quoted, unquoted and empty, beside ones that are read.
        "<svg viewBox=\"0 0 9 9\"><path d=\"M0 0L9 9\" transform='rotate(9)'/><polygon points=1,2,3></svg>",
        "<img src=a.jpg srcset=\"a.jpg 1x, b.jpg 2x\" sizes=\"(max-width: 9px) 9px\" alt=\"An alt\" title=t>",
        "<div data-x='{\"a\":\"<p>\"}' data-component=\"text-block\" DATA-TESTID=body data-y=\"\">data</div>",
        "<a href=\"/x\" onclick=\"go('>')\" ONMOUSEOVER=h() on=x>link</a>", "<p class=\"c\" D=\"d\" data-=\"q\">d</p>",
        "<script src=\"a.js?x=1&amp;y=2\" type=\"application/ld+json\">{\"k\": \"<b>\"}</script>",
        "<img src= \"spaced.jpg\" data-src =x.jpg>", "<img src=\"unterminated", "<div data-a=\"1\" data-a=\"2\">twice</div>",
        "<img src=a/>", "<img src=>", "<p onclick=\"a\nb\">newline</p>",
    ]

    @Test("the tricky pieces one by one give the same tree as the whole page")
    func eachPiece() {
        for piece in Self.pieces {
            let html = "<html><head><title>t</title></head><body><p>before</p>\(piece)<p>after</p></body></html>"
            let (stripped, whole) = trees(html)
            #expect(stripped == whole, "\(piece)")
        }
    }

    @Test("random documents made of the tricky pieces give the same tree as the whole page")
    func randomDocuments() {
        var generator = SystemRandomNumberGenerator()
        var failures: [String] = []
        for _ in 0 ..< Int(ProcessInfo.processInfo.environment["CODE_STRIPPER_RUNS"] ?? "3000")! {
            let count = Int.random(in: 1 ... 12, using: &generator)
            let html = (0 ..< count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let (stripped, whole) = trees(html)
            if stripped != whole { failures.append(shortest(html)) }
        }
        #expect(failures.isEmpty, "\(Set(failures).sorted { $0.count < $1.count }.prefix(5))")
    }

    /// A failing document cut down, piece by piece, to what still fails.
    private func shortest(_ html: String) -> String {
        var pieces = Self.pieces.reduce(into: [String]()) { _, _ in }
        var rest = html[...]
        while !rest.isEmpty {
            guard let piece = Self.pieces.filter({ rest.hasPrefix($0) }).max(by: { $0.count < $1.count }) else { return html }
            pieces.append(piece)
            rest = rest.dropFirst(piece.count)
        }
        var k = 0
        while k < pieces.count {
            var fewer = pieces
            fewer.remove(at: k)
            let (stripped, whole) = trees(fewer.joined())
            if stripped != whole { pieces = fewer } else { k += 1 }
        }
        return pieces.joined()
    }

    @Test("script and style text is really taken out, JSON scripts keep theirs")
    func removes() {
        let html = "<head><script>a()</script><style>p{}</style><script type=application/ld+json>{}</script></head>"
        let stripped = String(decoding: CodeStripper.strip(Array(html.utf8)), as: UTF8.self)
        #expect(stripped == "<head><script></script><style></style><script type=application/ld+json>{}</script></head>")
        #expect(CodeStripper.strip(Array("<p>nothing to take</p>".utf8)) == Array("<p>nothing to take</p>".utf8))
    }

    @Test("browser data values are emptied; the attributes quotecheck reads keep theirs")
    func emptiesBrowserData() {
        let html = #"<img src=a.jpg srcset="a 1x" data-lazy='{"w":1}' class="photo" alt="Alt"><div data-component="text" onclick="f()" id=x>t</div>"#
        let stripped = String(decoding: CodeStripper.strip(Array(html.utf8)), as: UTF8.self)
        #expect(stripped == #"<img src="" srcset="" data-lazy='' class="photo" alt="Alt"><div data-component="text" onclick="" id=x>t</div>"#)
    }
}
