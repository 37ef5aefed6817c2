import ArgumentParser
import Foundation
import OverfitTraining

/// The headless commands' way to get MNIST: a missing or damaged file is one clear message on
/// standard error and exit status 2, never a trace.
enum DataLoading {
    static func trainingData(flag: String?) throws -> TrainingData {
        do {
            return try TrainingData.mnist(directory: flag, environment: ProcessInfo.processInfo.environment)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(2)
        }
    }
}
