/// The tool's version, written into session files and JSON output.
public enum OverfitVersion {
    public static let current = "0.1.0"
}
