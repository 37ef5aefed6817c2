import Foundation
import OverfitData
import OverfitLessons

/// The files area's words in one language: its messages, and the pieces several of them share
/// (a counted noun, a file's kind, the reason a write failed). English keeps the system's own
/// `strerror` text; another language names the common reasons in its words.
struct FileWords: Sendable {
    let language: Language
    let words: TutorMessages

    init(_ language: Language = .english) {
        self.language = language
        words = TutorMessages.installed(language)
    }

    func say(_ key: TutorMessages.Key, _ values: [String: String] = [:]) -> String { words.text(key, values) }

    /// `1 command`, `3 commands` (grouped: `1,024 commands`).
    func count(_ number: Int, one: TutorMessages.Key, many: TutorMessages.Key, grouped: Bool = true) -> String {
        say(number == 1 ? one : many, ["count": grouped ? Text.grouped(number) : String(number)])
    }

    func commands(_ number: Int, grouped: Bool = true) -> String {
        count(number, one: .fileCountCommandOne, many: .fileCountCommandMany, grouped: grouped)
    }

    func runs(_ number: Int, grouped: Bool = true) -> String {
        count(number, one: .fileCountRunOne, many: .fileCountRunMany, grouped: grouped)
    }

    /// What a file is, from `RegularFile.kind`'s English words.
    func kind(_ english: String) -> String {
        let keys: [String: TutorMessages.Key] = [
            "a directory": .fileKindDirectory, "a FIFO (named pipe)": .fileKindFifo,
            "a character device": .fileKindCharacterDevice, "a block device": .fileKindBlockDevice,
            "a socket": .fileKindSocket, "a symbolic link": .fileKindLink, "not a regular file": .fileKindOther,
        ]
        guard language != .english, let key = keys[english] else { return english }
        return say(key)
    }

    func kind(of mode: mode_t) -> String { kind(RegularFile.kind(of: mode)) }

    /// Why a system call failed: `strerror` in English, the language's words for the common codes.
    func reason(_ code: Int32) -> String {
        let english = String(cString: strerror(code))
        guard language != .english else { return english }
        switch code {
        case ENOENT: return say(.fileReasonMissing)
        case EACCES, EPERM: return say(.fileReasonDenied)
        case ENOSPC: return say(.fileReasonNoSpace)
        case EROFS: return say(.fileReasonReadOnly)
        case EDQUOT: return say(.fileReasonQuota)
        case ENOTDIR: return say(.fileReasonNotDirectory)
        default: return english
        }
    }

    /// The seven figures of an epoch line, as `EpochFigures.names` orders them.
    var figureNames: [String] {
        let names = say(.fileFigureNames).components(separatedBy: ", ")
        return names.count == EpochFigures.names.count ? names : EpochFigures.names
    }
}
