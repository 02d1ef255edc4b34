import Testing
@testable import Extract

/// The lexicon: each list written once, verb forms made by English spelling
/// rules from lemmas, subsets drawn from tags.
@Suite("Lexicon")
struct LexiconTests {
    @Test("no word list has an entry written twice", arguments: Lexicon.wordLists.map(\.name))
    func noDuplicates(list: String) throws {
        let words = try #require(Lexicon.wordLists.first { $0.name == list }).words
        var seen: Set<String> = []
        let repeated = words.filter { !seen.insert($0).inserted }
        #expect(repeated.isEmpty, "\(list) repeats \(repeated)")
    }

    @Test("no two verbs of the table make the same form")
    func noFormFromTwoLemmas() {
        var owner: [String: String] = [:]
        var clashes: [String] = []
        for verb in Lexicon.verbs {
            for form in verb.forms {
                if let other = owner[form], other != verb.lemma { clashes.append("\(form): \(other), \(verb.lemma)") }
                owner[form] = verb.lemma
            }
        }
        #expect(clashes.isEmpty, "\(clashes)")
    }

    @Test("the group list does not repeat a plural it already gets from the organisation nouns")
    func groupListLeavesDerivedPluralsOut() {
        let derived = Set(Lexicon.organisationNounList.map(Inflection.withS))
        #expect(Lexicon.groupNounList.filter(derived.contains).isEmpty)
        #expect(Set(["ministries", "agencies", "departments", "officials", "pair"]).subtracting(Lexicon.groupNouns).isEmpty)
    }

    @Test("a verb's forms follow English spelling", arguments: [
        (Verb("say", past: "said"), ["say", "says", "said", "saying"]),
        (Verb("tell", past: "told"), ["tell", "tells", "told", "telling"]),
        (Verb("write", past: "wrote", participle: "written"), ["write", "writes", "wrote", "written", "writing"]),
        (Verb("see", past: "saw", participle: "seen"), ["see", "sees", "saw", "seen", "seeing"]),
        (Verb("note"), ["note", "notes", "noted", "noting"]),
        (Verb("agree"), ["agree", "agrees", "agreed", "agreeing"]),
        (Verb("reply"), ["reply", "replies", "replied", "replying"]),
        (Verb("convey"), ["convey", "conveys", "conveyed", "conveying"]),
        (Verb("stress"), ["stress", "stresses", "stressed", "stressing"]),
        (Verb("preach"), ["preach", "preaches", "preached", "preaching"]),
        (Verb("whisper"), ["whisper", "whispers", "whispered", "whispering"]),
        (Verb("admit", doubling: .always), ["admit", "admits", "admitted", "admitting"]),
        (Verb("label", doubling: .british), ["label", "labels", "labeled", "labelled", "labeling", "labelling"]),
        (Verb("eulogize"), ["eulogize", "eulogizes", "eulogized", "eulogizing", "eulogise", "eulogises", "eulogised", "eulogising"]),
        (Verb("laugh", [.manner]), ["laughs", "laughed"]),
        (Verb("gush", [.manner]), ["gushes", "gushed"]),
        (Verb("rule", except: ["rules", "ruling"]), ["rule", "ruled"]),
        (Verb("swear", past: "swore", participle: "sworn", except: ["sworn"]), ["swear", "swears", "swore", "swearing"]),
    ])
    func forms(verb: Verb, expected: [String]) {
        #expect(verb.forms == expected)
    }

    @Test("-ie verbs take -ying, and a British doubling keeps both spellings of the past")
    func spellingRules() {
        #expect(Inflection.presentParticiple("lie") == ["lying"])
        #expect(Inflection.past("signal", doubling: .british) == ["signaled", "signalled"])
        #expect(Inflection.withS("ministry") == "ministries")
        #expect(Inflection.withS("day") == "days")
    }

    @Test("only the past and third-person forms of an invertible verb stand before a subject")
    func finiteForms() {
        #expect(Verb("say", past: "said").finiteForms == ["says", "said"])
        #expect(Verb("insist").finiteForms == ["insists", "insisted"])
    }

    @Test("the speech verbs news uses are cues in every form", arguments: [
        "said", "says", "whispers", "whispered", "instructed", "implores", "eulogized", "reaffirmed", "assailed",
        "depicted", "urges", "told", "written", "spoke",
    ])
    func cue(form: String) {
        let isCue = Lexicon.cueVerbs.contains(form)
        #expect(isCue)
    }

    @Test("a form a verb leaves out is one its spelling rules make (no typo leaves it in by mistake)")
    func excludedFormsAreRealForms() {
        for verb in Lexicon.verbs {
            let made = Set(verb.generatedForms)
            #expect(verb.excluded.allSatisfy(made.contains), "\(verb.lemma): \(verb.excluded)")
        }
    }

    @Test("forms that news mostly writes as nouns or adjectives are not cues", arguments: [
        "reports", "rules", "ruling", "branding", "brands", "alleging", "protests", "objects", "terms", "thanks", "comments",
        "laugh", "laughing", "sworn",
    ])
    func notACue(form: String) {
        let isCue = Lexicon.cueVerbs.contains(form)
        #expect(!isCue)
    }

    @Test("every framing cue and every invertible cue is a cue")
    func subsetsAreCues() {
        #expect(!Lexicon.framingCues.isEmpty)
        #expect(Lexicon.framingCues.subtracting(Lexicon.cueVerbs).isEmpty)
        #expect(Lexicon.invertibleCues.subtracting(Lexicon.cueVerbs).isEmpty)
        #expect(Set(["called", "described", "dubbed"]).subtracting(Lexicon.framingCues).isEmpty)
        #expect(Set(["said", "says", "added", "wrote"]).subtracting(Lexicon.invertibleCues).isEmpty)
    }
}
