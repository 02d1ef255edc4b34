@testable import Corroborate
import Testing

@Suite("Reported quotes against the debate transcript")
struct FindingTests {
    let corroborator = Corroborator(statements: Debate.statements)

    func kinds(_ text: String, by speaker: String? = Debate.holloway, on day: String? = Debate.day) -> [FindingKind] {
        corroborator.findings(for: Debate.quote(7, text, by: speaker, on: day)).map(\.kind)
    }

    @Test("verbatim, with curly quotes and other punctuation, names the passage and its offsets")
    func verbatim() throws {
        let findings = corroborator.findings(for: Debate.quote(
            7, "We will invest four billion pounds in rural hospitals", by: "Ms Holloway"))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.kind == .verbatim)
        #expect(finding.score == 1)
        #expect(finding.statementID == 1)
        #expect(finding.sourceSHA256 == "a1b2")
        #expect(finding.diff == "")
        #expect(finding.passage == "We will invest four billion pounds in rural hospitals")
        let text = Debate.statements[0].text.unicodeScalars
        #expect(String(String.UnicodeScalarView(text.dropFirst(finding.start).prefix(finding.end - finding.start)))
                == finding.passage)
    }

    @Test("a distinctive partial quote is verbatim")
    func partial() {
        #expect(kinds("four billion pounds in rural hospitals") == [.verbatim])
    }

    @Test("a short common phrase finds nothing")
    func commonPhrase() {
        #expect(kinds("we will not") == [])
        #expect(kinds("let me be clear") == [])
    }

    @Test("one changed word is a misquote, with the word diff")
    func changedWord() throws {
        let finding = try #require(corroborator.findings(for: Debate.quote(
            7, "We will invest four billion pounds in urban hospitals", by: Debate.holloway)).first)
        #expect(finding.kind == .misquoted)
        #expect(finding.diff == "we will invest four billion pounds in [-rural-] {+urban+} hospitals")
        #expect(finding.score > 0.8 && finding.score < 1)
    }

    @Test("a dropped \"not\" inside the quote is a misquote")
    func droppedNot() throws {
        let finding = try #require(corroborator.findings(for: Debate.quote(
            7, "This government will raise taxes on working families.", by: Debate.holloway)).first)
        #expect(finding.kind == .misquoted)
        #expect(finding.diff == "this government will [-not-] raise taxes on working families")
    }

    @Test("cutting the adjoining negation or condition is a truncation")
    func truncated() throws {
        #expect(kinds("raise taxes on working families") == [.truncated])
        #expect(kinds("We will support the spring budget in full", by: Debate.okafor) == [.truncated])
        #expect(kinds("sell the national grid") == [.truncated])
        let cut = try #require(corroborator.findings(for: Debate.quote(
            7, "we will cut the deficit by half", by: Debate.holloway)).first)
        #expect(cut.kind == .truncated)
        #expect(cut.diff.hasPrefix("[-if the member opposite votes against this budget-] we will cut"))
        #expect(cut.passage.hasPrefix("If the member opposite"))
    }

    @Test("two sentences spliced together")
    func spliced() throws {
        let finding = try #require(corroborator.findings(for: Debate.quote(
            7, "This government will not raise taxes on working families, we will never sell the national grid",
            by: Debate.holloway)).first)
        #expect(finding.kind == .spliced)
        #expect(finding.diff.contains("[-"))
        let across = kinds("we will cut the deficit by half. We will invest four billion pounds in rural hospitals")
        #expect(across == [.spliced])
    }

    @Test("the words given to the wrong member")
    func misattributed() throws {
        let findings = corroborator.findings(for: Debate.quote(
            7, "Our schools are crumbling while ministers give themselves pay rises", by: Debate.holloway))
        let finding = try #require(findings.first)
        #expect(findings.map(\.kind) == [.misattributed])
        #expect(finding.speaker == Debate.okafor)
        #expect(finding.score == 1)
    }

    @Test("an unattributed quote is checked against everyone, never misattributed")
    func unattributed() {
        #expect(kinds("Our schools are crumbling while ministers give themselves pay rises", by: nil) == [.verbatim])
    }

    @Test("a quote with no counterpart produces no finding")
    func noCounterpart() {
        #expect(kinds("The railway strike will end by Friday, the union leader promised") == [])
    }

    @Test("statements outside the window are not compared; undated quotes are")
    func window() {
        #expect(kinds("We will invest four billion pounds in rural hospitals", on: "2025-06-30") == [])
        #expect(kinds("We will invest four billion pounds in rural hospitals", on: nil) == [.verbatim])
        let wide = Corroborator(statements: Debate.statements, options: CorroborationOptions(windowDays: nil))
        #expect(wide.findings(for: Debate.quote(7, "We will invest four billion pounds in rural hospitals",
                                                by: Debate.holloway, on: "2026-01-01")).map(\.kind) == [.verbatim])
    }
}
