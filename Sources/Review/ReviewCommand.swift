import Foundation
import Store

/// What the reviewer asks for, from a key or a line of piped input.
public enum ReviewCommand: Sendable, Equatable {
    /// Set the status (`v` `m` `a` `o` `u`).
    case verdict(Status)
    /// Set the rating; `nil` takes it away.
    case rating(Rating?)
    /// Set the note.
    case note(String)
    /// Append an evidence URL.
    case evidence(String)
    /// Take an evidence URL out (`e -URL`).
    case removeEvidence(String)
    /// Correct the day the words were said.
    case saidOn(String)
    /// Correct the quoted words.
    case text(String)
    /// Reassign the quote to the speaker of this name.
    case speaker(String)
    /// Give the refused verdict anyway, after seeing another reviewer's change (`y`).
    case confirm
    /// Accept the corroboration finding shown (`f`): its status, and its passage as evidence.
    case acceptFinding
    /// A key that needs a line of text for `field` (`r` `n` `e` `s` `d` `t` without argument).
    case ask(ReviewField)
    /// Leave this quote for now (`space`).
    case skip
    /// Go back to the quote shown before this one (`b`).
    case back
    /// Open the quote's archived page (`w`).
    case openArchive
    /// Reverse the reviewer's last change (`z`).
    case undo
    /// Show the keys (`?`).
    case help
    /// Stop reviewing (`q`).
    case quit
    /// Input that is not a command, with the reason.
    case unknown(String)

    /// The keys that set a status.
    static let statusKeys: [Character: Status] = [
        "v": .verified, "m": .misquoted, "a": .misattributed, "o": .outOfContext, "u": .unverifiable,
    ]

    /// The command of a single keystroke (terminal mode).
    public static func parse(key: Character) -> ReviewCommand {
        if let status = statusKeys[key] { return .verdict(status) }
        if let field = ReviewField.allCases.first(where: { $0.key == key }) { return .ask(field) }
        switch key {
        case " ": return .skip
        case "b": return .back
        case "w": return .openArchive
        case "z": return .undo
        case "y": return .confirm
        case "?", "h": return .help
        case "q", "\u{03}", "\u{04}": return .quit  // q, Ctrl-C, Ctrl-D
        case "f": return .acceptFinding
        default: return .unknown("unknown key '\(key)': press ? for help")
        }
    }

    /// The command of one line of piped input: a key letter, optionally a space
    /// and an argument (`v`, `r false`, `n some note`); an empty line or
    /// `space` skips.
    ///
    /// For the fields (`r` `n` `e` `s` `d` `t`) the argument is the new value:
    /// `n TEXT` replaces the note, `e URL` adds a URL, `d DAY` replaces the day;
    /// the key alone (`n`) asks for the field and, piped, keeps it as it is;
    /// `n -` and `d -` clear the note and the day (the other fields cannot be empty).
    public static func parse(line: String) -> ReviewCommand {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty || trimmed == "space" { return .skip }
        guard let key = trimmed.first else { return .skip }
        let rest = trimmed.dropFirst()
        if rest.isEmpty { return parse(key: key) }
        guard rest.first == " " else { return .unknown("unknown command '\(trimmed)': press ? for help") }
        guard let field = ReviewField.allCases.first(where: { $0.key == key }) else {
            return .unknown("'\(key)' takes no argument")
        }
        let argument = rest.trimmingCharacters(in: .whitespaces)
        if argument == ReviewField.clearToken {
            guard field.canBeCleared else {
                return .unknown("'\(key) \(ReviewField.clearToken)' clears nothing: only the rating (r), the note (n) and the date (d) can be cleared")
            }
            return parse(answer: "", for: field)
        }
        return parse(answer: argument, for: field)
    }

    /// The command for the line typed after a prompt for `field`.
    public static func parse(answer: String, for field: ReviewField) -> ReviewCommand {
        let value = answer.trimmingCharacters(in: .whitespacesAndNewlines)
        switch field {
        case .rating:
            // Empty takes the rating away, as it clears the note and the date.
            if value.isEmpty { return .rating(nil) }
            do {
                return .rating(try Rating(validating: value))
            } catch {
                return .unknown(error.localizedDescription)
            }
        case .note: return .note(value)
        case .evidence:
            // `-URL` takes a URL out; anything else must be a URL to add.
            let removing = value.hasPrefix("-")
            let url = removing ? String(value.dropFirst()).trimmingCharacters(in: .whitespaces) : value
            if url.isEmpty { return .unknown("no evidence URL given") }
            guard EvidenceURL.isValid(url) else { return .unknown("'e': \(EvidenceURL.refusal(url))") }
            return removing ? .removeEvidence(url) : .evidence(url)
        case .saidOn:
            // Empty clears the day; anything else must be a day of the calendar.
            guard value.isEmpty || Day(value) != nil else { return .unknown("'d': \(Day.refusal(value))") }
            return .saidOn(value)
        case .text:
            return value.isEmpty ? .unknown("the quote text cannot be empty") : .text(value)
        case .speaker:
            return value.isEmpty ? .unknown("no speaker name given") : .speaker(value)
        }
    }
}
