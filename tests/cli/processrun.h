// SPDX-License-Identifier: MIT
// Runs a command line as a process for the end-to-end tests of modelscout-cli: exit
// code, standard output and standard error captured separately.
#pragma once

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <sys/wait.h>

namespace clitest {

/** What a process did: its exit code (-1 when it did not exit normally) and output. */
struct Result {
    int exitCode = -1;
    std::string out;
    std::string err;
};

/** The whole content of `path` (empty when it cannot be read). */
inline std::string slurp(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/** A temporary folder of this test process, made on first use. */
inline std::filesystem::path tempDir()
{
    static const std::filesystem::path dir = [] {
        std::string pattern = (std::filesystem::temp_directory_path() / "ms-cli-test-XXXXXX").string();
        return std::filesystem::path(mkdtemp(pattern.data()));
    }();
    return dir;
}

/** Runs a shell command line; stdout and stderr are captured separately. */
inline Result run(const std::string& commandLine)
{
    static int counter = 0;
    const auto errFile = tempDir() / ("stderr-" + std::to_string(++counter));
    Result r;
    FILE* pipe = popen((commandLine + " 2>'" + errFile.string() + "'").c_str(), "r");
    if (!pipe)
        return r;
    std::array<char, 4096> buffer {};
    std::size_t n = 0;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        r.out.append(buffer.data(), n);
    const int status = pclose(pipe);
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.err = slurp(errFile);
    return r;
}

} // namespace clitest
