// The exit codes of alliancecalc, and the error that carries one up to main().
#pragma once

#include <stdexcept>
#include <string>

namespace alliance::cli {

enum ExitCode : int {
  kDone = 0,
  kPartnerProblems = 1,  // done, but some partner row could not be scored
  kUsageError = 2,
  kOfficeUnavailable = 3,  // not started, not reached, or without the extension
  kWorkbookUnusable = 4,   // cannot be opened, or lacks a sheet, column, partner or template
  kOutputUnusable = 5,     // the output folder is missing or cannot be written
  kInternalError = 6,      // out of memory, or a failure that is a bug in alliancecalc
  kNoSpace = 7,            // the output folder's file system is full: the run stopped
  kAlreadyClosed = 8,      // close-quarter: History already holds the quarter
};

class CommandError : public std::runtime_error {
 public:
  CommandError(ExitCode code, const std::string& message)
      : std::runtime_error(message), code_(code) {}
  [[nodiscard]] ExitCode exitCode() const { return code_; }

 private:
  ExitCode code_;
};

}  // namespace alliance::cli
