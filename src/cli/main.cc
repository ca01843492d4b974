// alliancecalc: AllianceCalc from the command line. Every failure ends here as
// a message on stderr and an exit code (see command_error.h).
#include <signal.h>

#include <boost/program_options.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <csignal>
#include <iostream>
#include <string>
#include <vector>

#include "cli/check_command.h"
#include "cli/close_quarter_command.h"
#include "cli/command_error.h"
#include "cli/failure_report.h"
#include "cli/overlap_command.h"
#include "cli/qbr_command.h"
#include "cli/report_command.h"
#include "cli/score_command.h"
#include "cli/survey_command.h"
#include "office/process.h"

namespace po = boost::program_options;
using namespace alliance::cli;

namespace {

constexpr const char* kUsage =
    "Usage: alliancecalc [--help] [--version] COMMAND [ARGS]\n"
    "\n"
    "AllianceCalc scores strategic partnerships with its LibreOffice Calc functions.\n"
    "\n"
    "Commands:\n"
    "  score          score every partner of a portfolio workbook\n"
    "  qbr            make quarterly business review workbooks from a portfolio\n"
    "  check          check a portfolio workbook against the template and the contract\n"
    "  overlap        count the accounts two account lists (.ods, .xlsx, .csv) share\n"
    "  close-quarter  close the current quarter: History, the counters, the next quarter\n"
    "  report         the portfolio review for leadership, as PDF or ODS\n"
    "  survey         the two-sided health check: make the rating workbooks, merge them\n"
    "\n"
    "Run 'alliancecalc COMMAND --help' for the options of a command and its exit codes.\n"
    "Any command exits with 6 on an internal failure (out of memory, or a bug to report).\n";

int run(const std::vector<std::string>& args) {
  // Options before the command are alliancecalc's, the rest the command's.
  const auto command = std::find_if(args.begin(), args.end(), [](const std::string& arg) {
    return arg.empty() || arg.front() != '-';
  });
  po::options_description options("Options");
  options.add_options()("help,h", "show this help")("version", "show the version");
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(std::vector<std::string>(args.begin(), command))
                  .options(options)
                  .run(),
              vm);
  } catch (const po::error& e) {
    throw CommandError(kUsageError, e.what());
  }
  if (vm.count("help") != 0) {
    std::cout << kUsage << '\n' << options;
    return kDone;
  }
  if (vm.count("version") != 0) {
    std::cout << "alliancecalc " ALLIANCE_VERSION "\n";
    return kDone;
  }
  if (command == args.end()) {
    throw CommandError(kUsageError, "no command given\n" + std::string(kUsage));
  }
  if (*command == "score") {
    return runScore(std::vector<std::string>(command + 1, args.end()));
  }
  if (*command == "qbr") {
    return runQbr(std::vector<std::string>(command + 1, args.end()));
  }
  if (*command == "check") {
    return runCheck(std::vector<std::string>(command + 1, args.end()));
  }
  if (*command == "close-quarter") {
    return runCloseQuarter(std::vector<std::string>(command + 1, args.end()));
  }
  if (*command == "report") {
    return runReport(std::vector<std::string>(command + 1, args.end()));
  }
  if (*command == "survey") {
    return runSurvey(std::vector<std::string>(command + 1, args.end()));
  }
  if (*command == "overlap") {
    return runOverlap(std::vector<std::string>(command + 1, args.end()));
  }
  throw CommandError(kUsageError, fmt::format("unknown command '{}'\n{}", *command, kUsage));
}

// A write to an office that has died (killed by a Ctrl-C, a crash) must fail
// the call with an error we report, not end us by SIGPIPE before the clean-up
// runs. A handler that does nothing, not SIG_IGN: a handler is reset when an
// office is started, an ignored signal would be inherited by it.
void onBrokenPipe(int /*sig*/) {}

void surviveBrokenPipes() {
  struct sigaction action {};
  action.sa_handler = onBrokenPipe;
  action.sa_flags = SA_RESTART;
  sigemptyset(&action.sa_mask);
  ::sigaction(SIGPIPE, &action, nullptr);
}

}  // namespace

int main(int argc, char** argv) {
  surviveBrokenPipes();
  const std::vector<std::string> args(argv + 1, argv + argc);
  const int code = runReportingFailures([&] { return run(args); }, std::cerr);
  if (const int sig = alliance::office::interruptingSignal(); sig != 0) {
    std::signal(sig, SIG_DFL);  // end the way the signal would have ended us
    std::raise(sig);
  }
  return code;
}
