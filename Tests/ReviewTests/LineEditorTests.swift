import Testing
@testable import Review

@Suite struct LineEditorTests {
    /// Types `keys` into an editor opened on `value` and returns it.
    static func edited(_ value: String, _ keys: [LineEditor.Key]) -> LineEditor {
        var editor = LineEditor(value)
        for key in keys { _ = editor.handle(key) }
        return editor
    }

    static func typing(_ text: String) -> [LineEditor.Key] { text.map { .insert($0) } }

    @Test("it opens with the value, the cursor at its end, and Enter gives the value back unchanged")
    func opensWithTheValue() {
        var editor = LineEditor("on tape, 1:02")
        #expect(editor.text == "on tape, 1:02")
        #expect(editor.cursor == 13)
        #expect(editor.handle(.enter) == .submitted("on tape, 1:02"))
    }

    @Test("Escape cancels and Ctrl-C interrupts, whatever was typed")
    func cancelAndInterrupt() {
        var editor = Self.edited("kept", [.backspace, .backspace])
        #expect(editor.handle(.cancel) == .cancelled)
        #expect(editor.handle(.interrupt) == .interrupted)
    }

    @Test(arguments: [
        ("abc", [LineEditor.Key.left, .insert("X")], "abXc", 3),
        ("abc", [.home, .insert("X")], "Xabc", 1),
        ("abc", [.home, .end, .insert("X")], "abcX", 4),
        ("abc", [.left, .left, .right, .insert("X")], "abXc", 3),
        ("abc", [.right, .right, .insert("X")], "abcX", 4),
        ("abc", [.home, .left, .insert("X")], "Xabc", 1),
        ("abc", [.backspace], "ab", 2),
        ("abc", [.home, .backspace], "abc", 0),
        ("abc", [.home, .delete], "bc", 0),
        ("abc", [.delete], "abc", 3),
        ("abc", [.left, .delete], "ab", 2),
        ("one two three", [.deleteWordBefore], "one two ", 8),
        ("one two  ", [.deleteWordBefore], "one ", 4),
        ("one two three", [.wordLeft, .deleteWordBefore], "one three", 4),
        ("one two three", [.home, .wordRight, .insert("!")], "one! two three", 4),
        ("one two three", [.wordLeft, .wordLeft, .deleteToEnd], "one ", 4),
        ("one two three", [.wordLeft, .deleteToStart], "three", 0),
        ("2025-11-24", [.deleteToStart], "", 0),
        ("", [.insert("é"), .insert("中"), .insert("👍🏽")], "é中👍🏽", 3),
        ("中文字", [.left, .backspace], "中字", 1),
        ("👨‍👩‍👧 ok", [.home, .delete], " ok", 0),
    ])
    func keys(value: String, keys: [LineEditor.Key], text: String, cursor: Int) {
        let editor = Self.edited(value, keys)
        #expect(editor.text == text)
        #expect(editor.cursor == cursor)
    }

    @Test("terminal bytes: control keys and escape sequences map to editing keys")
    func terminalKeys() {
        #expect(LineEditor.key(for: "\r") == .enter)
        #expect(LineEditor.key(for: "\u{1B}") == .cancel)
        #expect(LineEditor.key(for: "\u{03}") == .interrupt)
        #expect(LineEditor.key(for: "\u{7F}") == .backspace)
        #expect(LineEditor.key(for: "\u{01}") == .home)
        #expect(LineEditor.key(for: "\u{05}") == .end)
        #expect(LineEditor.key(for: "\u{17}") == .deleteWordBefore)
        #expect(LineEditor.key(for: "\u{15}") == .deleteToStart)
        #expect(LineEditor.key(for: "\u{0B}") == .deleteToEnd)
        #expect(LineEditor.key(for: "\t") == nil)
        #expect(LineEditor.key(for: "中") == .insert("中"))
        #expect(LineEditor.key(forEscapeSequence: "[D") == .left)
        #expect(LineEditor.key(forEscapeSequence: "[C") == .right)
        #expect(LineEditor.key(forEscapeSequence: "OH") == .home)
        #expect(LineEditor.key(forEscapeSequence: "[H") == .home)
        #expect(LineEditor.key(forEscapeSequence: "[1~") == .home)
        #expect(LineEditor.key(forEscapeSequence: "[F") == .end)
        #expect(LineEditor.key(forEscapeSequence: "[4~") == .end)
        #expect(LineEditor.key(forEscapeSequence: "[3~") == .delete)
        #expect(LineEditor.key(forEscapeSequence: "\u{7F}") == .deleteWordBefore)
        #expect(LineEditor.key(forEscapeSequence: "b") == .wordLeft)
        #expect(LineEditor.key(forEscapeSequence: "[A") == nil)
    }

    @Test("a long text scrolls so that the cursor stays in view; wide characters count two columns")
    func visibleWindow() {
        func view(_ editor: LineEditor, _ width: Int) -> String {
            let shown = editor.visible(width: width)
            return "\(shown.text)|\(shown.cursorColumn)"
        }
        #expect(view(LineEditor("abc"), 10) == "abc|3")
        #expect(view(LineEditor("abcdefghij"), 5) == "ghij|4")
        #expect(view(Self.edited("abcdefghij", [.home]), 5) == "abcde|0")
        #expect(view(LineEditor("中文中文"), 5) == "中文|4")
        #expect(view(Self.edited("中文中文", [.home, .right]), 4) == "中文|2")
    }
}
