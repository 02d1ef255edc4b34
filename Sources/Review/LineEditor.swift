/// The one-line editor of the review (`r` `n` `e` `s` `d` `t`) as a value: the
/// text, the cursor, and what each key does. No terminal code: the terminal
/// turns bytes into ``Key``s (``LineEditor/key(for:)``,
/// ``LineEditor/key(forEscapeSequence:)``) and draws ``visible(width:)``.
///
/// It opens with the field's current value and the cursor at its end, so
/// Enter alone keeps what is shown; an empty answer means the reviewer erased it.
public struct LineEditor: Sendable, Equatable {
    /// What a key asks the editor to do.
    public enum Key: Sendable, Equatable {
        /// Insert a printable character at the cursor.
        case insert(Character)
        /// Move one character left (←, Ctrl-B).
        case left
        /// Move one character right (→, Ctrl-F).
        case right
        /// Move one word left (Alt-B, Ctrl-←).
        case wordLeft
        /// Move one word right (Alt-F, Ctrl-→).
        case wordRight
        /// Move to the start (Home, Ctrl-A).
        case home
        /// Move to the end (End, Ctrl-E).
        case end
        /// Delete the character before the cursor (Backspace).
        case backspace
        /// Delete the character under the cursor (Delete).
        case delete
        /// Delete the word before the cursor (Ctrl-W, Alt-Backspace).
        case deleteWordBefore
        /// Delete everything before the cursor (Ctrl-U).
        case deleteToStart
        /// Delete everything from the cursor on (Ctrl-K).
        case deleteToEnd
        /// Accept the text shown (Enter).
        case enter
        /// Leave without changing anything (Escape).
        case cancel
        /// End the review (Ctrl-C, Ctrl-D, end of input).
        case interrupt
    }

    /// What the editor became after a key.
    public enum Outcome: Sendable, Equatable {
        /// Still editing: redraw.
        case editing
        /// Enter: the text shown.
        case submitted(String)
        /// Escape: nothing changes.
        case cancelled
        /// Ctrl-C: the review should end.
        case interrupted
    }

    /// The value the editor opened with.
    public let original: String
    /// The text being edited, one grapheme cluster per element.
    public private(set) var characters: [Character]
    /// The cursor, as an index into ``characters`` (0 … count).
    public private(set) var cursor: Int

    /// Opens the editor on `value`, the cursor after its last character.
    public init(_ value: String) {
        original = value
        characters = Array(value)
        cursor = characters.count
    }

    /// The text as it now is.
    public var text: String { String(characters) }

    /// Applies `key`.
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .insert(let character):
            characters.insert(character, at: cursor)
            cursor += 1
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .wordLeft: cursor = wordStart(before: cursor)
        case .wordRight: cursor = wordEnd(after: cursor)
        case .home: cursor = 0
        case .end: cursor = characters.count
        case .backspace:
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .delete:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .deleteWordBefore:
            let start = wordStart(before: cursor)
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .deleteToStart:
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .deleteToEnd:
            characters.removeSubrange(cursor...)
        case .enter: return .submitted(text)
        case .cancel: return .cancelled
        case .interrupt: return .interrupted
        }
        return .editing
    }

    /// The start of the word before `index` (spaces before it skipped), as readline's Ctrl-W.
    private func wordStart(before index: Int) -> Int {
        var i = index
        while i > 0, characters[i - 1].isWhitespace { i -= 1 }
        while i > 0, !characters[i - 1].isWhitespace { i -= 1 }
        return i
    }

    /// The end of the word after `index` (spaces before it skipped).
    private func wordEnd(after index: Int) -> Int {
        var i = index
        while i < characters.count, characters[i].isWhitespace { i += 1 }
        while i < characters.count, !characters[i].isWhitespace { i += 1 }
        return i
    }

    /// The part of the text to draw in `width` columns and the cursor's column in it
    /// (0-based): the whole text when it fits, else a window that scrolls with the
    /// cursor. Widths are display widths (a CJK character takes two columns).
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        let width = max(1, width)
        // Keep one column for the cursor after the last character.
        var start = 0
        while start < cursor, DisplayWidth.of(String(characters[start..<cursor])) > width - 1 { start += 1 }
        let shown = TextWrap.prefix(String(characters[start...]), width: width).text
        return (shown, DisplayWidth.of(String(characters[start..<cursor])))
    }
}
