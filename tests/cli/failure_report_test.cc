// Every kind of failure inside a command, injected, leaves alliancecalc as one line on
// the error stream and its exit code, never as an exception out of main().
#include <gtest/gtest.h>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

#include <filesystem>
#include <functional>
#include <new>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <streambuf>
#include <string>
#include <system_error>

#include "cli/command_error.h"
#include "cli/failure_report.h"
#include "office/document.h"
#include "office/office.h"

namespace alliance::cli {
namespace {

struct Outcome {
  int code;
  std::string message;
};

Outcome runThrowing(const std::function<void()>& fault) {
  std::ostringstream err;
  const int code = runReportingFailures(
      [&] {
        fault();
        return static_cast<int>(kDone);
      },
      err);
  return {code, err.str()};
}

TEST(FailureReport, ACommandThatSucceedsKeepsItsCodeAndSaysNothing) {
  std::ostringstream err;
  EXPECT_EQ(runReportingFailures([] { return static_cast<int>(kPartnerProblems); }, err),
            kPartnerProblems);
  EXPECT_EQ(err.str(), "");
}

TEST(FailureReport, CommandErrorsKeepTheirCodeAndMessage) {
  const Outcome o = runThrowing([] { throw CommandError(kOutputUnusable, "no folder"); });
  EXPECT_EQ(o.code, kOutputUnusable);
  EXPECT_EQ(o.message, "alliancecalc: no folder\n");
}

TEST(FailureReport, OfficeAndDocumentErrors) {
  EXPECT_EQ(runThrowing([] { throw office::OfficeError("not reached"); }).code, kOfficeUnavailable);
  const Outcome o = runThrowing([] { throw office::DocumentError("a.ods cannot be opened"); });
  EXPECT_EQ(o.code, kWorkbookUnusable);
  EXPECT_EQ(o.message, "alliancecalc: a.ods cannot be opened\n");
}

TEST(FailureReport, UnoExceptionsNameTheirTypeAndMessage) {
  const Outcome o = runThrowing([] { throw css::lang::DisposedException("gone"); });
  EXPECT_EQ(o.code, kOfficeUnavailable);
  EXPECT_EQ(o.message,
            "alliancecalc: the office failed: com.sun.star.lang.DisposedException: gone\n");
  EXPECT_EQ(runThrowing([] { throw css::uno::RuntimeException("x"); }).code, kOfficeUnavailable);
}

TEST(FailureReport, SystemErrorsAreAnOfficeThatCannotBeStarted) {
  const Outcome o = runThrowing([] {
    throw std::filesystem::filesystem_error("copying the profile", std::filesystem::path("/p"),
                                            std::make_error_code(std::errc::no_space_on_device));
  });
  EXPECT_EQ(o.code, kOfficeUnavailable);
  EXPECT_NE(o.message.find("copying the profile"), std::string::npos);
}

TEST(FailureReport, OutOfMemoryIsAnInternalError) {
  const Outcome o = runThrowing([] { throw std::bad_alloc(); });
  EXPECT_EQ(o.code, kInternalError);
  EXPECT_EQ(o.message, "alliancecalc: out of memory\n");
}

TEST(FailureReport, OtherStandardExceptionsAreInternalErrors) {
  const Outcome o = runThrowing([] { throw std::out_of_range("vector::at"); });
  EXPECT_EQ(o.code, kInternalError);
  EXPECT_EQ(o.message, "alliancecalc: unexpected failure: vector::at\n");
}

TEST(FailureReport, ExceptionsOfNoStandardTypeAreInternalErrors) {
  const Outcome o = runThrowing([] { throw 42; });
  EXPECT_EQ(o.code, kInternalError);
  EXPECT_EQ(o.message, "alliancecalc: unexpected failure\n");
}

// A stream whose every write fails, and throws because it is asked to.
class FailingBuffer : public std::streambuf {
 protected:
  int_type overflow(int_type /*c*/) override { return traits_type::eof(); }
};

TEST(FailureReport, AFailingErrorStreamStillGivesTheCode) {
  FailingBuffer buffer;
  std::ostream err(&buffer);
  err.exceptions(std::ios::badbit);
  EXPECT_EQ(runReportingFailures([]() -> int { throw std::bad_alloc(); }, err), kInternalError);
  EXPECT_EQ(runReportingFailures([]() -> int { throw CommandError(kUsageError, "x"); }, err),
            kUsageError);
}

}  // namespace
}  // namespace alliance::cli
