extension LineEditor {
    /// The editor key of one keystroke read from a terminal in raw mode; `nil` for a
    /// control character the editor ignores.
    public static func key(for character: Character) -> Key? {
        switch character {
        case "\r", "\n": return .enter
        case "\u{1B}": return .cancel
        case "\u{03}", "\u{04}": return .interrupt
        case "\u{7F}", "\u{08}": return .backspace
        case "\u{01}": return .home
        case "\u{05}": return .end
        case "\u{02}": return .left
        case "\u{06}": return .right
        case "\u{17}": return .deleteWordBefore
        case "\u{15}": return .deleteToStart
        case "\u{0B}": return .deleteToEnd
        default:
            let isControl = character.unicodeScalars.contains {
                [.control, .lineSeparator, .paragraphSeparator].contains($0.properties.generalCategory)
            }
            return isControl ? nil : .insert(character)
        }
    }

    /// The editor key of an escape sequence: the characters after the Escape
    /// (`[D` for ←, `[3~` for Delete, `OH` for Home, a DEL for Alt-Backspace, `b`
    /// for Alt-B, …); `nil` for a sequence the editor ignores.
    public static func key(forEscapeSequence sequence: String) -> Key? {
        switch sequence {
        case "[D", "OD": return .left
        case "[C", "OC": return .right
        case "[1;5D", "[1;3D", "b", "B": return .wordLeft
        case "[1;5C", "[1;3C", "f", "F": return .wordRight
        case "[H", "OH", "[1~", "[7~": return .home
        case "[F", "OF", "[4~", "[8~": return .end
        case "[3~": return .delete
        case "\u{7F}", "\u{08}": return .deleteWordBefore
        default: return nil
        }
    }
}
