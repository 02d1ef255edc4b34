import Foundation

/// Whether a speaker's role reads as a role, and so may be published as a
/// person's `jobTitle` in ClaimReview.
///
/// A role comes from the extractor, from `mark --role` or from another
/// workbench's export, and not every one names a job: a stray determiner
/// ("the"), a place ("Kyiv", "in New York") or an organisation ("Reuters")
/// sometimes stands where a role would. The test, in two steps:
///
/// 1. Function words (articles, determiners, pronouns, prepositions and
///    conjunctions: "the", "his", "of", "in", "and", …) and words without a
///    letter are set aside. If nothing is left, it is no role.
/// 2. What is left reads as a role when one of its words is written in lower
///    case (a common noun: "lawyer for the family", "the city's mayor",
///    "spokeswoman") or is a title word (``titleWords``: "Mayor", "U.S.
///    President", "Secretary of State"). Capitalised words alone, none of
///    them a title ("Kyiv", "Reuters", "New York", "The Kremlin"), are a
///    name, not a role.
///
/// A role that fails is left out of `jobTitle` (the speaker is still named);
/// it is never rewritten.
public enum JobTitle {
    /// Whether `role` reads as a role (see the type's description).
    public static func isRole(_ role: String) -> Bool {
        let words = role.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "/" || $0 == "," })
            .map { $0.trimmingCharacters(in: .punctuationCharacters.union(.symbols)) }
            .filter { word in word.contains(where: \.isLetter) }
            .filter { !functionWords.contains($0.lowercased()) }
        return words.contains { word in
            isTitle(word) || word.first(where: \.isLetter).map(\.isLowercase) == true
        }
    }

    /// Whether a word is a title word, in any case, singular or plural ("Ministers").
    static func isTitle(_ word: String) -> Bool {
        var lower = word.lowercased()
        for suffix in ["'s", "\u{2019}s"] where lower.hasSuffix(suffix) { lower.removeLast(2) }
        lower = lower.replacingOccurrences(of: ".", with: "")
        if titleWords.contains(lower) { return true }
        return lower.hasSuffix("s") && titleWords.contains(String(lower.dropLast()))
    }

    /// Words that carry no meaning of their own, lower case.
    static let functionWords: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "his", "her", "hers", "its", "their", "theirs", "our",
        "ours", "my", "your", "he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "me", "who", "whom",
        "which", "of", "in", "on", "at", "for", "from", "to", "by", "with", "and", "or", "but", "as", "about", "over",
        "under", "into", "after", "before", "also", "then", "there", "here", "now", "said", "says", "told",
    ]

    /// Title words that a capitalised role may be made of, lower case, without dots.
    public static let titleWords: Set<String> = [
        "president", "vice", "prime", "minister", "secretary", "chancellor", "premier", "mayor", "governor",
        "senator", "congressman", "congresswoman", "congressperson", "representative", "rep", "sen", "gov",
        "lawmaker", "legislator", "mp", "mep", "mla", "msp", "td", "councillor", "councilor", "councilman",
        "councilwoman", "councilmember", "alderman", "speaker", "leader", "chair", "chairman", "chairwoman",
        "chairperson", "ceo", "cfo", "coo", "cto", "chief", "executive", "officer", "director", "manager", "head",
        "founder", "cofounder", "co-founder", "owner", "partner", "principal", "dean", "provost", "rector",
        "professor", "prof", "dr", "doctor", "lecturer", "researcher", "scientist", "economist", "analyst",
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "adviser", "advisor", "aide", "envoy",
        "ambassador", "diplomat", "consul", "attaché", "commissioner", "commander", "general", "admiral", "colonel",
        "major", "captain", "lieutenant", "sergeant", "marshal", "brigadier", "corporal", "chief-of-staff", "judge",
        "justice", "magistrate", "prosecutor", "attorney", "lawyer", "counsel", "solicitor", "barrister", "sheriff",
        "constable", "inspector", "superintendent", "detective", "king", "queen", "prince", "princess", "emperor",
        "sultan", "emir", "sheikh", "monarch", "pope", "bishop", "archbishop", "cardinal", "rabbi", "imam", "pastor",
        "reverend", "rev", "father", "president-elect", "mayor-elect", "governor-elect", "senator-elect", "deputy",
        "assistant", "associate", "undersecretary", "under-secretary", "comptroller", "treasurer", "auditor",
        "registrar", "coach", "editor", "correspondent", "reporter", "columnist", "author", "candidate", "nominee",
        "official", "chairs", "taoiseach", "tanaiste", "tánaiste", "ombudsman", "administrator", "trustee",
        "board-member", "member", "whip",
    ]
}
