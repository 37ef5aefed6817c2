import Foundation
import OverfitEngine
import Testing

/// Our exp, log, tanh, sin and cos against the C library's over many points, in units in the
/// last place (ulp) of the C library's result; and exact where exactness matters.
@Suite struct PortableMathTests {
    /// |ours − theirs| in ulps of theirs (0 when both are the same non-finite value).
    static func ulps(_ ours: Double, _ theirs: Double) -> Double {
        if ours == theirs || (ours.isNaN && theirs.isNaN) { return 0 }
        guard theirs.isFinite, ours.isFinite else { return .infinity }
        return abs(ours - theirs) / max(theirs.ulp, Double.leastNonzeroMagnitude)
    }

    static func ulps(_ ours: Float, _ theirs: Float) -> Double {
        if ours == theirs || (ours.isNaN && theirs.isNaN) { return 0 }
        guard theirs.isFinite, ours.isFinite else { return .infinity }
        return Double(abs(ours - theirs)) / Double(max(theirs.ulp, Float.leastNonzeroMagnitude))
    }

    /// The largest error over `count` points spread over [low, high], plus the points given.
    static func worst<T: BinaryFloatingPoint>(
        _ low: T, _ high: T, count: Int = 200_000, extra: [T] = [],
        _ error: (T) -> Double
    ) -> (error: Double, at: T) {
        var generator = RandomGenerator(seed: 5)
        var result = (error: 0.0, at: T.zero)
        let points = (0..<count).map { _ in low + (high - low) * T(Double(generator.next() >> 11) * 0x1p-53) } + extra
        for x in points {
            let e = error(x)
            if e > result.error { result = (e, x) }
        }
        return result
    }

    // Bounds: fdlibm's Double functions err by less than 1 ulp and glibc's are correctly
    // rounded (nearly always), so the two may differ by 1 ulp, never 2; Cephes' Float functions
    // promise about 1 ulp for exp and log and 2 for tanh. Measured here (glibc 2.36, 200,000
    // points each): 1 ulp for every Double function and Float exp and log, 2 for tanh and sigmoid.
    @Test func doubleExpIsWithinOneUlp() {
        let found = Self.worst(-745.0, 709.7, extra: [0, 1, -1, 1e-20, 700, -740]) {
            Self.ulps(PortableMath.exp($0), Foundation.exp($0))
        }
        #expect(found.error <= 1, "exp(\(found.at)) is \(found.error) ulp off")
    }

    @Test func doubleLogIsWithinOneUlp() {
        let wide = Self.worst(-700.0, 700.0) { e in
            Self.ulps(PortableMath.log(Foundation.exp(e)), Foundation.log(Foundation.exp(e)))
        }
        let nearOne = Self.worst(0.5, 2.0, extra: [1, 1 + 0x1p-52, 1 - 0x1p-53, 4.9e-324, 2.2250738585072014e-308]) {
            Self.ulps(PortableMath.log($0), Foundation.log($0))
        }
        #expect(wide.error <= 1, "log at exp(\(wide.at)) is \(wide.error) ulp off")
        #expect(nearOne.error <= 1, "log(\(nearOne.at)) is \(nearOne.error) ulp off")
    }

    @Test func sineAndCosineAreWithinOneUlpOverRotationsAndBoxMuller() {
        // Rotation angles (±180°) and Box–Muller's [0, 2π), then far beyond them.
        for (low, high) in [(-Double.pi, Double.pi), (0, 2 * Double.pi), (-1e5, 1e5)] {
            let sine = Self.worst(low, high) { Self.ulps(PortableMath.sin($0), Foundation.sin($0)) }
            let cosine = Self.worst(low, high) { Self.ulps(PortableMath.cos($0), Foundation.cos($0)) }
            #expect(sine.error <= 1, "sin(\(sine.at)) is \(sine.error) ulp off")
            #expect(cosine.error <= 1, "cos(\(cosine.at)) is \(cosine.error) ulp off")
        }
    }

    @Test func floatExpIsWithinOneUlp() {
        // Softmax calls it on z − max ≤ 0, sigmoid on both signs.
        let found = Self.worst(Float(-103.9), Float(88.7), extra: [0, -0.0, 1, -1, -87.3, -100]) { x in
            Self.ulps(PortableMath.exp(x), Foundation.exp(x))
        }
        #expect(found.error <= 1, "exp(\(found.at)) is \(found.error) ulp off")
    }

    @Test func floatLogTanhAndSigmoidAreWithinTwoUlps() {
        let log = Self.worst(Float(1), Float(10), extra: [1, 1.0000001, 9.9999]) {
            Self.ulps(PortableMath.log($0), Foundation.log($0))
        }
        let tanh = Self.worst(Float(-12), Float(12), extra: [0.625, -0.625, 0.6249999, 1e-30, 9.5]) { x in
            Self.ulps(PortableMath.tanh(x), Foundation.tanh(x))
        }
        let sigmoid = Self.worst(Float(-80), Float(80)) { x in
            Self.ulps(PortableMath.sigmoid(x), Float(1 / (1 + Foundation.exp(-Double(x)))))
        }
        #expect(log.error <= 1, "log(\(log.at)) is \(log.error) ulp off")
        #expect(tanh.error <= 2, "tanh(\(tanh.at)) is \(tanh.error) ulp off")
        #expect(sigmoid.error <= 2, "sigmoid(\(sigmoid.at)) is \(sigmoid.error) ulp off")
    }

    /// Where a lesson or the engine relies on an exact value.
    @Test func exactWhereExactnessMatters() {
        #expect(PortableMath.exp(0.0) == 1 && PortableMath.exp(Float(0)) == 1)
        #expect(PortableMath.log(1.0) == 0 && PortableMath.log(Float(1)) == 0)
        #expect(PortableMath.sin(0.0) == 0 && PortableMath.cos(0.0) == 1)
        #expect(PortableMath.sin(-0.0).sign == .minus)
        #expect(PortableMath.sin(Double.pi / 2) == 1 && PortableMath.cos(Double.pi) == -1)
        #expect(
            PortableMath.tanh(Float(0)) == 0 && PortableMath.tanh(Float(20)) == 1 && PortableMath.tanh(Float(-20)) == -1
        )
        #expect(PortableMath.exp(-Double.infinity) == 0 && PortableMath.exp(Double.infinity) == .infinity)
        #expect(PortableMath.exp(Float(-200)) == 0 && PortableMath.exp(Float(100)) == .infinity)
        #expect(
            PortableMath.log(0.0) == -.infinity && PortableMath.log(-1.0).isNaN && PortableMath.exp(Double.nan).isNaN)
        #expect(PortableMath.tanh(Float.nan).isNaN && PortableMath.sin(.infinity).isNaN)
    }
}
