/// How large an IDX file's header may say its data is. Checked before anything is allocated,
/// so a header of `0x803, 0xFFFFFFFF × 3` (or a gzip bomb behind an honest-looking header)
/// is a clear error, not an overflow or gigabytes of memory.
public struct IDXLimits: Sendable, Equatable {
    /// The most items (images, labels) a file may hold.
    public var maxCount: Int
    /// The most rows, and the most columns, of one image.
    public var maxSide: Int
    /// The most payload bytes in all.
    public var maxPayloadBytes: Int

    public init(maxCount: Int = 1 << 24, maxSide: Int = 1 << 12, maxPayloadBytes: Int = 1 << 30) {
        self.maxCount = maxCount
        self.maxSide = maxSide
        self.maxPayloadBytes = maxPayloadBytes
    }

    /// Larger than any dataset the tutor reads, small enough to allocate.
    public static let standard = IDXLimits()
}
