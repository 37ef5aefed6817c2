import Foundation

/// Every regular file under a directory with its contents, and every directory and link: two
/// snapshots are equal only if nothing was created, removed or changed.
struct TreeSnapshot: Equatable {
    let entries: [String: String]

    init(_ root: String, excluding excluded: String? = nil) throws {
        var entries: [String: String] = [:]
        let manager = FileManager.default
        for relative in manager.subpaths(atPath: root) ?? [] {
            let path = root + "/" + relative
            if let excluded, path == excluded || path.hasPrefix(excluded + "/") { continue }
            let attributes = try manager.attributesOfItem(atPath: path)
            switch attributes[.type] as? FileAttributeType {
            case .typeRegular?:
                entries[relative] = try String(decoding: Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
            case .typeSymbolicLink?:
                entries[relative] = "link -> " + ((try? manager.destinationOfSymbolicLink(atPath: path)) ?? "?")
            default: entries[relative] = "directory"
            }
        }
        self.entries = entries
    }
}
