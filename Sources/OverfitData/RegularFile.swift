import Foundation

/// Opening a file someone named as a session, lesson, knobs or data file: only a regular file is
/// read, and its size is that of the file itself, whatever symlinks lead to it.
///
/// A FIFO opened for reading blocks until a writer comes (forever, if none does), the zero
/// device never ends, and a size limit checked on a symlink's own size lets a gigabyte through.
/// So the path is opened with O_NONBLOCK (a FIFO open returns at once) and O_NOCTTY, and the
/// opened descriptor is checked with fstat: what is checked is what is read, even as root, and
/// even if the name is swapped between a check and the open.
public enum RegularFile {
    /// Why a file was not read, worded to follow "cannot read FILE: ".
    public enum Refusal: Error, Equatable, Sendable {
        case missing
        case permissionDenied
        /// Not a regular file: `kind` says what it is ("a FIFO", "a directory"…).
        case notRegular(kind: String)
        /// Larger than `limit` bytes (`size` is the file's own size, found by fstat).
        case tooLarge(size: Int, limit: Int)
        case failed(errno: Int32)

        public var reason: String {
            switch self {
            case .missing: "no such file"
            case .permissionDenied: "permission denied"
            case .notRegular(let kind): "it is \(kind), not a regular file"
            case .tooLarge(let size, let limit):
                "it is \(size) bytes, more than the \(limit) such a file may have"
            case .failed(let code): String(cString: strerror(code))
            }
        }
    }

    /// An open descriptor on a regular file and that file's size; the caller closes it. Without
    /// `followingLinks`, a symlink at `path` is refused (the data directory's own files).
    public static func open(_ path: String, followingLinks: Bool = true) -> Result<
        (descriptor: Int32, size: Int), Refusal
    > {
        let flags = O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC | (followingLinks ? 0 : O_NOFOLLOW)
        let descriptor = openDescriptor(path, flags)
        guard descriptor >= 0 else { return .failure(refusal(errno)) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let code = errno
            closeDescriptor(descriptor)
            return .failure(.failed(errno: code))
        }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            closeDescriptor(descriptor)
            return .failure(.notRegular(kind: kind(of: status.st_mode)))
        }
        // Reads block as usual from here: O_NONBLOCK was only for the open.
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        return .success((descriptor, Int(status.st_size)))
    }

    /// The whole of a regular file of at most `limit` bytes. The limit is checked on the opened
    /// file before anything is allocated, and again while reading (a file may grow meanwhile).
    public static func read(_ path: String, limit: Int, followingLinks: Bool = true) -> Result<[UInt8], Refusal> {
        let opened: (descriptor: Int32, size: Int)
        switch open(path, followingLinks: followingLinks) {
        case .success(let value): opened = value
        case .failure(let refusal): return .failure(refusal)
        }
        defer { closeDescriptor(opened.descriptor) }
        guard opened.size <= limit else { return .failure(.tooLarge(size: opened.size, limit: limit)) }
        // One byte past the size, to see the end (or a file that grew).
        var bytes = [UInt8](repeating: 0, count: opened.size + 1)
        var done = 0
        while true {
            if done == bytes.count {
                guard bytes.count <= limit else { return .failure(.tooLarge(size: done, limit: limit)) }
                bytes.append(contentsOf: [UInt8](repeating: 0, count: min(bytes.count, limit + 1 - bytes.count)))
            }
            let count = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return readDescriptor(opened.descriptor, base + done, buffer.count - done)
            }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { return .failure(.failed(errno: errno)) }
            if count == 0 { break }
            done += count
        }
        guard done <= limit else { return .failure(.tooLarge(size: done, limit: limit)) }
        return .success(Array(bytes.prefix(done)))
    }

    /// Whether `path` names an existing entry that is not a regular file (or a symlink to one);
    /// its kind if so. A missing path, or a regular file, is nil.
    public static func nonRegularKind(_ path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return (status.st_mode & S_IFMT) == S_IFREG ? nil : kind(of: status.st_mode)
    }

    /// "a FIFO", "a character device"…: what a non-regular file is, for a message.
    public static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: "a directory"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        case S_IFLNK: "a symbolic link"
        default: "not a regular file"
        }
    }

    static func refusal(_ code: Int32) -> Refusal {
        switch code {
        case ENOENT, ENOTDIR: .missing
        case EACCES, EPERM: .permissionDenied
        default: .failed(errno: code)
        }
    }
}

/// open(2), read(2) and close(2), callable where `RegularFile.open`/`read` shadow them.
func openDescriptor(_ path: String, _ flags: Int32) -> Int32 {
    #if canImport(Glibc)
        Glibc.open(path, flags)
    #else
        Darwin.open(path, flags)
    #endif
}

func readDescriptor(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
    #else
        Darwin.read(descriptor, buffer, count)
    #endif
}

func closeDescriptor(_ descriptor: Int32) {
    #if canImport(Glibc)
        _ = Glibc.close(descriptor)
    #else
        _ = Darwin.close(descriptor)
    #endif
}
