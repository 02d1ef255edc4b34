import Foundation
import Hummingbird
import Store

extension DeskRoutes {
    /// The fields of the verdict form that make a change (besides `csrf` and `version`).
    static let verdictFields = ["status", "rating", "note", "evidence", "speaker", "said_on", "text"]

    /// The quote page.
    func quotePage(_ request: Request, _ context: DeskContext) async throws -> Response {
        guard let id = quoteID(context), var page = try await loadPage(id, context) else {
            return notFound(context, "There is no such quote.")
        }
        let fields = FormFields.query(of: request)
        if fields["saved"] == "1" { page.message = "Saved." }
        if fields["saved"] == "0" { page.message = "Nothing was changed." }
        if fields["undone"] == "1" { page.message = "Your last change was undone." }
        return HTMLPage.response("quote", model: page, title: "Quote \(id)", context: context)
    }

    /// The page of quote `id` for this request.
    func loadPage(_ id: Int64, _ context: DeskContext) async throws -> QuotePage? {
        try await QuotePage.load(id: id, store: store, csrf: context.session?.csrfSecret ?? "") { quote, recorded in
            try await archivedCopy(of: quote, recorded: recorded) != nil
        }
    }

    /// Records the signed-in reviewer's verdict at the version the form was shown;
    /// a conflict shows the other reviewer's change with a button to give the verdict anyway.
    func verdict(_ request: Request, _ context: DeskContext) async throws -> Response {
        let form = try await FormFields.body(of: request)
        if let refusal = refusal(ofCSRF: form, context) { return refusal }
        guard let id = quoteID(context), let session = context.session, let current = try await store.quote(id: id) else {
            return notFound(context, "There is no such quote.")
        }
        let change: VerdictChange
        do {
            change = try Self.change(from: form, comparedWith: current)
        } catch {
            return try await page(id, context, status: .badRequest, message: error.localizedDescription)
        }
        guard let version = form.nonEmpty("version").flatMap({ Int64($0) }) else {
            return try await page(id, context, status: .badRequest, message: "The form has no version: reload the page. Nothing was changed.")
        }
        if change == VerdictChange() { return HTMLPage.seeOther("/quotes/\(id)?saved=0") }
        let resent = Self.verdictFields.compactMap { name in form[name].map { QuotePage.Conflict.Field(name: name, value: $0) } }
        return try await record(change, quoteID: id, version: version, resending: resent, session: session, context)
    }

    /// Accepts a corroboration finding of the quote, as the terminal's `f` does: the finding's
    /// suggested status, and its passage as evidence, credited to the signed-in reviewer under the
    /// conflict rule. The form names the finding it showed (`finding`); without one, the best.
    func acceptFinding(_ request: Request, _ context: DeskContext) async throws -> Response {
        let form = try await FormFields.body(of: request)
        if let refusal = refusal(ofCSRF: form, context) { return refusal }
        guard let id = quoteID(context), let session = context.session, try await store.quote(id: id) != nil else {
            return notFound(context, "There is no such quote.")
        }
        guard let version = form.nonEmpty("version").flatMap({ Int64($0) }) else {
            return try await page(id, context, status: .badRequest, message: "The form has no version: reload the page. Nothing was changed.")
        }
        let findings = try await store.findings(ofQuote: id)
        let chosen: FindingRecord?
        if let named = form.nonEmpty("finding") {
            chosen = Int64(named).flatMap { wanted in findings.first { $0.id == wanted } }
        } else {
            chosen = findings.first
        }
        guard let finding = chosen else {
            let message = findings.isEmpty
                ? "This quote has no corroboration finding (run 'quotecheck corroborate')."
                : "That finding is no longer one of this quote's: reload the page."
            return try await page(id, context, status: .badRequest, message: message + " Nothing was changed.")
        }
        let status = finding.kind.suggestedStatus, evidence = finding.evidenceURL
        return try await record(VerdictChange(status: status, evidence: evidence), quoteID: id, version: version,
                          resending: [.init(name: "status", value: status.rawValue), .init(name: "evidence", value: evidence)],
                          session: session, context)
    }

    /// Records `change` by the signed-in reviewer at the version the form was shown. A conflict
    /// shows the other reviewer's change with a form that posts `resending` to the verdict form
    /// at the current version (give it anyway); a change with a status goes on to the next quote.
    private func record(_ change: VerdictChange, quoteID id: Int64, version: Int64, resending: [QuotePage.Conflict.Field],
                        session: WebSession, _ context: DeskContext) async throws -> Response {
        do {
            try await store.recordVerdict(quoteID: id, change: change, reviewer: session.account, at: Date(), expecting: version)
        } catch StoreError.conflict(let conflict) {
            guard var page = try await loadPage(id, context) else { return notFound(context, "There is no such quote.") }
            page.conflict = QuotePage.Conflict(
                quoteID: id, version: conflict.current ?? page.version, csrf: session.csrfSecret,
                changes: conflict.changes.map { .init(who: $0.who, field: $0.field, from: $0.oldValue ?? "∅", to: $0.newValue ?? "∅", at: $0.at) },
                fields: resending)
            return HTMLPage.response("quote", model: page, title: "Quote \(id): conflict", context: context, status: .conflict)
        } catch let error as StoreError {
            return try await page(id, context, status: .badRequest, message: error.localizedDescription)
        }
        if change.status != nil { return HTMLPage.seeOther("/next?after=\(id)") }
        return HTMLPage.seeOther("/quotes/\(id)?saved=1")
    }

    /// The quote page with an error message.
    private func page(_ id: Int64, _ context: DeskContext, status: HTTPResponse.Status, message: String) async throws -> Response {
        guard var page = try await loadPage(id, context) else { return notFound(context, "There is no such quote.") }
        page.message = message + (message.hasSuffix("nothing was changed") || message.hasSuffix("Nothing was changed.") ? "" : " Nothing was changed.")
        page.messageClass = "error"
        return HTMLPage.response("quote", model: page, title: "Quote \(id)", context: context, status: status)
    }

    /// The change the form asks for: each field that differs from the quote as it is (line endings as LF).
    static func change(from form: FormFields, comparedWith quote: QuoteRecord) throws -> VerdictChange {
        func value(_ name: String) -> String? {
            form[name].map { $0.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines) }
        }
        var change = VerdictChange()
        if let status = value("status"), !status.isEmpty { change.status = try Status(validating: status) }
        if let rating = value("rating"), rating != (quote.rating?.rawValue ?? "") {
            // The empty choice, "(no rating)", on a rated quote takes its rating away.
            if rating.isEmpty { change.clearsRating = true } else { change.rating = try Rating(validating: rating) }
        }
        if let note = value("note"), note != (quote.note ?? "") { change.note = note }
        if let evidence = value("evidence"), !evidence.isEmpty, !quote.evidence.contains(evidence) { change.evidence = [evidence] }
        if let speaker = value("speaker"), !speaker.isEmpty, speaker != quote.speaker { change.speaker = speaker }
        if let saidOn = value("said_on"), saidOn != (quote.saidOn ?? "") { change.saidOn = saidOn }
        if let text = value("text"), !text.isEmpty, text != quote.text { change.text = text }
        return change
    }

    /// Undoes the signed-in reviewer's last change and shows the quote it touched.
    func undo(_ request: Request, _ context: DeskContext) async throws -> Response {
        let form = try await FormFields.body(of: request)
        if let refusal = refusal(ofCSRF: form, context) { return refusal }
        guard let session = context.session else { return HTMLPage.seeOther("/signin") }
        guard let id = try await store.undoLastChange(by: session.account, at: Date()) else {
            return HTMLPage.seeOther("/?undone=0")
        }
        return HTMLPage.seeOther("/quotes/\(id)?undone=1")
    }

    /// The archived copy of the quote's first source, as plain text under a sandbox that runs nothing.
    func archive(_ request: Request, _ context: DeskContext) async throws -> Response {
        guard let id = quoteID(context), let quote = try await store.quote(id: id) else { return notFound(context, "There is no such quote.") }
        let recorded = try await store.surroundings(of: quote).archivePath
        guard let bytes = try await archivedCopy(of: quote, recorded: recorded) else {
            return notFound(context, "This quote's source has no archived copy in this workbench.")
        }
        return Response(status: .ok, headers: [
            .contentType: "text/plain",
            .contentSecurityPolicy: "sandbox; default-src 'none'; frame-ancestors 'none'",
            .contentDisposition: "inline",
        ], body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// The archived bytes of the quote's first source: the file in the workbench's archive (by the
    /// recorded file's name), else the recorded path if it exists, else what the store keeps
    /// (``Store/ClaimStore/archivedDocument(sha256:)``: PostgreSQL holds the bytes, no file);
    /// `nil` when none of them has it.
    func archivedCopy(of quote: QuoteRecord, recorded: String?) async throws -> [UInt8]? {
        if let file = archivedFile(recorded), let data = FileManager.default.contents(atPath: file.path) {
            return Array(data)
        }
        guard store as? ClaimsStore == nil, let source = try await store.source(id: quote.sourceID) else { return nil }
        do {
            return try await store.archivedDocument(sha256: source.sha256)?.bytes
        } catch is ArchivedFileError {
            return nil
        }
    }

    /// The archived file in the workbench's archive (by the recorded file's name), else the recorded path if it exists.
    func archivedFile(_ recorded: String?) -> URL? {
        guard let recorded, !recorded.isEmpty else { return nil }
        let local = configuration.archiveDirectory.appendingPathComponent(URL(fileURLWithPath: recorded).lastPathComponent)
        if FileManager.default.fileExists(atPath: local.path) { return local }
        return FileManager.default.fileExists(atPath: recorded) ? URL(fileURLWithPath: recorded) : nil
    }
}
