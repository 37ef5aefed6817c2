import ArgumentParser
import OverfitLessons
import OverfitTraining
import OverfitTutor

/// What the argument parser itself refused on the command line (`--bogus`, `--data` with no
/// value, an extra argument), read from the error it threw so that `main` can say it in the
/// learner's language. The parser's error type and its cases are internal to the parser: they
/// are read through `Mirror` by their case names, never from its English sentences. The tokens
/// are the learner's own (an option's name as typed, the value typed); the value names
/// (`<dir>`) come from the usage line the parser prints. Anything unrecognised is `.other`: the
/// caller quotes the parser's English.
enum ParserComplaint: Equatable {
    /// `--bogus`; `suggestion` is the option the parser proposes (`--dat` → `--data`).
    case unknownOption(String, suggestion: String?)
    /// `--data` as the last argument; `value` is its value name from the usage line (`<dir>`).
    case missingValue(option: String, value: String)
    /// A required argument left out: the parser's synopsis of it (`<file>`).
    case missingArgument(String)
    /// Arguments no option or argument takes.
    case extraArguments([String])
    /// `value` refused for `option` (`--seeds <list>`, or a positional argument's `<name>`);
    /// `reason` the error that said why, or the values allowed.
    case invalidValue(value: String, option: String, reason: Reason)
    /// A flag given a value: `--resume=3`.
    case unexpectedValue(option: String, value: String)
    /// A parser error of another kind (or not the parser's): quoted as it is.
    case other

    enum Reason: Equatable {
        case none
        /// The transform's or initialiser's error.
        case error(HintedError)
        /// The values the option takes.
        case oneOf([String])
    }

    /// The complaint `error` (what `parseAsRoot(arguments)` threw) makes; `message` is the
    /// parser's English sentence and `usage` its usage line, read only for value names and the
    /// option it suggests.
    static func classify(_ error: Error, message: String, usage: String) -> ParserComplaint {
        guard let parserError = parserError(in: error), let (kind, payload) = enumCase(parserError) else {
            return .other
        }
        let fields = payload.map { Mirror(reflecting: $0).children.map(\.value) } ?? []
        switch kind {
        case "unknownOption":
            guard fields.count == 2, let name = optionName(fields[1]) else { return .other }
            return .unknownOption(name, suggestion: suggestion(in: message, for: name, usage: usage))
        case "missingValueOrUnknownCompositeOption":
            // `-xyz` where `-x` takes a value: the parser cannot tell which was meant; the whole
            // group is what the learner typed and no option it knows.
            guard fields.count == 3, let name = optionName(fields[2]) else { return .other }
            return .unknownOption(name, suggestion: nil)
        case "missingValueForOption":
            guard fields.count == 2, let name = optionName(fields[1]), let value = valueName(of: name, in: usage)
            else { return .other }
            return .missingValue(option: name, value: value)
        case "noValue":
            let quoted = quotedTokens(message)
            guard quoted.count == 1 else { return .other }
            return .missingArgument(quoted[0])
        case "unexpectedExtraValues":
            guard let values = payload.map({ Mirror(reflecting: $0).children.map(\.value) }) else { return .other }
            let typed = values.compactMap { pair in
                Mirror(reflecting: pair).children.dropFirst().first?.value as? String
            }
            guard !typed.isEmpty, typed.count == values.count else { return .other }
            return .extraArguments(typed)
        case "unexpectedValueForOption":
            guard fields.count == 3, let name = optionName(fields[1]), let value = fields[2] as? String else {
                return .other
            }
            return .unexpectedValue(option: name, value: value)
        case "unableToParseValue":
            guard fields.count == 5, let value = fields[2] as? String else { return .other }
            // An option as `--seeds <list>`; a positional argument as the parser names it (`<session>`).
            let name = unwrapped(fields[1]).flatMap(optionName)
            let quoted = quotedTokens(message)
            guard
                let option = name.map({ name in valueName(of: name, in: usage).map { name + " " + $0 } ?? name })
                    ?? (quoted.count > 1 ? quoted[1] : nil)
            else { return .other }
            if let cause = unwrapped(fields[4]) {
                guard let cause = cause as? Error else { return .other }
                return .invalidValue(value: value, option: option, reason: .error(hinted(cause)))
            }
            let allowed = allowedValues(message)
            return .invalidValue(value: value, option: option, reason: allowed.isEmpty ? .none : .oneOf(allowed))
        default:
            return .other
        }
    }

    /// The parser's `ParserError` inside `error` (it wraps it with the command stack), if it is one.
    static func parserError(in error: Error) -> Any? {
        if String(describing: type(of: error)) == "ParserError" { return error }
        let wrapped = Mirror(reflecting: error).children.first { $0.label == "parserError" }?.value
        return wrapped.flatMap { String(describing: type(of: $0)) == "ParserError" ? $0 : nil }
    }

    /// An enum value's case name and payload (nil for a case without one).
    static func enumCase(_ value: Any) -> (String, Any?)? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .enum else { return nil }
        if let child = mirror.children.first, let label = child.label { return (label, child.value) }
        return (String(describing: value), nil)
    }

    /// The parser's `Name` as written on the command line: `--data`, `-x`, `-long`.
    static func optionName(_ value: Any) -> String? {
        guard let (kind, payload) = enumCase(value), let payload else { return nil }
        switch kind {
        case "long": return (payload as? String).map { "--" + $0 }
        case "longWithSingleDash": return (payload as? String).map { "-" + $0 }
        case "short":
            let character = Mirror(reflecting: payload).children.first?.value as? Character
            return character.map { "-" + String($0) }
        default: return nil
        }
    }

    /// The value inside an optional, or nil when it holds none; a non-optional as it is.
    static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }

    /// `option`'s value name in the usage line (`--data <dir>` gives `<dir>`).
    static func valueName(of option: String, in usage: String) -> String? {
        guard let start = usage.range(of: option + " <") else { return nil }
        let rest = usage[start.upperBound...]
        guard let end = rest.firstIndex(of: ">") else { return nil }
        return "<" + rest[..<end] + ">"
    }

    /// The options of the usage line (`--data`, `--lang`).
    static func options(in usage: String) -> [String] {
        usage.split(whereSeparator: { " []".contains($0) }).map(String.init).filter { $0.hasPrefix("-") }
    }

    /// The option the parser proposes for `typed`: one of the usage line's options that its
    /// message quotes.
    static func suggestion(in message: String, for typed: String, usage: String) -> String? {
        let quoted = Set(quotedTokens(message))
        return options(in: usage).first { $0 != typed && quoted.contains($0) }
    }

    /// The parser's single-quoted tokens in `message`, in order.
    static func quotedTokens(_ message: String) -> [String] {
        let parts = message.components(separatedBy: "'")
        return stride(from: 1, to: parts.count - 1, by: 2).map { parts[$0] }
    }

    /// The values the parser lists as allowed: its bullet list (`  - name`), or the quoted values
    /// after the value and the option's synopsis.
    static func allowedValues(_ message: String) -> [String] {
        let bullets = message.components(separatedBy: "\n").filter { $0.hasPrefix("  - ") }.map {
            String($0.dropFirst(4))
        }
        if !bullets.isEmpty { return bullets }
        return Array(quotedTokens(message).dropFirst(2))
    }

    /// `error` as a hinted error: ours keep their catalogue phrases; any other is its English.
    static func hinted(_ error: Error) -> HintedError {
        if let error = error as? HintedError { return error }
        if let error = error as? ValidationError { return HintedError(error.message) }
        return HintedError(String(describing: error))
    }
}

extension ParserComplaint {
    /// The complaint in `style`'s language; nil for `.other`.
    func said(style: RenderStyle) -> String? {
        func quoted(_ token: String) -> String { "'" + token + "'" }
        switch self {
        case .unknownOption(let option, nil):
            return style.say(.errorOptionUnknown, ["option": option])
        case .unknownOption(let option, let suggestion?):
            return style.say(.errorOptionUnknownSuggest, ["option": option, "suggestion": suggestion])
        case .missingValue(let option, let value):
            return style.say(.errorOptionMissingValue, ["option": option, "value": value])
        case .missingArgument(let argument):
            return style.say(.errorArgumentMissing, ["argument": argument])
        case .extraArguments(let arguments) where arguments.count == 1:
            return style.say(.errorArgumentUnexpected, ["argument": arguments[0]])
        case .extraArguments(let arguments):
            return style.say(
                .errorArgumentsUnexpected,
                ["count": String(arguments.count), "arguments": arguments.map(quoted).joined(separator: ", ")])
        case .invalidValue(let value, let option, .none):
            return style.say(.errorValueInvalid, ["value": value, "option": option])
        case .invalidValue(let value, let option, .oneOf(let values)):
            return style.say(
                .errorValueInvalidOneOf,
                ["value": value, "option": option, "values": values.map(quoted).joined(separator: ", ")])
        case .invalidValue(let value, let option, .error(let error)):
            let why = OptionRefusal.said(error, style: style) ?? "\"" + error.description + "\""
            return style.say(.errorValueInvalidWhy, ["value": value, "option": option, "why": why])
        case .unexpectedValue(let option, let value):
            return style.say(.errorOptionTakesNoValue, ["option": option, "value": value])
        case .other:
            return nil
        }
    }
}
