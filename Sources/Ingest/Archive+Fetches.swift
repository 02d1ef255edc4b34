import Foundation

extension Archive {
    /// The latest recorded fetch of `url` (as requested or as finally reached),
    /// with the archived bytes' SHA-256; `nil` when the archive holds none.
    public func latestFetch(of url: String) throws -> (sha256: String, fetch: FetchRecord)? {
        let fm = FileManager.default
        guard fm.fileExists(atPath: directory.path) else { return nil }
        let names: [String]
        do {
            names = try fm.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw IngestError.archive(directory.path, error.localizedDescription)
        }
        var best: (sha256: String, fetch: FetchRecord)?
        for name in names where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let sidecarURL = directory.appendingPathComponent(name)
            let sidecar: ArchiveSidecar
            do {
                sidecar = try ArchiveSidecar.read(from: sidecarURL)
            } catch {
                throw IngestError.archive(sidecarURL.path, "unreadable sidecar: \(error.localizedDescription)")
            }
            for fetch in sidecar.fetches where fetch.concerns(url) {
                if best.map({ fetch.fetchedAt > $0.fetch.fetchedAt }) ?? true {
                    best = (sidecar.sha256, fetch)
                }
            }
        }
        return best
    }

    /// `url` served from the archive (`--offline`): the bytes of its latest
    /// recorded fetch, checked against their SHA-256, with that fetch attached.
    public func replay(_ url: String, maxBytes: Int) throws -> SourceInput {
        guard let (sha, fetch) = try latestFetch(of: url) else { throw IngestError.notArchived(url) }
        let fm = FileManager.default
        let names: [String]
        do {
            names = try fm.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw IngestError.archive(directory.path, error.localizedDescription)
        }
        guard let name = names.first(where: { $0.hasPrefix(sha + ".") && !$0.hasSuffix(".json") }) else {
            throw IngestError.archive(url, "the archive records a fetch but lacks its bytes (\(sha))")
        }
        var input = try SourceReader.read(directory.appendingPathComponent(name).path, maxBytes: maxBytes)
        guard input.sha256 == sha else {
            throw IngestError.archive(url, "the archived bytes of \(name) no longer match their SHA-256")
        }
        input.name = url
        input.file = nil
        input.charset = fetch.charset
        input.fetch = fetch
        input.isFromArchive = true
        return input
    }
}
