extension AppearanceRecord {
    /// An appearance from the values a backend read.
    package init(sourceID: Int64, sourceTitle: String?, sourceURL: String?, sourceFile: String?,
                 publishedAt: String?, position: Int, paragraph: Int?, start: Int?, end: Int?, context: String?) {
        self.sourceID = sourceID
        self.sourceTitle = sourceTitle
        self.sourceURL = sourceURL
        self.sourceFile = sourceFile
        self.publishedAt = publishedAt
        self.position = position
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self.context = context
    }
}
