import OverfitEngine
import Testing

@testable import OverfitTraining

/// The `layers` syntax with convolution stages, parsed before the knob exists.
@Suite struct LayerPlanTests {
    @Test func parsesStagesThenWidths() throws {
        let lenet = try LayerPlan.parse("conv16,conv32,100")
        #expect(
            lenet.convolutions == [ConvolutionStage(channels: 16), ConvolutionStage(channels: 32)]
                && lenet.widths == [100])
        #expect(lenet.text == "conv16,conv32,100")
        let kernels = try LayerPlan.parse(" CONV8k3 , conv4K1 ")
        #expect(
            kernels.convolutions == [
                ConvolutionStage(channels: 8, kernel: 3), ConvolutionStage(channels: 4, kernel: 1),
            ])
        #expect(kernels.widths.isEmpty && kernels.text == "conv8k3,conv4k1")
        #expect(try LayerPlan.parse("100,100,100,100") == LayerPlan(widths: [100, 100, 100, 100]))
        #expect(try LayerPlan.parse("none") == LayerPlan(widths: []) && LayerPlan(widths: []).text == "none")
        #expect(try LayerPlan.parse("conv16k5").text == "conv16", "5 is the default kernel")
    }

    /// Dashes separate items as commas do, so `sweep layers 100,100-100` can hold a deeper net;
    /// the plan reads back with commas.
    @Test func dashesSeparateItemsAsCommasDo() throws {
        #expect(try LayerPlan.parse("100-50") == LayerPlan(widths: [100, 50]))
        #expect(try LayerPlan.parse("conv8k3-conv16-100").text == "conv8k3,conv16,100")
        #expect(try LayerPlan.parse("100-100,100") == LayerPlan(widths: [100, 100, 100]))
        let negative = #expect(throws: HintedError.self) { try LayerPlan.parse("-5") }
        #expect(negative?.message.contains("an empty item at position 1 of `-5`") == true)
        let trailing = #expect(throws: HintedError.self) { try LayerPlan.parse("100-") }
        #expect(trailing?.message.contains("an empty item at position 2 of `100-`") == true)
    }

    /// Every bad text is refused with what was wrong, where, and an example.
    @Test(arguments: [
        (
            "100,conv16",
            "layers lists convolution stages before the dense widths (got `conv16` after 100, at position 2 of `100,conv16`)"
        ),
        ("conv", "a convolution stage is convN with N channels in [1, 256] (got `conv` at position 1 of `conv`)"),
        ("conv0", "a convolution stage is convN with N channels in [1, 256] (got `conv0` at position 1 of `conv0`)"),
        (
            "conv16k",
            "a convolution stage's kernel is convNkK with K in [1, 11] (got `conv16k` at position 1 of `conv16k`)"
        ),
        (
            "conv16k12",
            "a convolution stage's kernel is convNkK with K in [1, 11] (got `conv16k12` at position 1 of `conv16k12`)"
        ),
        (
            "conv16,,100",
            "layers must be convolution stages (convN, or convNkK for a K×K kernel) then hidden widths in [1, 4096], separated by commas or dashes, or none (got an empty item at position 2 of `conv16,,100`)"
        ),
        (
            "convolution",
            "a convolution stage is convN with N channels in [1, 256] (got `convolution` at position 1 of `convolution`)"
        ),
        (
            "lenet",
            "layers must be convolution stages (convN, or convNkK for a K×K kernel) then hidden widths in [1, 4096], separated by commas or dashes, or none (got `lenet` at position 1 of `lenet`)"
        ),
        ("conv1,conv1,conv1,conv1,conv1,conv1,conv1", "layers allows at most 6 convolution stages (got 7)"),
    ])
    func badTextIsRefused(text: String, message: String) {
        let error = #expect(throws: HintedError.self) { try LayerPlan.parse(text) }
        #expect(error?.message == message)
        #expect(error?.hint?.hasPrefix("e.g. set layers conv16") == true)
    }
}
