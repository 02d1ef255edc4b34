/// The numeric windows of the attribution rules, named in one place.
///
/// Each counts words (or tokens, or paragraphs) as its name says; they bound
/// how far a rule looks, so that a phrase far from the quote is not taken
/// for its speaker.
enum AttributionLimits {
    /// The most words a speaker phrase walks over from its cue ("the county's longtime chief medical examiner").
    static let speakerPhraseWords = 8
    /// The most capitalised words before a lower-case title kept in the role as the
    /// team or body it belongs to ("Yankees manager", "Washington Post columnist").
    static let titleOwnerWords = 3
    /// The most words an unnamed source's description keeps ("someone in the public who called into the meeting").
    static let unnamedDescriptionWords = 12
    /// The most words read after "according to".
    static let accordingToWords = 10
    /// The most words of a name after a dash or before a colon ("— Dana Reyes, county attorney").
    static let dashNameWords = 6
    /// The most tokens between a closing mark and the cue of the clause after it.
    static let cueAfterQuoteWindow = 30
    /// The most words of an apposition that may name a person (", former White House adviser Fiona Hill").
    static let appositionWords = 10
    /// The most words of an apposition kept as a role (", a former director at the council,").
    static let appositionRoleWords = 14
    /// The most words of a comma-set phrase that may be a name.
    static let namedChunkWords = 6
    /// The most words of the phrase a "who" stands for ("a career Army officer who …").
    static let whoAntecedentWords = 6
    /// The most words of a sentence that is only a name after a quote ("“…” Reyes.").
    static let nameSentenceWords = 3
    /// How far into the sentence after a quote its cue may stand ("“…” Reyes said.").
    static let nextSentenceCueReach = 12
    /// The same when the sentence opens with a name and an apposition ("He Jianxiong, the former …, said").
    static let nextSentenceCueReachWithApposition = 24
    /// How many words after a closing mark a tag's cue may stand for the tag to govern the quote ("…,” Mr. Dana Reyes said").
    static let tightTagWords = 5
    /// The most words of a relative clause kept in an unnamed source's description (", who runs the budget office,").
    static let relativeClauseWords = 10
    /// How many paragraphs back the last voice is carried to a bare quote.
    static let carriedVoiceParagraphs = 1
    /// Letters a span must have for its repeat of an earlier quote's words to give it that
    /// quote's speaker (``RepeatedWordsRule``): fewer is a common phrase, not a repeat.
    static let repeatedWordsLetters = 20
    /// The same across paragraphs of narration that quote no one and make no person their subject.
    static let carriedVoiceParagraphsAcrossNarration = 2
}
