/// A duration in seconds, for the figures the tests print.
extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) * 1e-18 }
}
