import OverfitTraining
import Testing

/// The knob table itself: every declaration is usable, and each range is written once, so
/// the words for it and the check agree at its very ends.
@Suite struct KnobDeclarationTests {
    @Test func namesAliasesAndFieldsAreEachUsedOnce() {
        let words = RunConfig.knobs.flatMap { [$0.name] + $0.aliases }
        #expect(Set(words).count == words.count, "a name or alias names two knobs")
        let fields = RunConfig.knobs.map { $0.field as AnyKeyPath }
        #expect(Set(fields).count == fields.count, "two knobs set the same RunConfig field")
    }

    /// Code names knobs by `KnobID`; a learner and a file by name. Both reach the same knob, and
    /// the table lists the knobs in the identifiers' order (what `show` and session files use).
    @Test func everyIdentifierNamesItsOwnKnob() throws {
        #expect(RunConfig.knobs.map(\.id) == KnobID.allCases)
        for id in KnobID.allCases {
            #expect(RunConfig.knob(id).id == id)
            #expect(try RunConfig.knob(named: id.rawValue).id == id, "`\(id.rawValue)` reads as another knob")
            #expect(try RunConfig.knob(named: id.rawValue.uppercased()).name == id.rawValue)
        }
    }

    @Test func everyExampleIsAllowedAndChangesOnlyItsOwnKnob() throws {
        for knob in RunConfig.knobs {
            var config = RunConfig()
            let example = try knob.parse(knob.example)
            knob.set(example, in: &config)
            #expect(knob.typedValue(in: config) == example, "\(knob.name)")
            #expect(try knob.parse(knob.value(in: config)) == example, "\(knob.name): the value as shown reads back")
            #expect(config.differences(from: RunConfig()).allSatisfy { $0.name == knob.name }, "\(knob.name)")
        }
    }

    /// For every numeric knob: both ends as the words say them, and the numbers just outside.
    @Test func theRangeInWordsIsTheRangeChecked() throws {
        for knob in RunConfig.knobs {
            switch knob.domain {
            case .whole(let range):
                #expect(knob.allowed == "a whole number in [\(range.lowerBound), \(range.upperBound)]")
                #expect(throws: Never.self) { _ = try knob.parse(String(range.lowerBound)) }
                #expect(throws: Never.self) { _ = try knob.parse(String(range.upperBound)) }
                for outside in [range.lowerBound - 1, range.upperBound + 1] {
                    #expect(
                        throws: HintedError(
                            "\(knob.name) must be in [\(range.lowerBound), \(range.upperBound)] (got \(outside))",
                            hint: "e.g. set \(knob.name) \(knob.example)")
                    ) { _ = try knob.parse(String(outside)) }
                }
            case .real(let interval):
                let open = interval.includesLow ? "[" : "(", close = interval.includesHigh ? "]" : ")"
                #expect(
                    knob.allowed.hasPrefix("a number in \(open)") && knob.allowed.hasSuffix(close),
                    "\(knob.name): \(knob.allowed)")
                #expect(
                    ((try? knob.parse("\(interval.low)")) != nil) == interval.includesLow,
                    "\(knob.name) at \(interval.low)")
                #expect(
                    ((try? knob.parse("\(interval.high)")) != nil) == interval.includesHigh,
                    "\(knob.name) at \(interval.high)")
                #expect((try? knob.parse("\(interval.low.nextDown)")) == nil, "\(knob.name) below its range")
                #expect((try? knob.parse("\(interval.high.nextUp)")) == nil, "\(knob.name) above its range")
            case .choice(let words):
                for word in words { #expect(try knob.parse(word.uppercased()) == .choice(word)) }
                #expect((try? knob.parse("nonsense")) == nil)
            case .layers, .augmentation, .allOr, .dataset:
                #expect(!knob.choices.isEmpty)
            }
        }
    }

    @Test func valSizeStopsOneShortOfTheImagesThereAre() throws {
        let knob = try RunConfig.knob(named: "val_size")
        #expect(knob.allowed == "a whole number in [0, \(RunConfig.availableTrainingImages - 1)]")
    }

    @Test func remediesSayWhichWayReducesOverfitting() throws {
        let roles = Dictionary(
            uniqueKeysWithValues: RunConfig.knobs.compactMap { knob in knob.remedy.map { (knob.name, $0) } })
        #expect(roles["train_size"] == Remedy(.data, against: .raise, factor: 3))
        #expect(roles["layers"] == Remedy(.capacity, against: .lower))
        #expect(roles["dropout"] == Remedy(.regulariser, against: .raise, first: .real(0.2), factor: 2))
        #expect(roles["epochs"] == Remedy(.budget, against: .lower, factor: 2))
        #expect(roles["lr"]?.against == nil)
        #expect(roles["seed"] == nil && roles["eval_pixels"] == nil)
    }

    @Test func theEngineCasesAreTheKnobsWords() throws {
        #expect(try RunConfig.knob(named: "activation").choices == ["relu", "sigmoid", "tanh"])
        #expect(try RunConfig.knob(named: "init").choices == ["torch", "he", "xavier"])
    }
}
