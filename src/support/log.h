// The extension's log, shared by the add-in and the sidebar: warnings and errors
// in a rotating file in the office's user profile, so that a user can send it with
// a bug report (docs/reliability.md).
// spdlog, header-only, over header-only fmt: the extension needs no new shared library.
//
// Nothing is logged on the hot path: bad input (InputError) is an expected result
// shown in the cell, never a log line. What is logged: failures that are not bad input
// (the exception firewall's unexpected exceptions) and, at level info, the start-up.
// Every function here is noexcept: logging never changes what a call does.
#pragma once

#include <spdlog/common.h>

#include <cstddef>
#include <filesystem>
#include <string_view>

namespace alliance::support::log {

// The log file in the chosen directory; rotated at kMaxFileBytes, keeping kOldFiles
// older files (alliancecalc.1.log, alliancecalc.2.log, ...).
inline constexpr std::string_view kFileName = "alliancecalc.log";
inline constexpr std::size_t kMaxFileBytes = std::size_t{1024} * 1024;
inline constexpr std::size_t kOldFiles = 3;
// After this many messages in one office session further ones are dropped (one line
// says so), so that a failure repeated in every cell of a large sheet cannot flood it.
inline constexpr std::size_t kMaxMessages = 1000;
// The environment variable naming the level: trace, debug, info, warn (the default),
// error, critical or off.
inline constexpr const char* kLevelVariable = "ALLIANCECALC_LOG_LEVEL";

// The level a text names, in any case and with spaces around; warn for null, empty or
// unknown text.
[[nodiscard]] spdlog::level::level_enum levelFromText(const char* text) noexcept;

// Logs into `directory` (created when missing) at `level` from now on. The file is
// opened when the first message at that level or above is written, so a session with
// nothing to report leaves no file. An empty directory turns logging off.
void configure(const std::filesystem::path& directory, spdlog::level::level_enum level) noexcept;

// configure() with the level from the environment variable kLevelVariable.
void configureFromEnvironment(const std::filesystem::path& directory) noexcept;

// The level in use (off when no directory is configured).
[[nodiscard]] spdlog::level::level_enum level() noexcept;

// Writes one message; does nothing below the level or without a directory.
void write(spdlog::level::level_enum level, std::string_view message) noexcept;
inline void info(std::string_view message) noexcept { write(spdlog::level::info, message); }
inline void warn(std::string_view message) noexcept { write(spdlog::level::warn, message); }
inline void error(std::string_view message) noexcept { write(spdlog::level::err, message); }

// Writes what is buffered and closes the file (tests read it afterwards).
void flush() noexcept;

}  // namespace alliance::support::log
