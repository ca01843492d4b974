#include "office/process.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>  // environ

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string_view>
#include <thread>

#include "office/office.h"

namespace alliance::office {

namespace {

// The process groups of the running offices (a batch may run several), and
// the signal that interrupted us, for the signal handler below. A fixed table
// of atomics: a signal handler may neither lock nor allocate.
constexpr std::size_t kMaxGroups = 64;
std::array<std::atomic<pid_t>, kMaxGroups> g_officeGroups{};
std::atomic<int> g_interruptedBy{0};

void addOfficeGroup(pid_t group) {
  for (std::atomic<pid_t>& slot : g_officeGroups) {
    pid_t empty = 0;
    if (slot.compare_exchange_strong(empty, group)) {
      return;
    }
  }
  // More offices than slots: a Ctrl-C misses this one, its watchdog still ends it.
}

void removeOfficeGroup(pid_t group) {
  for (std::atomic<pid_t>& slot : g_officeGroups) {
    pid_t mine = group;
    if (slot.compare_exchange_strong(mine, 0)) {
      return;
    }
  }
}
std::atomic<bool> g_deferInterrupts{false};

// The office sits in its own process group, so a Ctrl-C at the terminal does
// not reach it. Kill it: our pending calls then fail, and the normal clean-up
// runs before main() re-raises the signal. An office we do not own (--connect)
// is only told nothing more: the command stops at its next safe point and
// cleans up in that office. Without an office (or on a second signal) there is
// nothing to wait for.
void onInterrupt(int sig) {
  const bool anyOffice = std::any_of(g_officeGroups.begin(), g_officeGroups.end(),
                                     [](const std::atomic<pid_t>& g) { return g.load() > 0; });
  const bool deferred = g_deferInterrupts.load();
  if ((!anyOffice && !deferred) || g_interruptedBy.exchange(sig) != 0) {
    ::signal(sig, SIG_DFL);
    ::raise(sig);
    return;
  }
  for (const std::atomic<pid_t>& slot : g_officeGroups) {
    if (const pid_t group = slot.load(); group > 0) {
      ::kill(-group, SIGKILL);
    }
  }
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

// The watchdog is a shell in a process group of its own that waits on a pipe
// only we hold open. When we exit normally we write "done" first; when we are
// killed the kernel closes the pipe, its read fails, and it ends the office's
// group and removes what the office leaves behind. A separate process, since
// nothing can run in ours after SIGKILL; a shell, since after fork() in a
// program with threads only exec is safe.
// Lines "pipe PATH" name more files to remove.
constexpr const char* kWatchdogScript =
    "trap '' INT TERM HUP; pipes=''; "
    "while read -r word path; do "
    "[ \"$word\" = done ] && exit 0; [ \"$word\" = pipe ] && pipes=\"$pipes $path\"; done; "
    "kill -s TERM -- \"-$1\" 2>/dev/null; sleep 2; kill -s KILL -- \"-$1\" 2>/dev/null; "
    "[ -n \"$2\" ] && rm -rf -- \"$2\"; "
    "[ -n \"$3\" ] && rm -f -- /tmp/OSL_PIPE_*_\"$3\"; "
    "[ -n \"$pipes\" ] && rm -f -- $pipes; "
    "exit 0";

// The socket inodes ("socket:[123]" -> 123) the processes of `group` hold open.
std::set<std::string> socketInodes(pid_t group) {
  std::set<std::string> inodes;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator("/proc", error)) {
    const std::string pid = entry.path().filename().string();
    if (pid.empty() || !std::all_of(pid.begin(), pid.end(), ::isdigit)) {
      continue;
    }
    std::ifstream stat(entry.path() / "stat");
    std::string line;
    std::getline(stat, line);
    // pid (comm) state ppid pgrp ...: comm may hold spaces, so count after its ')'.
    std::istringstream fields(line.substr(std::min(line.size(), line.rfind(')') + 1)));
    std::string state;
    long ppid = 0;
    long pgrp = 0;
    if (!(fields >> state >> ppid >> pgrp) || pgrp != group) {
      continue;
    }
    for (const auto& fd : std::filesystem::directory_iterator(entry.path() / "fd", error)) {
      const std::string target = std::filesystem::read_symlink(fd.path(), error).string();
      if (!error && target.starts_with("socket:[") && target.ends_with(']')) {
        inodes.insert(target.substr(8, target.size() - 9));
      }
    }
  }
  return inodes;
}

}  // namespace

void ChildProcess::watchOwnPipes() const {
  if (watchdogPipe_ < 0) {
    return;
  }
  const std::set<std::string> inodes = socketInodes(pid_);
  // Num RefCount Protocol Flags Type St Inode Path
  std::ifstream table("/proc/net/unix");
  std::string line;
  std::getline(table, line);
  std::string message;
  while (std::getline(table, line)) {
    std::istringstream fields(line);
    std::array<std::string, 8> field;
    for (std::string& f : field) {
      fields >> f;
    }
    const std::string& path = field[7];
    // Only the office's own pipes, named without white space (the script splits on it).
    if (inodes.count(field[6]) != 0 && path.starts_with("/tmp/OSL_PIPE_") &&
        path.find_first_of(" \t\n") == std::string::npos) {
      message += "pipe " + path + "\n";
    }
  }
  if (!message.empty()) {
    (void)!::write(watchdogPipe_, message.data(), message.size());
  }
}

int interruptingSignal() { return g_interruptedBy.load(); }

void deferInterrupts() {
  g_deferInterrupts = true;
  installSignalHandlers();
}

ChildProcess::ChildProcess(const std::vector<std::string>& argv,
                           const std::filesystem::path& logFile, const OrphanCleanup& cleanup,
                           const std::vector<std::string>& environment) {
  // Our environment, with the NAME=value entries of `environment` in place of ours.
  std::vector<std::string> variables = environment;
  for (char** e = environ; *e != nullptr; ++e) {
    const std::string_view entry(*e);
    const std::string_view name = entry.substr(0, entry.find('=') + 1);
    if (std::none_of(environment.begin(), environment.end(),
                     [&](const std::string& v) { return v.starts_with(name); })) {
      variables.emplace_back(entry);
    }
  }
  std::vector<char*> env;
  env.reserve(variables.size() + 1);
  for (std::string& v : variables) {
    env.push_back(v.data());
  }
  env.push_back(nullptr);

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

  const int rc = ::posix_spawn(&pid_, args[0], &actions, &attributes, args.data(), env.data());
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  if (rc != 0) {
    throw OfficeError(fmt::format("could not start {}: {}", argv[0], std::strerror(rc)));
  }
  addOfficeGroup(pid_);
  installSignalHandlers();
  startWatchdog(cleanup);
}

void ChildProcess::startWatchdog(const OrphanCleanup& cleanup) {
  std::array<int, 2> fds{-1, -1};
  if (::pipe2(fds.data(), O_CLOEXEC) != 0) {
    return;  // no watchdog: the office still ends with us whenever we end normally
  }
  const std::string group = std::to_string(pid_);
  const std::string folder = cleanup.folder.string();
  std::array<const char*, 8> args = {
      "/bin/sh",     "-c",           kWatchdogScript,          "alliancecalc-watchdog",
      group.c_str(), folder.c_str(), cleanup.pipeName.c_str(), nullptr};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[0], 0);  // dup2 clears close-on-exec
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attributes, 0);  // a Ctrl-C at the terminal must not end it
  const int rc = ::posix_spawn(&watchdog_, args[0], &actions, &attributes,
                               const_cast<char* const*>(args.data()), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  ::close(fds[0]);
  if (rc != 0) {
    ::close(fds[1]);
    watchdog_ = -1;
    return;
  }
  watchdogPipe_ = fds[1];
}

void ChildProcess::standDownWatchdog() noexcept {
  if (watchdogPipe_ >= 0) {
    constexpr std::string_view kDone = "done\n";
    (void)!::write(watchdogPipe_, kDone.data(), kDone.size());
    ::close(watchdogPipe_);
    watchdogPipe_ = -1;
  }
  if (watchdog_ > 0) {
    int status = 0;
    while (::waitpid(watchdog_, &status, 0) == -1 && errno == EINTR) {
    }
    watchdog_ = -1;
  }
}

ChildProcess::~ChildProcess() {
  if (!exited()) {
    killGroup();
  }
  removeOfficeGroup(pid_);
  standDownWatchdog();
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
