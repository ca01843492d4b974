// The command-line tool's exception firewall: every failure of a command ends as a
// message on the error stream and an exit code (command_error.h), never as an
// exception leaving main() (which would abort without a message).
#pragma once

#include <functional>
#include <iosfwd>

#include "cli/command_error.h"

namespace alliance::cli {

// Runs the command and returns its exit code; a failure is written to `err` as
// "alliancecalc: <message>" and mapped to its exit code. An office that was killed
// because a signal interrupted us is reported as "interrupted".
int runReportingFailures(const std::function<int()>& command, std::ostream& err) noexcept;

}  // namespace alliance::cli
