import Foundation
import RenpaCLI

exit(RenpaCLI.main(Array(CommandLine.arguments.dropFirst())))
