/// What a directory's four IDX files hold, from their headers alone: enough to estimate a run's
/// memory before a byte of image data is read or inflated (a 6.5 MB folder of 256×256 pictures
/// is gigabytes once loaded).
public struct DataShape: Sendable, Equatable {
    public var trainCount: Int
    public var testCount: Int
    public var rows: Int
    public var cols: Int

    public init(trainCount: Int, testCount: Int, rows: Int, cols: Int) {
        self.trainCount = trainCount
        self.testCount = testCount
        self.rows = rows
        self.cols = cols
    }
}

extension IDXDirectory {
    /// The two image files' headers, checked against `rules.limits` (only the first 16 bytes of
    /// each are inflated). Throws the error loading would give for a header that is refused.
    public static func shape(_ directory: String, rules: IDXRules) throws -> DataShape {
        let train = try header(file(trainImages, in: directory), limits: rules.limits)
        let test = try header(file(testImages, in: directory), limits: rules.limits)
        return DataShape(trainCount: train.dims[0], testCount: test.dims[0], rows: train.dims[1], cols: train.dims[2])
    }

    static func header(_ path: String, limits: IDXLimits) throws -> IDXHeader {
        let size = IDXHeader.size(dimensions: Int(IDXReader.imageMagic & 0xFF))
        let head: [UInt8]
        if path.hasSuffix(".gz") {
            // The reader is dropped after the header: nothing more is inflated.
            head = try GzipReader(path: path).read(upTo: size)
        } else {
            switch RegularFile.open(path) {
            case .failure(let refusal): throw DataError(refusal, path: path, expected: "an IDX file")
            case .success(let opened):
                defer { closeDescriptor(opened.descriptor) }
                var bytes = [UInt8](repeating: 0, count: size)
                let got = bytes.withUnsafeMutableBytes { buffer -> Int in
                    guard let base = buffer.baseAddress else { return 0 }
                    return readDescriptor(opened.descriptor, base, size)
                }
                head = Array(bytes.prefix(max(0, got)))
            }
        }
        return try IDXHeader.parse(head, file: path, magic: IDXReader.imageMagic, limits: limits)
    }
}

extension DatasetSource {
    /// The shape of a directory's data from its headers; nil for MNIST and Fashion-MNIST, whose
    /// sizes are known (60,000 and 10,000 images of 28×28), and for a directory whose headers
    /// cannot be read (loading it will say why).
    public func shape() -> DataShape? {
        guard case .directory(let path) = self else { return nil }
        return try? IDXDirectory.shape(path, rules: .directory(path))
    }
}
