#include "office/office.h"

#include <stdlib.h>
#include <unistd.h>

#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/connection/ConnectionSetupException.hpp>
#include <com/sun/star/connection/NoConnectException.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <cppuhelper/bootstrap.hxx>

#include <fmt/format.h>

#include <chrono>
#include <fstream>
#include <mutex>
#include <optional>
#include <random>
#include <sstream>
#include <thread>
#include <utility>

#include "office/process.h"
#include "office/scratch_dir.h"
#include "support/ustring.h"

namespace alliance::office {

using support::fileUrl;
using support::fromUtf8;
using support::toUtf8;

namespace {

using css::uno::Reference;
using namespace std::chrono_literals;

constexpr const char* kProgramDir = ALLIANCE_LO_PROGRAM_DIR;
constexpr auto kStartTimeout = 60s;
constexpr auto kExitTimeout = 30s;

std::string uniquePipeName() {
  std::random_device random;
  return fmt::format("alliancecalc_{}_{:08x}{:08x}", ::getpid(), random(), random());
}

// The end of the office's output, to explain why it did not come up.
std::string logTail(const std::filesystem::path& log) {
  std::ifstream in(log, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  std::string out = text.str();
  constexpr std::size_t kMax = 2000;
  if (out.size() > kMax) {
    out.erase(0, out.size() - kMax);
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) {
    out.pop_back();
  }
  return out.empty() ? std::string() : "\nOffice output:\n" + out;
}

std::string message(const css::uno::Exception& e) { return toUtf8(e.Message); }

// The process environment and the UNO bootstrap are shared by every office
// this process starts; offices started from several threads take turns here.
std::mutex g_processSetup;

// The office's context, or null while it is not ready yet: nothing listens at
// the URL, or the pipe is open but the office has not published its context
// (the bridge then answers with a RuntimeException).
Reference<css::uno::XComponentContext> tryResolve(
    const Reference<css::bridge::XUnoUrlResolver>& resolver, const std::string& unoUrl) {
  try {
    return {resolver->resolve(fromUtf8(unoUrl)), css::uno::UNO_QUERY_THROW};
  } catch (const css::connection::NoConnectException&) {
    return {};
  } catch (const css::uno::RuntimeException&) {
    return {};
  }
}

}  // namespace

Office::Office() = default;

Office::~Office() {
  const bool asked = process_ && desktop_.is();
  if (asked) {
    try {
      desktop_->terminate();
    } catch (...) {
      // The bridge goes away while the office terminates.
    }
  }
  desktop_.clear();
  remote_.clear();
  // An office we never reached cannot be asked to quit: do not wait for it.
  if (process_ && (!asked || !process_->waitFor(kExitTimeout))) {
    process_->killGroup();
  }
  process_.reset();
  try {
    Reference<css::lang::XComponent> local(local_, css::uno::UNO_QUERY);
    if (local.is()) {
      local->dispose();
    }
  } catch (...) {
  }
  local_.clear();
  scratch_.reset();
}

std::unique_ptr<Office> Office::start(const std::filesystem::path& profileTemplate) {
  if (!std::filesystem::is_directory(profileTemplate)) {
    throw OfficeError(
        fmt::format("the profile directory {} does not exist", profileTemplate.string()));
  }
  return launch(&profileTemplate);
}

std::unique_ptr<Office> Office::startWithNewProfile() { return launch(nullptr); }

std::unique_ptr<Office> Office::launch(const std::filesystem::path* profileTemplate) {
  std::unique_ptr<Office> office(new Office());
  // The office writes to its profile while it runs: give it a copy, so that
  // runs never change the template and may run side by side.
  const std::filesystem::path profile = [&] {
    const std::string source = profileTemplate != nullptr ? profileTemplate->string() : "";
    try {
      office->scratch_ = std::make_unique<ScratchDir>("alliancecalc-");
      std::filesystem::path copy = office->scratch_->path() / "profile";
      if (profileTemplate == nullptr) {
        std::filesystem::create_directory(copy);
        return copy;
      }
      std::filesystem::copy(
          *profileTemplate, copy,
          std::filesystem::copy_options::recursive | std::filesystem::copy_options::copy_symlinks);
      // A user's own profile may be in use by their office; its lock means nothing here.
      std::filesystem::remove(copy / "user" / ".lock");
      return copy;
    } catch (const std::exception& e) {
      throw OfficeError(source.empty()
                            ? fmt::format("could not make a profile for the office: {}", e.what())
                            : fmt::format("could not copy the profile {}: {}", source, e.what()));
    }
  }();

  const std::optional<rtl::OUString> profileUrl = fileUrl(profile);
  if (!profileUrl) {
    throw OfficeError(fmt::format("{} cannot be written as a file URL", profile.string()));
  }
  const std::string pipe = uniquePipeName();
  const std::filesystem::path log = office->scratch_->path() / "soffice.log";
  const std::filesystem::path officeTemp = office->scratch_->path() / "tmp";
  std::error_code made;
  std::filesystem::create_directory(officeTemp, made);
  if (made) {
    throw OfficeError(fmt::format("could not make a temporary folder for the office in {}: {}",
                                  office->scratch_->path().string(), made.message()));
  }
  office->log_ = log;
  std::unique_lock setup(g_processSetup);
  office->process_ = std::make_unique<ChildProcess>(
      std::vector<std::string>{std::string(kProgramDir) + "/soffice", "--headless", "--invisible",
                               "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                               "-env:UserInstallation=" + toUtf8(*profileUrl),
                               "--accept=pipe,name=" + pipe + ";urp;StarOffice.ComponentContext"},
      log, OrphanCleanup{office->scratch_->path(), pipe},
      // The office's own temporary files go into our folder too, so that nothing is
      // left in the user's temporary folder should it be killed.
      std::vector<std::string>{"TMPDIR=" + officeTemp.string()});
  // Our own temporary files (documents being stored) go there too: the watchdog
  // removes that folder should we be killed. Set once: the folder of an office
  // started later may go away before the others' work is done.
  static bool ourTemporaryFolderSet = false;
  if (!std::exchange(ourTemporaryFolderSet, true)) {
    ::setenv("TMPDIR", officeTemp.c_str(), 1);
  }
  office->bootstrap();  // while the office starts up
  setup.unlock();
  try {
    office->connectWithRetry("uno:pipe,name=" + pipe + ";urp;StarOffice.ComponentContext");
  } catch (const OfficeError& e) {
    throw OfficeError(e.what() + logTail(log));
  }
  office->process_->watchOwnPipes();
  return office;
}

std::unique_ptr<Office> Office::connect(const std::string& unoUrl) {
  // A Ctrl-C must not leave our hidden documents and partial files in the
  // user's own office: it is acted on where the work can stop cleanly.
  deferInterrupts();
  std::unique_ptr<Office> office(new Office());
  {
    const std::lock_guard setup(g_processSetup);
    office->bootstrap();
  }
  try {
    Reference<css::bridge::XUnoUrlResolver> resolver =
        css::bridge::UnoUrlResolver::create(office->local_);
    office->remote_.set(resolver->resolve(fromUtf8(unoUrl)), css::uno::UNO_QUERY_THROW);
    office->desktop_ = css::frame::Desktop::create(office->remote_);
  } catch (const css::connection::NoConnectException& e) {
    throw OfficeError(fmt::format("no office is listening at {}: {}", unoUrl, message(e)));
  } catch (const css::connection::ConnectionSetupException& e) {
    throw OfficeError(fmt::format("cannot connect to {}: {}", unoUrl, message(e)));
  } catch (const css::lang::IllegalArgumentException& e) {
    throw OfficeError(fmt::format("{} is not a UNO URL: {}", unoUrl, message(e)));
  }
  return office;
}

void Office::bootstrap() {
  // Without it, bootstrapping a client outside the office's own tree crashes.
  ::setenv("URE_BOOTSTRAP",
           fmt::format("vnd.sun.star.pathname:{}/fundamentalrc", kProgramDir).c_str(), 0);
  try {
    local_ = cppu::defaultBootstrap_InitialComponentContext();
  } catch (const cppu::BootstrapException& e) {
    throw OfficeError("could not start the UNO runtime: " + toUtf8(e.getMessage()));
  } catch (const css::uno::Exception& e) {
    throw OfficeError("could not start the UNO runtime: " + message(e));
  }
}

// The office takes a few seconds to open its pipe; keep asking until then,
// but give up at once when it has exited.
void Office::connectWithRetry(const std::string& unoUrl) {
  const Reference<css::bridge::XUnoUrlResolver> resolver =
      css::bridge::UnoUrlResolver::create(local_);
  const auto deadline = std::chrono::steady_clock::now() + kStartTimeout;
  auto delay = std::chrono::milliseconds(100);
  while (!(remote_ = tryResolve(resolver, unoUrl)).is()) {
    if (process_->exited()) {
      throw OfficeError(
          fmt::format("the office {} before accepting connections", process_->describeExit()));
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      throw OfficeError(
          fmt::format("the office did not accept a connection within {} s", kStartTimeout.count()));
    }
    std::this_thread::sleep_for(delay);
    delay = std::min(delay * 2, std::chrono::milliseconds(1000));
  }
  desktop_ = css::frame::Desktop::create(remote_);
}

bool Office::alive() {
  if (process_) {
    // A dying office may still be on its way out when its bridge gives up.
    return !process_->waitFor(std::chrono::milliseconds(500));
  }
  try {
    return remote_->getServiceManager().is();  // one call over the bridge
  } catch (const css::uno::RuntimeException&) {
    return false;  // DisposedException among them: the bridge is gone
  }
}

std::string Office::howItEnded() {
  // Its bridge may give up a moment before the process ends (a crash report
  // being written).
  if (!process_ || !process_->waitFor(std::chrono::seconds(5))) {
    return {};
  }
  std::string how = process_->describeExit();
  // The office's own report of a crash, e.g. "Fatal exception: Signal 11".
  std::ifstream log(log_);
  for (std::string line; std::getline(log, line);) {
    if (line.starts_with("Fatal exception") || line.starts_with("Unspecified Application Error")) {
      how += fmt::format(" ({})", line);
      break;
    }
  }
  return how;
}

bool Office::hasService(std::string_view name) const {
  try {
    return remote_->getServiceManager()->createInstanceWithContext(fromUtf8(name), remote_).is();
  } catch (const css::uno::Exception&) {
    return false;  // a service that fails to start is as good as missing
  }
}

}  // namespace alliance::office
