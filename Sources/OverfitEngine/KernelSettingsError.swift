/// An OVERFIT_KERNELS or OVERFIT_THREADS value the engine cannot use.
public struct KernelSettingsError: Error, Equatable, CustomStringConvertible, Sendable {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
