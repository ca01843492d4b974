#include "cli/failure_report.h"

#include <com/sun/star/uno/Exception.hpp>
#include <cppuhelper/exc_hlp.hxx>

#include <fmt/format.h>

#include <exception>
#include <new>
#include <ostream>
#include <string>
#include <system_error>

#include "office/document.h"
#include "office/office.h"
#include "office/process.h"
#include "support/ustring.h"

namespace alliance::cli {

namespace {

int fail(std::ostream& err, ExitCode code, const std::string& message) noexcept {
  try {
    // Interrupted: the failure is only the office we killed on the way out.
    err << "alliancecalc: "
        << (alliance::office::interruptingSignal() != 0 ? "interrupted" : message) << '\n';
  } catch (...) {
    // The error stream itself failed: the exit code still tells.
  }
  return code;
}

// The exception being handled, as an exit code and a message.
int report(std::ostream& err) {
  try {
    throw;
  } catch (const CommandError& e) {
    return fail(err, e.exitCode(), e.what());
  } catch (const alliance::office::OfficeError& e) {
    return fail(err, kOfficeUnavailable, e.what());
  } catch (const alliance::office::DocumentError& e) {
    return fail(err, kWorkbookUnusable, e.what());
  } catch (const css::uno::Exception& e) {
    // An office that dies or refuses a call half-way lands here.
    const std::string type =
        alliance::support::toUtf8(cppu::getCaughtException().getValueTypeName());
    return fail(
        err, kOfficeUnavailable,
        fmt::format("the office failed: {}: {}", type, alliance::support::toUtf8(e.Message)));
  } catch (const std::system_error& e) {
    // The system refused what starting the office needs (a scratch folder, a copy).
    return fail(err, kOfficeUnavailable, e.what());
  } catch (const std::bad_alloc&) {
    return fail(err, kInternalError, "out of memory");
  } catch (const std::exception& e) {
    return fail(err, kInternalError, std::string("unexpected failure: ") + e.what());
  } catch (...) {
    return fail(err, kInternalError, "unexpected failure");
  }
}

}  // namespace

int runReportingFailures(const std::function<int()>& command, std::ostream& err) noexcept {
  // By the time a handler runs, the document is closed and the office is gone.
  try {
    return command();
  } catch (...) {
    try {
      return report(err);
    } catch (...) {  // making the message failed (out of memory): the code alone
      return kInternalError;
    }
  }
}

}  // namespace alliance::cli
