import ArgumentParser
import Foundation
import OverfitData
import OverfitTraining

/// The headless commands' way to get MNIST: a missing or damaged file is one clear message on
/// standard error and exit status 2, never a trace.
enum DataLoading {
    static func trainingData(flag: String?) throws -> TrainingData {
        do {
            return try TrainingData.mnist(directory: flag, environment: ProcessInfo.processInfo.environment)
        } catch {
            // The message names files and directories, from the environment or a listing: sanitised.
            StandardStreams.err(VisibleText.escaped("error: \(error)", keepingNewlines: true) + "\n")
            throw ExitCode(2)
        }
    }
}
