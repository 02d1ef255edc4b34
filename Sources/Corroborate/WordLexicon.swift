/// The small closed word classes the matcher needs: function words (which
/// weigh less), negations and the words that open a qualifying clause.
enum WordLexicon {
    /// Words that carry little content on their own. Negations are not among them.
    static let functionWords: Set<String> = [
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is",
        "are", "was", "were", "be", "been", "being", "am", "it", "its", "this", "that", "these", "those", "i",
        "we", "you", "he", "she", "they", "me", "us", "him", "her", "them", "my", "our", "your", "his", "their",
        "do", "does", "did", "have", "has", "had", "will", "would", "shall", "should", "can", "could", "may",
        "might", "must", "so", "than", "then", "there", "here", "what", "which", "who", "whom", "whose",
        "into", "onto", "about", "up", "out", "over", "all", "any", "some", "just", "very", "also", "too",
        "let", "s", "going", "get", "got", "more", "most",
    ]

    /// Words that turn a statement into its opposite.
    static let negations: Set<String> = [
        "not", "no", "never", "nor", "neither", "none", "nothing", "nobody", "nowhere",
    ]

    /// Words that open a clause limiting what comes before or after it.
    static let qualifiers: Set<String> = [
        "unless", "if", "except", "excepting", "but", "although", "though", "until", "provided", "providing",
        "without", "only", "however", "whereas", "otherwise", "once",
    ]

    /// Contractions that do not follow the regular endings.
    static let irregularContractions: [String: [String]] = [
        "won't": ["will", "not"], "can't": ["can", "not"], "cannot": ["can", "not"], "shan't": ["shall", "not"],
        "ain't": ["is", "not"], "let's": ["let", "us"],
    ]

    /// Pronouns and question words whose "'s" stands for "is".
    static let isContractionStems: Set<String> = [
        "it", "that", "there", "here", "what", "he", "she", "who", "where", "how", "everything", "nothing",
    ]
}
