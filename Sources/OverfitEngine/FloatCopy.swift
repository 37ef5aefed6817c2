/// Short copies eight floats at a time. im2col copies millions of spans of 5 to 80 floats per
/// evaluation, and `memmove` calls cost more than the copies (a fifth of a CNN run's time).
///
/// Rounds the copy up to a multiple of eight: up to seven floats past `count` are read from
/// `source` and written to `destination`. Callers rely on `Matrix.slack` (every matrix has
/// eight readable floats past its end) and write their spans in increasing order, so whatever
/// is written past a span is overwritten by the next span or lands in the slack.
enum FloatCopy {
    @inline(__always)
    static func spans(from source: UnsafePointer<Float>, to destination: UnsafeMutablePointer<Float>, count: Int) {
        var i = 0
        repeat {
            UnsafeMutableRawPointer(destination + i).storeBytes(
                of: UnsafeRawPointer(source + i).loadUnaligned(as: SIMD8<Float>.self), as: SIMD8<Float>.self)
            i += 8
        } while i < count
    }

    /// `count` copies of the `width` floats at `row`, one after another, from `destination`
    /// (e.g. a bias at every output position). Writes exactly `count · width` floats.
    @inline(__always)
    static func repeatRow(
        _ row: UnsafePointer<Float>, width: Int, count: Int, to destination: UnsafeMutablePointer<Float>
    ) {
        guard width % 8 == 0 else {
            for r in 0..<count { for j in 0..<width { destination[r * width + j] = row[j] } }
            return
        }
        for r in 0..<count {
            let out = destination + r * width
            var j = 0
            while j < width {
                UnsafeMutableRawPointer(out + j).storeBytes(
                    of: UnsafeRawPointer(row + j).loadUnaligned(as: SIMD8<Float>.self),
                    as: SIMD8<Float>.self)
                j += 8
            }
        }
    }
}
