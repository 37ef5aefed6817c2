/// The five documents the lessons re-run, named by what they are. (Their files are numbered,
/// but a learner reads "seed 004" as the `seed` knob.) What each one did with a knob is told in
/// `lessons/knobs.txt`; a knob's declaration only points at the documents.
public enum SourceDocument: String, CaseIterable, Sendable {
    /// The university lab slides "Overfitting" (PyTorch, MNIST): the tutor's backbone.
    case labSlides = "lab-slides"
    /// The blog on "Deep Learning from Scratch", chapter 6 (NumPy, MNIST).
    case deepLearningFromScratch = "deep-learning-from-scratch"
    /// The Keras blog on layers and dropout (MNIST and CIFAR-10).
    case kerasBlog = "keras-blog"
    /// The blog "let's make the model overfit" (PyTorch AlexNet).
    case alexNetBlog = "alexnet-blog"
    /// The notebook on causes and cures of overfitting (PyTorch, CIFAR-10).
    case cifarNotebook = "cifar-notebook"

    /// How the tutor names the document in a sentence.
    public var title: String {
        switch self {
        case .labSlides: return "the lab slides"
        case .deepLearningFromScratch: return "Deep Learning from Scratch"
        case .kerasBlog: return "the Keras blog"
        case .alexNetBlog: return "the AlexNet blog"
        case .cifarNotebook: return "the CIFAR-10 notebook"
        }
    }
}
