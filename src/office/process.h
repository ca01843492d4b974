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

// What to clean up when we die without ending the child ourselves (SIGKILL, a
// crash): the child's group is killed, then these are removed.
struct OrphanCleanup {
  std::filesystem::path folder;  // removed with everything in it
  std::string pipeName;          // the office's pipe, /tmp/OSL_PIPE_<uid>_<name>
};

class ChildProcess {
 public:
  // Starts argv[0] with stdin from /dev/null and stdout and stderr into logFile,
  // and a watchdog that ends it and does `cleanup` should we die first. The
  // child gets our environment with the NAME=value entries of `environment`
  // in place of ours. Throws OfficeError when it cannot be started.
  ChildProcess(const std::vector<std::string>& argv, const std::filesystem::path& logFile,
               const OrphanCleanup& cleanup = {}, const std::vector<std::string>& environment = {});
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
  // Tells the watchdog the pipes (Unix sockets under /tmp) that the process
  // group listens on by now, to remove should we die first: the office's
  // single-instance pipe is named after a hash of its profile, known only once
  // it is up. Call it after connecting.
  void watchOwnPipes() const;

 private:
  void startWatchdog(const OrphanCleanup& cleanup);
  void standDownWatchdog() noexcept;

  pid_t pid_ = -1;
  std::optional<int> status_;
  pid_t watchdog_ = -1;
  int watchdogPipe_ = -1;  // its standard input; closed without "done", it acts
};

// The signal (SIGINT, SIGTERM, SIGHUP) that killed the office while it ran,
// or that arrived while working in an office we do not own, or 0. The caller
// cleans up and then re-raises it.
[[nodiscard]] int interruptingSignal();

// For an office we do not own (a connected one): a first signal is only
// recorded (interruptingSignal), so that the work stops at its next safe point
// and closes its documents and removes its partial files in that office
// instead of leaving them there; a second one ends us at once.
void deferInterrupts();

}  // namespace alliance::office
