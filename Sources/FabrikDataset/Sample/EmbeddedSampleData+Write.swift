#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension EmbeddedSampleData {
    /// Writes every sample CSV into `directory` (created if needed; files of
    /// the same names are replaced), ready for `DatasetReader.read(directory:)`.
    /// Throws `GeneratorError.cannotCreateDirectory` or `.cannotWrite`.
    public static func write(to directory: String) throws(GeneratorError) {
        try DatasetGenerator.createDirectory(directory)
        for (name, contents) in files {
            let path = directory + "/" + name
            guard let file = fopen(path, "wb") else { throw GeneratorError.cannotWrite(path: path, errno: errno) }
            let bytes = Array(contents.utf8)
            let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
            let closed = fclose(file) == 0
            guard written == bytes.count, closed else { throw GeneratorError.cannotWrite(path: path, errno: errno) }
        }
    }
}
