import Foundation
import Testing
@testable import Store

@Suite struct QuoteRecordJSONTests {
    @Test func lineHoldsEveryFieldInOrderWithNulls() throws {
        let store = try TestData.twoArticles()
        let last = try #require(try store.quotes(matching: .all).last)
        #expect(last.jsonLine() == """
            {"id":\(last.id),"text":"Someone said this","kind":"direct","speaker":null,"speaker_role":null,\
            "speaker_id":null,"cue":"said","rule":null,"confidence":null,"said_on":null,"said_on_basis":"explicit","source_id":\(last.sourceID),\
            "source_url":"https://b.example/story","source_file":null,"source_title":"b",\
            "source_site":"Example News","published_at":"2024-05-01T09:00:00+02:00","paragraph":0,"start":1,\
            "end":18,"context":"\u{201C}Someone said this\u{201D} someone said.","status":"unreviewed",\
            "rating":null,"note":null,"evidence":[],"reviewed_by":null,"reviewed_at":null,"appearances":1,"version":0}
            """)
    }

    @Test func lineIsValidJSONWithEveryKey() throws {
        let store = try TestData.twoArticles()
        let first = try #require(try store.quotes(matching: .all).first)
        let verified = try store.recordVerdict(
            quoteID: first.id, change: VerdictChange(status: .verified, note: "line\none \"q\" \\ \t",
                                                     evidence: "https://e.example/?a=1&b=2"),
            reviewer: "ann")
        let line = verified.jsonLine()
        #expect(!line.contains("\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(Set(object.keys) == Set(QuoteRecord.CodingKeys.allCases.map(\.rawValue)))
        #expect(object["note"] as? String == "line\none \"q\" \\ \t")
        #expect(object["evidence"] as? [String] == ["https://e.example/?a=1&b=2"])
        #expect(object["speaker_id"] as? Int == verified.speakerID.map(Int.init))
        let decoded = try JSONDecoder().decode(QuoteRecord.self, from: Data(line.utf8))
        #expect(decoded == verified)
    }

    @Test(arguments: [
        ("plain", "\"plain\""),
        ("a\"b", "\"a\\\"b\""),
        ("back\\slash", "\"back\\\\slash\""),
        ("tab\tcr\rlf\n", "\"tab\\tcr\\rlf\\n\""),
        ("\u{01}\u{1F}", "\"\\u0001\\u001f\""),
        ("sep\u{2028}", "\"sep\\u2028\""),
        ("caf\u{E9} \u{1F600}", "\"caf\u{E9} \u{1F600}\""),
        ("\u{08}\u{0C}\u{7F}", "\"\\b\\f\u{7F}\""),
        ("\u{2027}\u{2029}\u{202A}\u{2028}", "\"\u{2027}\\u2029\u{202A}\\u2028\""),
        ("", "\"\""),
    ])
    func escapesStrings(value: String, literal: String) {
        #expect(JSONText.string(value) == literal)
    }

    @Test("every ASCII character and the line separators read back as they were written")
    func roundTrips() throws {
        let value = String(String.UnicodeScalarView((0 ..< 0x80).compactMap(Unicode.Scalar.init(_:))))
            + "\u{2028}\u{2029}“é”\u{1F600}"
        let decoded = try JSONDecoder().decode([String].self, from: Data(JSONText.array([value, "x"]).utf8))
        #expect(decoded == [value, "x"])
    }
}
