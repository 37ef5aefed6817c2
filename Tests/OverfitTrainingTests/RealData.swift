import OverfitData
import OverfitTraining

/// The real MNIST from the package's datasets/, loaded once for all tests that need it.
enum RealData {
    static let directory: String = {
        var url = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
        url = "/" + url + "/datasets"
        return url
    }()

    static let shared: TrainingData? = {
        guard let (train, test) = try? MNIST.load(directory: directory) else { return nil }
        return TrainingData(train: train, test: test)
    }()
}
