import GRDB

/// Who last reviewed a quote and when, as `reviewed_by` and `reviewed_at` hold them.
struct ReviewMark: Equatable {
    /// The reviewer (`nil`: never reviewed).
    var by: String?
    /// When (`nil`: never reviewed).
    var at: String?
}

extension AuditLog {
    /// The reviewer and time an undo of `target` (one change group) gives the quote back.
    ///
    /// An undo restores the quote as it was before the change, and that includes
    /// who gave the verdict then: after bob's verdict and ana's, ana's undo shows
    /// bob's verdict by bob, at bob's time. If someone changed the quote after
    /// `target` (so the quote's mark is no longer the one `target` set), the
    /// mark stays as it is: their change still stands.
    ///
    /// The mark before `target` is read from the quote's trail (nothing is
    /// stored for it): walking the change groups before `target` in order, a
    /// change sets the mark to its reviewer and time, an undo group gives back
    /// the mark from before the change it cancelled (the same reviewer's latest
    /// change not yet cancelled), and joins, speaker merges and source removals leave it.
    static func markAfterUndoing(_ target: [AuditEntry], of quoteID: Int64, current: ReviewMark,
                                 in db: Database) throws -> ReviewMark {
        guard let first = target.last else { return current }  // `target` is newest first
        guard current == ReviewMark(by: first.who, at: first.at) else { return current }
        let trail = try ClaimLinks.entries(of: quoteID, after: 0, in: db)
        return markBefore(changeID: first.changeID, trail: trail)
    }

    /// The mark just before the change `changeID`, replayed from `trail` (oldest first).
    static func markBefore(changeID: Int64, trail: [AuditEntry]) -> ReviewMark {
        var mark = ReviewMark()
        // Per reviewer, the changes not yet cancelled: the mark each set and the mark before it.
        var open: [String: [(set: ReviewMark, before: ReviewMark)]] = [:]
        var index = 0
        while index < trail.count {
            let group = trail[index...].prefix { $0.changeID == trail[index].changeID }
            index += group.count
            guard let head = group.first, head.changeID != changeID else { break }
            if head.isUndo {
                guard let cancelled = open[head.who]?.popLast() else { continue }
                if mark == cancelled.set { mark = cancelled.before }
            } else if head.note.map({ $0.hasPrefix("join #") || $0.hasPrefix("speaker ") || $0.hasPrefix("source ") }) != true {
                let set = ReviewMark(by: head.who, at: head.at)
                open[head.who, default: []].append((set, mark))
                mark = set
            }
        }
        return mark
    }
}

extension ReviewMark {
    /// The quote's mark as stored.
    init(quoteID: Int64, in db: Database) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT reviewed_by, reviewed_at FROM quote WHERE id = ?",
                                         arguments: [quoteID]) else {
            self.init()
            return
        }
        let by: String? = row["reviewed_by"]
        let at: String? = row["reviewed_at"]
        self.init(by: by, at: at)
    }
}
