import OverfitEngine

extension RunConfig {
    /// The `layers` knob's value: the convolution stages and the dense widths, read and written
    /// together so that one knob sets both fields.
    public var layerPlan: LayerPlan {
        get { LayerPlan(convolutions: convolutions, widths: layers) }
        set {
            convolutions = newValue.convolutions
            layers = newValue.widths
        }
    }
}
