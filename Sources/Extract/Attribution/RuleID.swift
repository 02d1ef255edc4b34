/// The id of an attribution rule: which pattern found a quote's speaker.
///
/// Every extracted quote carries one (``Quote/rule``), so that a reviewer can
/// tell a quote attributed by an explicit cue next to a name from one whose
/// voice was carried over from an earlier sentence, and so that the benchmark
/// can give each rule's precision. The raw values are the stable ids that
/// records, exports and the benchmark print.
enum RuleID: String, Sendable, CaseIterable {
    // MARK: After the quote ("“…,” Smith said")

    /// `“…,” Dana Reyes said`: the subject before a cue after the quote.
    case cueAfter = "cue-after"
    /// `“…,” said Dana Reyes` / `“…,” said one official`: a cue then its subject.
    case invertedAfter = "inverted-after"
    /// `“…” — Dana Reyes`: a dash and a name, no verb.
    case dashName = "dash-name"

    // MARK: Before the quote ("Smith said: “…”")

    /// `Dana Reyes said “…”`, `described it as “…”`: the subject of a cue before the quote.
    case cueBefore = "cue-before"
    /// `said Dana Reyes: “…”`: a cue before its subject, before the quote.
    case invertedBefore = "inverted-before"
    /// `a retired officer who described it as “…”`: the phrase a relative pronoun stands for.
    case whoClause = "who-clause"
    /// `allowed Reyes to call it “…”`: the name before "to".
    case toInfinitive = "to-infinitive"
    /// `The coroner, Sam Ortiz, who …, told`: the name among comma-set phrases.
    case namedApposition = "named-apposition"
    /// `Reyes, a lawyer for the family, told`: the subject before an apposition.
    case subjectApposition = "subject-apposition"
    /// `She did not give a date, but said it would be “…”`: the subject a second cue shares.
    case sharedSubject = "shared-subject"
    /// `Reyes tweeted that Ortiz spoke “…”`: a cue inside the report of an earlier one; the earlier subject.
    case reportedReport = "reported-report"
    /// `Reyes’s announcement that it was “historic”`: the owner of a speech noun.
    case possessiveSpeech = "possessive-speech"
    /// `Reyes had a similar view: “…”`: a cue-less sentence leading in with a colon.
    case colonLead = "colon-lead"

    // MARK: Either side

    /// `According to Reyes, “…”` / `“…,” according to court records`.
    case accordingTo = "according-to"
    /// `As Reyes put it, “…”` / `“…,” as Reyes put it`.
    case putIt = "put-it"

    // MARK: The next sentence

    /// `“…” Reyes said.`: a cue in the sentence after the quote's own.
    case nextSentence = "next-sentence"
    /// `“…” Reyes.`: a sentence that is nothing but a name the article gave in full.
    case nameSentence = "name-sentence"

    // MARK: Quotes with no cue of their own

    /// `Reyes expects three launches. “…”`: the person the paragraph has just made its subject.
    case paragraphSubject = "paragraph-subject"
    /// A paragraph that is only a quote, after one whose closing sentence has a person as subject.
    case previousParagraphSubject = "previous-paragraph-subject"
    /// `Reyes told reporters that it was over. “…”`: the speaker of the sentence before, which reports speech.
    case reportingSentence = "reporting-sentence"
    /// A bare quote continuing the voice of the quote just before.
    case previousSpeaker = "previous-speaker"
    /// Words in the first person, in the paragraph of the last quote, with no other name.
    case firstPerson = "first-person"
    /// A span with no speaker of its own that repeats words of a quote already attributed.
    case repeatedWords = "repeated-words"

    /// `was described as “reckless” by the conservation department`: a passive cue before the
    /// quote, its agent in the "by" phrase right after the closing mark.
    case passiveAgent = "passive-agent"

    // MARK: Quotes inside quotes

    /// `“I heard Dana Reyes ask, ‘Is it done?’”`: a quote inside a quote, with a cue of its own whose subject is someone else.
    case nestedQuote = "nested-quote"
}
