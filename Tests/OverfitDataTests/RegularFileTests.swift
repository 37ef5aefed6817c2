import Foundation
import Testing

@testable import OverfitData

/// Issue 19, items 9 and 10 at the source: every file someone names is opened as a regular file
/// only (a FIFO open would block forever), and its size limit is the file's own, whatever
/// symlink leads to it.
@Suite struct RegularFileTests {
    func directory() throws -> String {
        let path = NSTemporaryDirectory() + "overfit-regular-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func aFIFOIsRefusedWithoutBlocking() throws {
        let root = try directory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(mkfifo(root + "/pipe", 0o644) == 0)
        // No writer ever opens it: a blocking open would never return.
        #expect(RegularFile.read(root + "/pipe", limit: 100).failure == .notRegular(kind: "a FIFO (named pipe)"))
        let error = #expect(throws: DataError.self) { try GzipReader(path: root + "/pipe") }
        #expect(error?.kind == .notRegularFile && error?.found == "a FIFO (named pipe)")
        #expect(RegularFile.read(root, limit: 100).failure == .notRegular(kind: "a directory"))
        #expect(RegularFile.read(root + "/missing", limit: 100).failure == .missing)
    }

    /// A character device (made only where this process may: as root) is refused too.
    @Test func aCharacterDeviceIsRefused() throws {
        let root = try directory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        guard mknod(root + "/zero", S_IFCHR | 0o666, dev_t(1 << 8 | 5)) == 0 else { return }
        #expect(RegularFile.read(root + "/zero", limit: 100).failure == .notRegular(kind: "a character device"))
    }

    @Test func theLimitIsTheTargetsSizeNotTheLinks() throws {
        let root = try directory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(FileManager.default.createFile(atPath: root + "/big", contents: nil))
        #expect(truncate(root + "/big", 1 << 30) == 0)
        try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: root + "/big")
        for name in ["big", "link"] {
            #expect(
                RegularFile.read(root + "/" + name, limit: 1 << 20).failure == .tooLarge(size: 1 << 30, limit: 1 << 20))
        }
        try Data("small".utf8).write(to: URL(fileURLWithPath: root + "/small"))
        try FileManager.default.createSymbolicLink(atPath: root + "/to-small", withDestinationPath: root + "/small")
        #expect(try RegularFile.read(root + "/to-small", limit: 5).get() == Array("small".utf8))
        #expect(RegularFile.read(root + "/to-small", limit: 4).failure == .tooLarge(size: 5, limit: 4))
        // The data directory's own files are read without following a symlink at all.
        #expect(RegularFile.read(root + "/to-small", limit: 5, followingLinks: false).failure != nil)
    }

    /// A file that may not be read says so (not "not found"); root reads anything, so there
    /// only the mapping from the system's error is checked.
    @Test func anUnreadableFileIsPermissionDenied() throws {
        #expect(RegularFile.refusal(EACCES) == .permissionDenied)
        let error = DataError(.permissionDenied, path: "d/x", expected: "an IDX file")
        #expect(error.kind == .unreadableFile && error.description.contains("d/x: permission denied"))
        #expect(error.hint == "let yourself read it: chmod u+r d/x")
        guard getuid() != 0 else { return }
        let root = try directory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/secret"))
        #expect(chmod(root + "/secret", 0) == 0)
        #expect(RegularFile.read(root + "/secret", limit: 10).failure == .permissionDenied)
    }
}

extension Result {
    /// The error, or nil on success: for comparing refusals in tests.
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
