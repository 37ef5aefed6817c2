import ArgumentParser
import Foundation
import OverfitData
import OverfitTraining

/// The headless commands' way to get their data: a missing or damaged file is one clear message
/// on standard error and exit status 2, never a trace.
enum DataLoading {
    static func trainingData(flag: String?, source: DatasetSource = .mnist) throws -> TrainingData {
        do {
            return try TrainingData.load(source, mnistDirectory: flag, environment: ProcessInfo.processInfo.environment)
        } catch {
            // The message names files and directories, from the environment or a listing: sanitised.
            StandardStreams.err(VisibleText.escaped("error: \(error)", keepingNewlines: true) + "\n")
            throw ExitCode(2)
        }
    }

    /// MNIST loaded now (so a missing MNIST fails before any work), other datasets when a run
    /// names them.
    static func trainers(flag: String?) throws -> Trainers {
        let mnist = try trainingData(flag: flag)
        let environment = ProcessInfo.processInfo.environment
        return Trainers { source in
            source == .mnist ? mnist : try TrainingData.load(source, mnistDirectory: flag, environment: environment)
        }
    }
}
