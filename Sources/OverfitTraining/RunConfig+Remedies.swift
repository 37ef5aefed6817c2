extension RunConfig {
    /// The brakes this config turns that can be eased a step (weight_decay, l1, dropout,
    /// dropconnect), strongest kind first as the knob table orders them.
    public var regularisersInUse: [Knob] {
        let defaults = RunConfig()
        return Self.knobs.filter { knob in
            knob.remedy?.role == .regulariser && knob.remedy?.factor != nil
                && knob.typedValue(in: self) != knob.typedValue(in: defaults)
        }
    }
}

extension RunConfig.Optimizer {
    /// A learning rate that trains the lessons' networks with this optimizer (the sources'
    /// own choices): 0.1 for SGD as the lab slides, 0.01 with momentum 0.9 (the same effective
    /// step), 0.001 for Adam as the CIFAR-10 notebook. Advice moves lr towards it, never past.
    public var usualLearningRate: Double {
        switch self {
        case .sgd: return 0.1
        case .momentum: return 0.01
        case .adam: return 0.001
        }
    }
}
