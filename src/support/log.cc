#include "support/log.h"

#include <spdlog/logger.h>
#include <spdlog/sinks/rotating_file_sink.h>

#include <cctype>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

namespace alliance::support::log {

namespace {

// One log per process, shared by every instance of the add-in and every thread.
struct State {
  std::mutex mutex;
  std::filesystem::path directory;
  spdlog::level::level_enum level = spdlog::level::off;
  std::shared_ptr<spdlog::logger> logger;  // opened on the first message
  std::size_t messages = 0;
  bool failed = false;  // the file could not be opened: do not try on every call
};

State& state() {
  static State s;
  return s;
}

std::shared_ptr<spdlog::logger> openLogger(const std::filesystem::path& directory,
                                           spdlog::level::level_enum level) {
  auto sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
      (directory / kFileName).string(), kMaxFileBytes, kOldFiles);
  // Not registered with spdlog: nothing else in the office process can reach it.
  auto logger = std::make_shared<spdlog::logger>("AllianceCalc", std::move(sink));
  logger->set_pattern("%Y-%m-%d %H:%M:%S.%e [%l] [pid %P thread %t] %v");
  logger->set_level(level);
  logger->flush_on(spdlog::level::trace);  // a crash must not eat the last lines
  return logger;
}

}  // namespace

spdlog::level::level_enum levelFromText(const char* text) noexcept {
  if (text == nullptr) {
    return spdlog::level::warn;
  }
  std::string name;
  for (const char* p = text; *p != '\0' && name.size() < 16; ++p) {
    const auto c = static_cast<unsigned char>(*p);
    if (std::isspace(c) == 0) {
      name.push_back(static_cast<char>(std::tolower(c)));
    }
  }
  static constexpr std::pair<std::string_view, spdlog::level::level_enum> kNames[] = {
      {"trace", spdlog::level::trace},  {"debug", spdlog::level::debug},
      {"info", spdlog::level::info},    {"warn", spdlog::level::warn},
      {"warning", spdlog::level::warn}, {"error", spdlog::level::err},
      {"err", spdlog::level::err},      {"critical", spdlog::level::critical},
      {"off", spdlog::level::off}};
  for (const auto& [word, level] : kNames) {
    if (name == word) {
      return level;
    }
  }
  return spdlog::level::warn;
}

void configure(const std::filesystem::path& directory, spdlog::level::level_enum level) noexcept {
  try {
    State& s = state();
    const std::lock_guard<std::mutex> lock(s.mutex);
    if (directory == s.directory && level == s.level && !directory.empty()) {
      return;  // another instance of the add-in in the same office: keep the log as it is
    }
    if (s.logger) {
      s.logger->flush();
    }
    s.logger.reset();
    s.directory = directory;
    s.level = directory.empty() ? spdlog::level::off : level;
    s.messages = 0;
    s.failed = false;
  } catch (...) {
    // logging never fails a call
  }
}

void configureFromEnvironment(const std::filesystem::path& directory) noexcept {
  configure(directory, levelFromText(std::getenv(kLevelVariable)));
}

spdlog::level::level_enum level() noexcept {
  try {
    State& s = state();
    const std::lock_guard<std::mutex> lock(s.mutex);
    return s.level;
  } catch (...) {
    return spdlog::level::off;
  }
}

void write(spdlog::level::level_enum level, std::string_view message) noexcept {
  try {
    State& s = state();
    const std::lock_guard<std::mutex> lock(s.mutex);
    if (level < s.level || s.level == spdlog::level::off || s.failed) {
      return;
    }
    if (s.messages >= kMaxMessages) {
      return;
    }
    if (!s.logger) {
      try {
        s.logger = openLogger(s.directory, s.level);
      } catch (...) {
        s.failed = true;  // a read-only profile: carry on without a log
        return;
      }
    }
    ++s.messages;
    s.logger->log(level, "{}", message);
    if (s.messages == kMaxMessages) {
      s.logger->warn("{} messages written in this session; further ones are left out",
                     kMaxMessages);
    }
  } catch (...) {
    // logging never fails a call
  }
}

void flush() noexcept {
  try {
    State& s = state();
    const std::lock_guard<std::mutex> lock(s.mutex);
    if (s.logger) {
      s.logger->flush();
    }
  } catch (...) {
    // logging never fails a call
  }
}

}  // namespace alliance::support::log
