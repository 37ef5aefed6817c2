extension RunConfig {
    /// The most seeds one run may train (`repeats`).
    public static let maximumRepeats = 10
    /// The `seed` knob's largest value.
    public static let largestSeed: UInt64 = 4_294_967_295

    /// One config per seed a run with `repeats` trains: `seed`, `seed + 1`, …, each with
    /// `repeats 1`, so each is exactly the single run of that seed (and an earlier single run
    /// of it can stand in for it).
    public var seedConfigs: [RunConfig] {
        (0..<max(1, repeats)).map { offset in
            var one = self
            one.seed = seed + UInt64(offset)
            one.repeats = 1
            return one
        }
    }

    /// The seeds `seedConfigs` trains, as a learner reads them: `seed 3` or `seeds 3-7`.
    public var seedsDescription: String {
        repeats <= 1 ? "seed \(seed)" : "seeds \(seed)-\(seed + UInt64(repeats - 1))"
    }
}
