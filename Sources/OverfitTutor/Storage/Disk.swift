import Foundation

/// The one system call through which the tutor's files are written, so a test can fill the
/// disk (ENOSPC) at an exact byte without mounting anything. Everything else is plain POSIX.
public struct Disk: Sendable {
    /// Like write(2): bytes written, or -1 with `errno` set.
    public var write: @Sendable (Int32, UnsafeRawPointer, Int) -> Int

    public init(write: @escaping @Sendable (Int32, UnsafeRawPointer, Int) -> Int) {
        self.write = write
    }

    public static let system = Disk { descriptor, bytes, count in
        #if canImport(Glibc)
            Glibc.write(descriptor, bytes, count)
        #else
            Darwin.write(descriptor, bytes, count)
        #endif
    }

    /// Writes all of `bytes` (retrying short writes and EINTR). Returns 0, or the errno that stopped it.
    func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Int32 {
        var done = 0
        while done < bytes.count {
            let count = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return write(descriptor, base + done, buffer.count - done)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if count == 0 { return EIO }
            done += count
        }
        return 0
    }
}
