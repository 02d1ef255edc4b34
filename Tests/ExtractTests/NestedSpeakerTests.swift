import Testing
@testable import Extract

/// Issue 14's second pass: the speaker of a quote inside a quote, and a group
/// subject with capitalised place words before a plural noun (made-up sentences).
@Suite("Nested speakers and group subjects")
struct NestedSpeakerTests {
    @Test("a quote inside a quote goes to the person described in it, not to the first-person frame", arguments: [
        ("“When I was small, I heard my father say, ‘Never sell the orchard,’ and I never did,” Omar Haddad said.", "Omar Haddad's father"),
        ("“My mother told me, ‘You will be fine here,’ and she was right,” Lena Brandt said.", "Lena Brandt's mother"),
        ("“I remember my coach telling me, ‘Keep your queen home,’ every single game,” Sam Okafor said.", "Sam Okafor's coach"),
        ("“We lost the final in the last minute. Dad said, ‘Let’s go through the board again.’ So we did,” Sam Okafor said.", "Dad"),
        ("“We lost the final. My dad said, ‘Let’s go through the board again,’ and we did,” Sam Okafor said.", "Sam Okafor's dad"),
        ("“We lost. Then Dad said, ‘Let’s go through the board again,’ and we did,” Sam Okafor said.", "Dad"),
    ])
    func innerSpeaker(sentence: String, inner: String) throws {
        let quotes = extract([sentence])
        try #require(quotes.count == 2)
        #expect(quotes[1].speaker == inner)
        #expect(quotes[1].rule == "nested-quote")
    }

    @Test("capitalised place words before a plural person noun make a group that speaks", arguments: [
        ("North Dakota farmers said the new rules were “a disaster for the harvest.”", "North Dakota farmers"),
        ("Two Vermont teachers said the plan was “far too late.”", "Two Vermont teachers"),
        ("South Texas nurses said the shifts had become “impossible to cover.”", "South Texas nurses"),
        ("Iowa corn growers said the prices were “worse than anything we have seen.”", "Iowa corn growers"),
        ("West Texas ranchers said the drought had been “brutal on the herds.”", "West Texas ranchers"),
    ])
    func placeGroup(sentence: String, speaker: String) throws {
        let quotes = extract([sentence])
        try #require(quotes.count == 1)
        #expect(quotes[0].speaker == speaker)
        #expect(quotes[0].speakerType == .group)
    }
}
