#include "sidebar/panel_actions.h"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>

#include <filesystem>
#include <variant>
#include <vector>

#include "core/text.h"
#include "portfolio/portfolio.h"
#include "qbr/generation.h"
#include "qbr/workbook_check.h"
#include "quarter/quarter_close_service.h"
#include "report/report_writer.h"
#include "sidebar/panel_content.h"
#include "support/properties.h"
#include "support/ustring.h"
#include "survey/survey_files.h"

namespace alliance::sidebar {

namespace {

// The sidebar's health check asks three people on each side: the fewest that keep
// each side's answers anonymous (docs/survey.md).
constexpr std::size_t kRespondentsEachSide = 3;

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;

using support::property;

// The frame's status bar progress, ended whatever happens.
class Progress {
 public:
  Progress(const Reference<css::frame::XFrame>& frame, const std::string& text, sal_Int32 range) {
    const Reference<css::task::XStatusIndicatorFactory> factory(frame, UNO_QUERY);
    if (factory.is()) {
      indicator_ = factory->createStatusIndicator();
      indicator_->start(support::fromUtf8(text), range);
    }
  }
  ~Progress() {
    try {
      if (indicator_.is()) {
        indicator_->end();
      }
    } catch (...) {  // NOLINT(bugprone-empty-catch): the frame may be gone already
    }
  }
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;
  void set(sal_Int32 value, const std::string& text) {
    if (indicator_.is()) {
      indicator_->setText(support::fromUtf8(text));
      indicator_->setValue(value);
    }
  }

 private:
  Reference<css::task::XStatusIndicator> indicator_;
};

// One undo step: the context is entered on construction and left on
// destruction, also when an exception flies, so every cell written in between
// is one entry of Edit > Undo. A context nothing was written in leaves no entry.
class UndoStep {
 public:
  UndoStep(const Reference<css::document::XUndoManager>& manager, const rtl::OUString& title)
      : manager_(manager) {
    manager_->enterUndoContext(title);
  }
  ~UndoStep() {
    try {
      manager_->leaveUndoContext();
    } catch (...) {  // NOLINT(bugprone-empty-catch): the document may be gone already
    }
  }
  UndoStep(const UndoStep&) = delete;
  UndoStep& operator=(const UndoStep&) = delete;

 private:
  Reference<css::document::XUndoManager> manager_;
};

// The document's view keeps still while the cells are written: one repaint at the end.
class ControllersLocked {
 public:
  explicit ControllersLocked(const Reference<css::frame::XModel>& model) : model_(model) {
    model_->lockControllers();
  }
  ~ControllersLocked() {
    try {
      model_->unlockControllers();
    } catch (...) {  // NOLINT(bugprone-empty-catch): the document may be gone already
    }
  }
  ControllersLocked(const ControllersLocked&) = delete;
  ControllersLocked& operator=(const ControllersLocked&) = delete;

 private:
  Reference<css::frame::XModel> model_;
};

}  // namespace

std::string openNewWorkbook(const ContextRef& context, Language language) {
  const std::filesystem::path file = templateFile(context, kNewWorkbookTemplate, language);
  if (!std::filesystem::is_regular_file(file)) {
    return format(Text::TemplateMissing, language, file.string());
  }
  const Reference<css::frame::XDesktop2> desktop = css::frame::Desktop::create(context);
  const std::array<css::beans::PropertyValue, 2> load = {
      property("AsTemplate", Any(true)),
      property("MacroExecutionMode", Any(css::document::MacroExecMode::USE_CONFIG))};
  desktop->loadComponentFromURL(fileUrl(file), "_default", 0,
                                css::uno::Sequence<css::beans::PropertyValue>(
                                    load.data(), static_cast<sal_Int32>(load.size())));
  return format(Text::NewWorkbookOpened, language, file.filename().string());
}

std::string generateQbrs(const ContextRef& context, const Reference<css::frame::XFrame>& frame,
                         const portfolio::Workbook& workbook,
                         const std::optional<std::u16string>& partner, Language language,
                         qbr::Audience audience) {
  portfolio::Portfolio portfolio;
  try {
    portfolio = portfolio::readPortfolio(workbook);
  } catch (const portfolio::WorkbookError& e) {
    return format(Text::QbrNeedsPortfolio, language, e.what());
  }
  qbr::GenerationRequest request;
  request.language = language;
  request.audience = audience;
  if (partner) {
    request.partners.push_back(*partner);
  }
  request.templateFile = templateFile(context, "qbr", language);
  // The cheap checks before the folder is asked for; the service checks again.
  try {
    request.output.directory = std::filesystem::temp_directory_path();
    static_cast<void>(qbr::planGeneration(portfolio, request));
  } catch (const qbr::RequestError& e) {
    switch (e.problem()) {
      case qbr::RequestProblem::NoQuarter:
        return std::string(text(Text::QbrNoQuarter, language));
      case qbr::RequestProblem::UnknownPartner:
        return std::string(text(Text::QbrNeedsPartner, language));
      case qbr::RequestProblem::NoTemplate:
        return format(Text::TemplateMissing, language, request.templateFile.string());
      default:
        return e.what();
    }
  }
  const auto folder = chooseFolder(context, std::string(text(Text::ChooseQbrFolder, language)));
  if (!folder) {
    return std::string(text(Text::QbrNoFolder, language));
  }
  request.output.directory = *folder;  // never replaces a file: output.overwrite stays false

  qbr::GenerationResult result;
  try {
    const std::string progressText(text(Text::QbrProgress, language));
    std::optional<Progress> progress;
    result = qbr::generateQbrs(
        css::frame::Desktop::create(context), portfolio, request,
        [&](std::size_t done, std::size_t total, const std::u16string& name) {
          if (!progress) {
            progress.emplace(frame, progressText, static_cast<sal_Int32>(total));
          }
          progress->set(static_cast<sal_Int32>(done),
                        done < total ? progressText + ": " + alliance::toUtf8(name) : "");
        });
  } catch (const qbr::QbrError& e) {
    return e.what();
  }
  std::string report =
      format(Text::QbrWritten, language, std::to_string(result.count(qbr::Outcome::Written)),
             std::to_string(result.partners.size()), folder->string());
  for (const qbr::PartnerResult& r : result.partners) {
    if (r.outcome == qbr::Outcome::Written) {
      report += "\n" + r.files.ods.filename().string();
    }
  }
  for (const qbr::PartnerResult& r : result.partners) {
    if (r.outcome == qbr::Outcome::Kept) {
      report += "\n" + format(Text::QbrKept, language, r.files.ods.string());
    } else if (r.outcome == qbr::Outcome::Failed) {
      report +=
          "\n" + format(Text::QbrPartnerFailed, language, alliance::toUtf8(r.partner), r.message);
    }
  }
  if (const std::size_t notMade = result.count(qbr::Outcome::NotMade); notMade > 0) {
    report += "\n" + format(Text::QbrNotMade, language, std::to_string(notMade));
  }
  return report;
}

namespace {

// What the portfolio review and the health check need before anything is made:
// the portfolio, its current quarter and the folder the user chooses.
struct ActionStart {
  portfolio::Portfolio portfolio;
  portfolio::Quarter quarter;
  std::filesystem::path folder;
};

// The start, or the message that says what is missing.
std::variant<ActionStart, std::string> startAction(const ContextRef& context,
                                                   const portfolio::Workbook& workbook,
                                                   Language language, Text chooseFolderTitle) {
  ActionStart start;
  try {
    start.portfolio = portfolio::readPortfolio(workbook);
  } catch (const portfolio::WorkbookError& e) {
    return format(Text::QbrNeedsPortfolio, language, e.what());
  }
  if (!start.portfolio.settings.currentQuarter) {
    return std::string(text(Text::QbrNoQuarter, language));
  }
  start.quarter = *start.portfolio.settings.currentQuarter;
  const auto folder = chooseFolder(context, std::string(text(chooseFolderTitle, language)));
  if (!folder) {
    return std::string(text(Text::QbrNoFolder, language));
  }
  start.folder = *folder;
  return start;
}

}  // namespace

std::string writePortfolioReview(const ContextRef& context,
                                 const Reference<css::frame::XModel>& model,
                                 const portfolio::Workbook& workbook, Language language) {
  auto started = startAction(context, workbook, language, Text::ChooseReportFolder);
  if (auto* problem = std::get_if<std::string>(&started)) {
    return *problem;
  }
  const auto& [portfolio, quarter, folder] = std::get<ActionStart>(started);
  report::ReportRequest request;
  const Reference<css::lang::XComponent> document(model, css::uno::UNO_QUERY_THROW);
  request.language = report::documentLanguage(document);
  request.output = folder / (format(Text::ReportFileStem, language, quarter.text()) + ".pdf");
  if (const auto path = support::systemPath(model->getURL())) {
    const rtl::OUString name = support::fromUtf8(path->filename().string());
    request.sourceName = std::u16string(support::u16(name));  // for the page footer
  }
  try {
    return format(Text::ReportWritten, language,
                  report::writeReport(context, portfolio, request).string());
  } catch (const qbr::QbrError& e) {  // FileExists, NoSpace: nothing was written
    return e.what();
  }
}

std::string makeHealthCheck(const ContextRef& context, const portfolio::Workbook& workbook,
                            const std::u16string& partner, Language language) {
  auto started = startAction(context, workbook, language, Text::ChooseSurveyFolder);
  if (auto* problem = std::get_if<std::string>(&started)) {
    return *problem;
  }
  const auto& [portfolio, quarter, folder] = std::get<ActionStart>(started);
  survey::SurveyRequest request;
  request.partner = partner;
  request.quarter = quarter;
  request.language = language;
  request.directory = folder;
  request.surveyId = survey::newSurveyId();
  for (const survey::Side side : {survey::Side::Ours, survey::Side::Theirs}) {
    for (std::size_t n = 1; n <= kRespondentsEachSide; ++n) {
      request.respondents.push_back({side, n, {}, {}});
    }
  }
  try {
    const std::vector<std::filesystem::path> made =
        survey::makeSurveys(css::frame::Desktop::create(context),
                            templateFile(context, "health-check", language), request);
    std::string out =
        format(Text::SurveysWritten, language, std::to_string(made.size()), folder.string());
    for (const std::filesystem::path& file : made) {
      out += "\n" + file.filename().string();
    }
    return out;
  } catch (const qbr::QbrError& e) {  // FileExists, NoSpace: nothing was written
    return e.what();
  }
}

std::string checkWorkbookReport(const portfolio::Workbook& workbook, Language language) {
  return describeCheck(qbr::checkWorkbook(workbook), language);
}

std::string closeQuarterReport(const Reference<css::frame::XModel>& model,
                               const portfolio::Workbook& workbook, Language language) {
  const Reference<css::document::XUndoManager> undo =
      Reference<css::document::XUndoManagerSupplier>(model, css::uno::UNO_QUERY_THROW)
          ->getUndoManager();
  if (undo->isLocked()) {
    // What is written now would not be recorded: Edit > Undo could not take it back.
    return std::string(text(Text::CloseUndoLocked, language));
  }
  const std::optional<portfolio::Quarter> quarter =
      portfolio::readSettings(workbook).currentQuarter;
  const rtl::OUString title = support::fromUtf8(closeUndoTitle(quarter, language));
  const Reference<css::lang::XComponent> document(model, css::uno::UNO_QUERY_THROW);
  quarter::CloseOutcome outcome;
  try {
    const ControllersLocked still(model);
    const UndoStep step(undo, title);
    outcome = quarter::closeQuarter(document);
  } catch (const portfolio::CloseError& e) {
    return describeCloseRefusal(e, quarter, language);  // thrown before any cell is written
  } catch (const portfolio::WorkbookError& e) {
    return format(Text::CloseNeedsPortfolio, language, e.what());
  } catch (...) {
    // A failure half way: the step holds what was written; take it back. The
    // step is ours when it is on top with this title, as a close of this quarter
    // moves the current quarter on, so an earlier step of that title is never on top.
    try {
      if (undo->isUndoPossible() && undo->getCurrentUndoActionTitle() == title) {
        undo->undo();
      }
    } catch (...) {  // NOLINT(bugprone-empty-catch): the failure below is what is shown
    }
    throw;
  }
  return outcome.closed ? describeClose(*outcome.closed, language)
                        : describeCloseProblems(outcome.problems, language);
}

}  // namespace alliance::sidebar
