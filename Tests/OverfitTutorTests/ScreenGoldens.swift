enum ScreenGoldens { static let all: [String: String] = [:] }
