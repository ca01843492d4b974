// A child process in a process group of its own, so that the office and the
// helpers it forks can be ended together.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace alliance::office {

class ChildProcess {
 public:
  // Starts argv[0] with stdin from /dev/null and stdout and stderr into logFile.
  // Throws OfficeError when it cannot be started.
  ChildProcess(const std::vector<std::string>& argv, const std::filesystem::path& logFile);
  // Kills the process group if the process is still running.
  ~ChildProcess();
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  // True once the process has exited (never blocks).
  [[nodiscard]] bool exited();
  // Waits up to `timeout` for the process to exit; true when it did.
  [[nodiscard]] bool waitFor(std::chrono::milliseconds timeout);
  // Sends SIGKILL to the whole process group and reaps the process.
  void killGroup();
  // "exited with code 1", "was killed by signal 9" (after it exited).
  [[nodiscard]] std::string describeExit() const;

 private:
  pid_t pid_ = -1;
  std::optional<int> status_;
};

// The signal (SIGINT, SIGTERM, SIGHUP) that killed the office while it ran,
// or 0. The caller cleans up and then re-raises it.
[[nodiscard]] int interruptingSignal();

}  // namespace alliance::office
