import OverfitEngine

/// Early stopping on validation loss (the lab slides' remedy 3): remembers the weights of the epoch
/// with the lowest validation loss and says stop after `patience` epochs without a new low.
struct EarlyStopping {
    enum Decision { case carryOn, stop }

    struct Best {
        var epoch: Int
        var loss: Double
        let network: Network
        var predictions: [UInt8]
    }

    let patience: Int
    private(set) var best: Best?
    private var epochsWithoutImprovement = 0
    private let snapshot: Network

    init(patience: Int, network: Network) {
        self.patience = patience
        snapshot = network.clone()
    }

    mutating func record(epoch: Int, validationLoss: Double, network: Network, predictions: [UInt8]) -> Decision {
        if validationLoss < (best?.loss ?? .infinity) {
            snapshot.load(from: network)
            best = Best(epoch: epoch, loss: validationLoss, network: snapshot, predictions: predictions)
            epochsWithoutImprovement = 0
            return .carryOn
        }
        epochsWithoutImprovement += 1
        return epochsWithoutImprovement >= patience ? .stop : .carryOn
    }
}
