import Foundation
import OverfitData
import OverfitTraining
import Testing

@testable import OverfitTutor

/// Every value the session writer stores reads back through the same grammar: for every knob in
/// the knob table (a knob added later is covered without touching this file), seeded random
/// values, and dataset paths holding spaces, quotes, `#`, `=`, backslashes, commas, colons and
/// non-ASCII text, through a session file's `baseline` and `result` lines, a journal, and the
/// `set` line that typed them. A path with control characters is refused by `set`, so it never
/// reaches a file.
@Suite struct KnobValueRoundTripTests {
    /// What a hostile directory name is made of (control characters are tried apart).
    static let pathPieces = [
        "my digits", " ", "\"", "#", "=", "\\", ",", ":", "é", "数字", "🙂", "a", "b", "/", "-", ".", "'", "$HOME", "~",
        "==", "#x", "\\\"",
    ]

    /// A random valid value of `knob`, as `set` would take it.
    static func randomValue(of knob: Knob, _ random: inout SessionFormatTests.Figures) -> String {
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        func whole(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(random.next() % UInt64(range.upperBound - range.lowerBound + 1))
        }
        func real(_ interval: Interval) -> Double {
            let fraction = Double(random.next() % 1_000_001) / 1_000_000
            let value = interval.low + (interval.high - interval.low) * fraction
            if !interval.contains(value) { return (interval.low + interval.high) / 2 }
            return value
        }
        switch knob.domain {
        case .whole(let range): return String(whole(range))
        case .real(let interval): return KnobParsing.format(real(interval))
        case .choice(let words): return pick(words)
        case .allOr(let range): return random.next() % 3 == 0 ? "all" : String(whole(range))
        case .layers:
            let convolutions = (0..<whole(0...2)).map { _ in
                "conv\(whole(LayerPlan.channelRange))" + (random.next() % 2 == 0 ? "k3" : "")
            }
            let widths = (0..<whole(0...4)).map { _ in String(whole(1...300)) }
            let all = convolutions + widths
            // Dashes separate layer items as commas do (`sweep layers 100,100-100`).
            return all.isEmpty ? "none" : all.joined(separator: random.next() % 2 == 0 ? "," : "-")
        case .augmentation:
            switch random.next() % 4 {
            case 0: return "none"
            case 1: return "rotate"
            case 2:
                let angles = (0..<whole(1...3)).map { _ in KnobParsing.format(Double(whole(1...179)) + 0.25) }
                return "rotate:" + angles.joined(separator: ",")
            default: return "random:\(KnobParsing.format(Double(whole(0...180)))),\(whole(0...10))"
            }
        case .dataset:
            if random.next() % 5 == 0 { return pick(["mnist", "fashion"]) }
            var path = ""
            for _ in 0..<whole(1...6) { path += pick(pathPieces) }
            // Surrounding spaces are not part of a path `set` takes (it trims them).
            path = path.trimmingCharacters(in: .whitespaces)
            return path.isEmpty || path == "mnist" || path == "fashion" ? "my digits" : path
        }
    }

    /// `config` written the three ways the session history writes it, then read back.
    static func expectRoundTrip(_ config: RunConfig, _ label: String) throws {
        let run = SessionFile.RunEntry(id: 1, status: "cancelled", epochsDone: 0, config: config)
        // `KNOB VALUE` as a learner types it; a value starting with `=` is typed `KNOB=VALUE`, since
        // `KNOB = VALUE` reads the `=` as the separator.
        let typed =
            "set "
            + RunConfig.knobs.map { knob in
                let value = knob.value(in: config)
                return knob.name + (value.hasPrefix("=") ? "=" : " ") + Tokenizer.quote(value)
            }.joined(separator: " ")
        let entries: [SessionFile.Entry] = [.command(typed), .result(run)]
        let file = SessionFile(toolVersion: "0.1.0", baseline: config, entries: entries)
        let text = file.render()
        let back = try SessionFile.parse(text, file: "round-trip.ovf")
        #expect(back.baseline == config, "\(label): baseline line \(text)")
        #expect(back.results.first?.config == config, "\(label): result line \(text)")
        #expect(back == file, "\(label)")

        var journal = JournalContents.header(tool: "0.1.0", started: nil, baseline: config, base: 0)
        for entry in entries { journal += SessionFile.lines(entry) }
        journal += JournalContents.commitLine(entries: entries.count, lesson: nil)
        let read = try #require(try JournalContents.read(Array(journal.utf8), file: "round-trip.journal"))
        #expect(read.baseline == config && read.entries == entries, "\(label): journal \(journal)")

        // The `set` line re-executed on a replay or resume gives the same knobs.
        let words = try Tokenizer.split(String(typed.dropFirst(4)))
        #expect(try KnobSettings(words: words).applied(to: RunConfig()) == config, "\(label): \(typed)")
    }

    @Test func everyKnobsValuesReadBackThroughTheSameGrammar() throws {
        var random = SessionFormatTests.Figures(state: 19)
        var tried: [String: Int] = [:]
        for knob in RunConfig.knobs {
            for trial in 0..<40 {
                let text = trial == 0 ? knob.example : Self.randomValue(of: knob, &random)
                var config = RunConfig()
                knob.set(try knob.parse(text), in: &config)
                try Self.expectRoundTrip(config, "\(knob.name) \(text)")
                tried[knob.name, default: 0] += 1
            }
        }
        // Every knob at once: a path ending in `,` or `:` is followed by the other settings.
        for trial in 0..<200 {
            var config = RunConfig()
            for knob in RunConfig.knobs { knob.set(try knob.parse(Self.randomValue(of: knob, &random)), in: &config) }
            try Self.expectRoundTrip(config, "all knobs, trial \(trial)")
        }
        #expect(Set(tried.keys) == Set(RunConfig.knobs.map(\.name)) && tried.values.allSatisfy { $0 == 40 })
    }

    /// The paths the issue named, each exactly.
    @Test(arguments: ["my digits", "my \"digits\"", "#digits", "a=b", "ünïcødé 数字", "ends with,", "ends with:", "a\\b"])
    func aDatasetPathReadsBackExactly(_ path: String) throws {
        var config = RunConfig()
        config.dataset = DatasetSource(path)
        try Self.expectRoundTrip(config, path)
        let file = SessionFile(baseline: config, entries: [.command("run")])
        #expect(try SessionFile.parse(file.render(), file: "f.ovf").baseline.dataset.description == path)
    }

    /// Control characters (and invisible format characters) never reach a file: `set` refuses them.
    @Test(arguments: ["a\u{1B}[2Jb", "tab\there", "new\nline", "nul\u{0}x", "bell\u{7}", "bidi\u{202E}x", "del\u{7F}"])
    func aPathWithControlCharactersIsRefusedBySet(_ path: String) throws {
        let dataset = try #require(RunConfig.knobs.first { $0.name == "dataset" })
        #expect(throws: HintedError.self) { try dataset.parse(path) }
        #expect(throws: HintedError.self) { try KnobSettings(words: ["dataset", path]) }
    }
}

/// A `layers` sweep with a dashed layer list is stored as typed and, read back, plans the same runs.
@Suite struct LayerSweepRoundTripTests {
    @Test func aDashedLayersSweepReadsBackAndPlansTheSameRuns() throws {
        let command = "sweep layers 4,100-100,conv8-20"
        let file = SessionFile(baseline: RunConfig(), entries: [.command(command)])
        let back = try SessionFile.parse(file.render(), file: "sweep.ovf")
        #expect(back == file)
        let plan = try SweepPlan(Array(try Tokenizer.split(command).dropFirst()), current: RunConfig())
        #expect(plan.values == ["4", "100-100", "conv8-20"])
        #expect(plan.configs.map(\.layerPlan.text) == ["4", "100,100", "conv8,20"])
    }
}
