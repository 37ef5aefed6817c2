import OverfitData
import OverfitEngine

/// What the `layers` text describes: convolution stages, then dense hidden widths.
/// `conv16,conv32,100` = conv 5×5 16 channels → pool → conv 5×5 32 channels → pool → dense 100;
/// `conv16k3` picks a 3×3 kernel. The input and the output layer are implied by the dataset.
///
/// A pure parser: the `layers` knob will call it (issue 14, second part). Whether the stages fit
/// a dataset's images is `RunConfig.convolutionShapes(for:)`'s to say.
public struct LayerPlan: Equatable, Sendable {
    public var convolutions: [ConvolutionStage]
    public var widths: [Int]

    public init(convolutions: [ConvolutionStage] = [], widths: [Int]) {
        self.convolutions = convolutions
        self.widths = widths
    }

    public static let channelRange = 1...256
    public static let kernelRange = 1...11
    public static let maximumStages = 6
    public static let widthRange = 1...4096
    public static let maximumWidths = 12
    static let example = Phrase.example("layers", "conv16,conv32,100")
    /// What may separate two items: `100,100` and `100-100` are one plan.
    static let separators: Set<Character> = [",", "-"]

    /// As `parse` reads it back: `conv16,conv32,100`, or `none`.
    public var text: String {
        let items = convolutions.map(\.description) + widths.map(String.init)
        return items.isEmpty ? "none" : items.joined(separator: ",")
    }

    /// Parses `none` (or `0`) or items separated by commas or dashes: stages `convN` / `convNkK`
    /// first, then widths. The dash (`100-100`, as a paper writes 784-100-100-10) is there for
    /// `sweep`, whose values are separated by commas: `sweep layers 100,100-100,100-100-100`.
    /// Errors say what was wrong, what is allowed, and give an example.
    public static func parse(_ text: String) throws(HintedError) -> LayerPlan {
        let trimmed = text.trimmingCharacters(in: " \t").lowercased()
        if trimmed == "none" || trimmed == "0" { return LayerPlan(widths: []) }
        var plan = LayerPlan(widths: [])
        let parts = trimmed.split(omittingEmptySubsequences: false, whereSeparator: { separators.contains($0) }).map {
            String($0).trimmingCharacters(in: " \t")
        }
        for (index, piece) in parts.enumerated() {
            let quoted = KnobParsing.quoted(text)
            let position = Phrase(
                .phraseLayersPosition, ["index": .text(String(index + 1)), "text": .text(quoted)],
                english: "at position \(index + 1) of \(quoted)")
            if piece.hasPrefix("conv") {
                guard plan.widths.isEmpty else {
                    let got = KnobParsing.quoted(piece), after = String(plan.widths.last ?? 0)
                    throw HintedError(
                        Phrase(
                            .errorLayersOrder,
                            ["got": .text(got), "after": .text(after), "position": .phrase(position)],
                            english:
                                "layers lists convolution stages before the dense widths (got \(got) after \(after), \(position.english))"
                        ),
                        hint: example)
                }
                plan.convolutions.append(try stage(piece, position: position))
            } else if let width = Int(piece), widthRange.contains(width) {
                plan.widths.append(width)
            } else {
                let what: Phrase.Value =
                    piece.isEmpty
                    ? .phrase(Phrase(.phraseEmptyItem, english: "an empty item")) : .text(KnobParsing.quoted(piece))
                throw HintedError(
                    Phrase(
                        .errorLayersItem, ["got": what, "position": .phrase(position)],
                        english:
                            "layers must be convolution stages (convN, or convNkK for a K×K kernel) then hidden widths in [1, 4096], separated by commas or dashes, or none (got \(what.english) \(position.english))"
                    ),
                    hint: example)
            }
        }
        guard plan.convolutions.count <= maximumStages else {
            throw HintedError(
                Phrase(
                    .errorLayersStages,
                    ["limit": .text(String(maximumStages)), "got": .text(String(plan.convolutions.count))],
                    english:
                        "layers allows at most \(maximumStages) convolution stages (got \(plan.convolutions.count))"),
                hint: example)
        }
        guard plan.widths.count <= maximumWidths else {
            throw HintedError(
                Phrase(
                    .errorLayersWidths,
                    ["limit": .text(String(maximumWidths)), "got": .text(String(plan.widths.count))],
                    english: "layers allows at most \(maximumWidths) hidden layers (got \(plan.widths.count))"),
                hint: .example("layers", "100,100,100,100,100,100"))
        }
        return plan
    }

    /// `conv16` or `conv16k3`.
    private static func stage(_ piece: String, position: Phrase) throws(HintedError) -> ConvolutionStage {
        let body = piece.dropFirst("conv".count)
        let parts = body.split(separator: "k", maxSplits: 1, omittingEmptySubsequences: false)
        guard let channels = parts.first.flatMap({ Int($0) }), channelRange.contains(channels) else {
            throw HintedError(stageError(.errorConvChannels, piece, channelRange, position), hint: example)
        }
        guard parts.count == 2 else { return ConvolutionStage(channels: channels) }
        guard let kernel = Int(parts[1]), kernelRange.contains(kernel) else {
            throw HintedError(
                stageError(.errorConvKernel, piece, kernelRange, position),
                hint: .example("layers", "conv16k3,conv32k3,100"))
        }
        return ConvolutionStage(channels: channels, kernel: kernel)
    }

    /// A stage's channels or kernel out of `range`.
    private static func stageError(
        _ message: TrainingMessage, _ piece: String, _ range: ClosedRange<Int>, _ position: Phrase
    ) -> Phrase {
        let got = KnobParsing.quoted(piece), (low, high) = (range.lowerBound, range.upperBound)
        let values: [String: Phrase.Value] = [
            "low": .text(String(low)), "high": .text(String(high)), "got": .text(got), "position": .phrase(position),
        ]
        let english =
            message == .errorConvChannels
            ? "a convolution stage is convN with N channels in [\(low), \(high)] (got \(got) \(position.english))"
            : "a convolution stage's kernel is convNkK with K in [\(low), \(high)] (got \(got) \(position.english))"
        return Phrase(message, values, english: english)
    }
}
