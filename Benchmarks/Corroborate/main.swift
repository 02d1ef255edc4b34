// bench-corroborate: times indexing and corroboration of 10,000 quotes against
// a million words of transcripts on one core, and prints the figure.
//
//   swift run -c release bench-corroborate [--quotes N] [--words N] [--seed S]
//
// The desk is generated (seeded): speeches are sentences of words drawn from a
// word list (Zipf-like, so that common words are common), 40 speakers over a
// year. Quotes are taken from the speeches and altered the way reporters do:
// verbatim spans, one word changed, a word dropped, two sentences spliced,
// words given to another speaker, and sentences that no one said.
import BenchmarkSupport
import Corroborate
import Foundation

/// Generates the desk: speeches and the quotes reported from them.
struct Desk {
    enum Intended: String, CaseIterable { case verbatim, misquoted, dropped, spliced, misattributed, none }

    var rng: SeededGenerator
    var vocabulary: [String] = []
    let syllables = ["ka", "lo", "mi", "ren", "to", "vas", "del", "qui", "nor", "bal", "es", "tin", "gro", "par", "sen", "ul"]
    var statements: [PrimaryStatement] = []
    var sentencesOf: [[[String]]] = []
    var quotes: [ReportedQuote] = []
    var intended: [Int64: Intended] = [:]

    init(seed: UInt64, words wordTarget: Int, quotes quoteCount: Int) {
        rng = SeededGenerator(state: seed)
        vocabulary = Self.common
        while vocabulary.count < 6_000 {
            let n = Int.random(in: 2...4, using: &rng)
            var made = ""
            for _ in 0..<n { made += syllables[Int.random(in: 0..<syllables.count, using: &rng)] }
            vocabulary.append(made)
        }
        let speakers = (0..<40).map { "Member \(syllables[$0 % 16].capitalized)\(syllables[($0 / 16 + 3) % 16]) \($0)" }
        var words = 0
        while words < wordTarget {
            let sentences = (0..<Int.random(in: 3...12, using: &rng)).map { _ in sentence() }
            words += sentences.reduce(0) { $0 + $1.count }
            let day = Int.random(in: 1...28, using: &rng), month = Int.random(in: 1...12, using: &rng)
            let speaker = speakers[Int.random(in: 0..<speakers.count, using: &rng)]
            statements.append(PrimaryStatement(id: Int64(statements.count + 1), sourceID: Int64(statements.count / 50 + 1),
                                               sourceSHA256: "bench", speaker: speaker,
                                               saidOn: String(format: "2025-%02d-%02d", month, day), text: Self.written(sentences)))
            sentencesOf.append(sentences)
        }
        for n in 0..<quoteCount {
            let s = Int.random(in: 0..<statements.count, using: &rng)
            let sentences = sentencesOf[s]
            let pick = Int.random(in: 0..<100, using: &rng)
            let kind: Intended = pick < 35 ? .verbatim : pick < 50 ? .misquoted : pick < 60 ? .dropped
                : pick < 72 ? .spliced : pick < 85 ? .misattributed : .none
            var text = sentences[Int.random(in: 0..<sentences.count, using: &rng)]
            var speaker = statements[s].speaker
            switch kind {
            case .verbatim: break
            case .misquoted: text[Int.random(in: 1..<(text.count - 1), using: &rng)] = word()
            case .dropped: text.remove(at: Int.random(in: 1..<(text.count - 1), using: &rng))
            case .spliced: text = sentences[0] + sentences[2]
            case .misattributed:
                let other = speakers.filter { $0 != speaker }
                speaker = other[Int.random(in: 0..<other.count, using: &rng)]
            case .none: text = sentence()
            }
            let id = Int64(n + 1)
            intended[id] = kind
            quotes.append(ReportedQuote(id: id, text: Self.written([text]), speaker: speaker, saidOn: statements[s].saidOn))
        }
    }

    /// A word, Zipf-like: low indexes far more often.
    mutating func word() -> String {
        let u = Double.random(in: 0..<1, using: &rng)
        return vocabulary[min(vocabulary.count - 1, Int(pow(Double(vocabulary.count), u)) - 1)]
    }

    mutating func sentence() -> [String] {
        (0..<Int.random(in: 8...22, using: &rng)).map { _ in word() }
    }

    static func written(_ sentences: [[String]]) -> String {
        sentences.map { words in
            guard let first = words.first else { return "" }
            return ([first.prefix(1).uppercased() + first.dropFirst()] + words.dropFirst()).joined(separator: " ") + "."
        }.joined(separator: " ")
    }

    static let common = """
    the of and to a in that is was he for it with as his on be at by i this had not are but from or have an they which \
    one you were her all she there would their we him been has when who will more no if out so said what up its about \
    into than them can only other new some could time these two may then do first any my now such like our over man me \
    even most made after also did many before must through back years where much your way well down should because each \
    just those people how too little state good very make world still own see men work long get here between both life \
    being under never day same another know while last might us great old year off come since against go came right used \
    take three government economy budget taxes families workers schools hospitals security border plan vote bill house \
    member minister country children future jobs energy prices housing police health care defence trade deal support \
    promise reform cost deficit growth rates billion million percent week month today tomorrow together change
    """.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
}

func argument(_ name: String, default value: Int) -> Int {
    let arguments = CommandLine.arguments
    guard let at = arguments.firstIndex(of: name), at + 1 < arguments.count, let n = Int(arguments[at + 1]) else { return value }
    return n
}

let desk = Desk(seed: UInt64(argument("--seed", default: 9)), words: argument("--words", default: 1_000_000),
                quotes: argument("--quotes", default: 10_000))
let statements = desk.statements, quotes = desk.quotes, intended = desk.intended

let clock = ContinuousClock()
let indexStart = clock.now
let corroborator = Corroborator(statements: statements)
let indexTime = clock.now - indexStart
let checkStart = clock.now
let findings = corroborator.findings(for: quotes)
let checkTime = clock.now - checkStart

func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
var byKind: [FindingKind: Int] = [:]
for finding in findings { byKind[finding.kind, default: 0] += 1 }
let expected: [Desk.Intended: FindingKind?] = [.verbatim: .verbatim, .misquoted: .misquoted, .dropped: .misquoted,
                                          .spliced: .spliced, .misattributed: .misattributed, .none: nil]
var agree = 0
let findingsByQuote = Dictionary(grouping: findings, by: \.quoteID)
for quote in quotes {
    let got = Set((findingsByQuote[quote.id] ?? []).map(\.kind))
    if let wanted = expected[intended[quote.id] ?? .none] ?? nil { if got.contains(wanted) { agree += 1 } } else if got.isEmpty { agree += 1 }
}
print("desk: \(statements.count) statements, \(corroborator.wordCount) words, \(quotes.count) quotes")
print(String(format: "index:        %.2f s", seconds(indexTime)))
print(String(format: "corroborate:  %.2f s", seconds(checkTime)))
print(String(format: "total:        %.2f s on one core (target: under 10 s)", seconds(indexTime + checkTime)))
print("findings: " + FindingKind.allCases.map { "\($0.rawValue) \(byKind[$0] ?? 0)" }.joined(separator: ", "))
print(String(format: "quotes whose intended finding was found (or none, for the unsaid): %.1f%%", 100 * Double(agree) / Double(max(1, quotes.count))))
