#include "office/process.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>  // environ

#include <fmt/format.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <thread>

#include "office/office.h"

namespace alliance::office {

namespace {

// The process group of the running office, and the signal that interrupted
// us, for the signal handler below.
std::atomic<pid_t> g_officeGroup{0};
std::atomic<int> g_interruptedBy{0};

// The office sits in its own process group, so a Ctrl-C at the terminal does
// not reach it. Kill it: our pending calls then fail, and the normal clean-up
// runs before main() re-raises the signal. Without an office (or on a second
// signal) there is nothing to wait for.
void onInterrupt(int sig) {
  const pid_t group = g_officeGroup.load();
  if (group <= 0 || g_interruptedBy.exchange(sig) != 0) {
    ::signal(sig, SIG_DFL);
    ::raise(sig);
    return;
  }
  ::kill(-group, SIGKILL);
}

void installSignalHandlers() {
  static const bool installed = [] {
    for (const int sig : {SIGINT, SIGTERM, SIGHUP}) {
      struct sigaction action {};
      action.sa_handler = onInterrupt;
      action.sa_flags = SA_RESTART;
      sigemptyset(&action.sa_mask);
      ::sigaction(sig, &action, nullptr);
    }
    return true;
  }();
  (void)installed;
}

}  // namespace

int interruptingSignal() { return g_interruptedBy.load(); }

ChildProcess::ChildProcess(const std::vector<std::string>& argv,
                           const std::filesystem::path& logFile) {
  std::vector<char*> args;
  args.reserve(argv.size() + 1);
  for (const std::string& arg : argv) {
    args.push_back(const_cast<char*>(arg.c_str()));
  }
  args.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, logFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0600);
  posix_spawn_file_actions_adddup2(&actions, 1, 2);
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attributes, 0);  // a new group led by the child

  const int rc = ::posix_spawn(&pid_, args[0], &actions, &attributes, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  if (rc != 0) {
    throw OfficeError(fmt::format("could not start {}: {}", argv[0], std::strerror(rc)));
  }
  g_officeGroup = pid_;
  installSignalHandlers();
}

ChildProcess::~ChildProcess() {
  if (!exited()) {
    killGroup();
  }
  g_officeGroup = 0;
}

bool ChildProcess::exited() {
  if (!status_) {
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      status_ = status;
    }
  }
  return status_.has_value();
}

bool ChildProcess::waitFor(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!exited()) {
    if (std::chrono::steady_clock::now() >= deadline) {
      return false;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return true;
}

void ChildProcess::killGroup() {
  ::kill(-pid_, SIGKILL);
  int status = 0;
  while (::waitpid(pid_, &status, 0) == -1 && errno == EINTR) {
  }
  status_ = status;
}

std::string ChildProcess::describeExit() const {
  if (!status_) {
    return "is still running";
  }
  if (WIFSIGNALED(*status_)) {
    return fmt::format("was killed by signal {}", WTERMSIG(*status_));
  }
  return fmt::format("exited with code {}", WEXITSTATUS(*status_));
}

}  // namespace alliance::office
