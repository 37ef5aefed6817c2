import OverfitTraining
import Testing

@testable import OverfitTutor

/// Stages that cannot fit a built-in dataset's 28×28 images are refused at `set`, with the sizes,
/// and change nothing; stages that fit are taken as before.
@Suite struct ConvolutionSetTests {
    @Test func stagesThatCannotFitAreRefusedAtSet() throws {
        let (session, _, _) = makeSession()
        let before = session.state.config
        do {
            try session.perform("set layers conv16,conv32,conv64,100 epochs 3")
            Issue.record("set accepted stages that shrink the image below 1×1")
        } catch {
            #expect(
                error.description.contains(
                    "stage 3 (conv64) would shrink the image below 1×1: the image goes 28×28 → 12×12 → 4×4"))
        }
        #expect(session.state.config == before)
    }

    @Test func stagesThatFitAreTaken() throws {
        let (session, _, _) = makeSession()
        try session.perform("set dataset fashion layers conv16,conv32k3,100")
        #expect(session.state.config.layers == [100])
        #expect(session.state.config.convolutions.map(\.description) == ["conv16", "conv32k3"])
    }
}
