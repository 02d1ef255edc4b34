/// How a confidence (0…1) is written in records and on screen: rounded to
/// two decimals, always with both (`0.95`, `0.07`, `1.00`), so that a record
/// read back and written again gives the same text.
public enum ConfidenceText {
    /// The confidence as text with two decimals; `nil` for a value outside 0…1 (or NaN).
    public static func string(_ value: Double) -> String? {
        guard ConfidenceText.isValid(value) else { return nil }
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + String(fraction)
    }

    /// Whether `value` is a confidence: a number from 0 to 1.
    public static func isValid(_ value: Double) -> Bool {
        (0 ... 1).contains(value)
    }
}
