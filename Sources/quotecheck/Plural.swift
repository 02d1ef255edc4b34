/// "1 quote", "2 quotes", "1 alias", "3 aliases": a count with its noun in
/// the right number. `plural` defaults to the noun with an `s`.
func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
}
