#include "sidebar/panel_actions.h"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>

#include <filesystem>
#include <vector>

#include "core/input_error.h"
#include "core/text.h"
#include "qbr/output_files.h"
#include "qbr/portfolio.h"
#include "qbr/qbr_content.h"
#include "qbr/qbr_writer.h"
#include "qbr/workbook_check.h"
#include "sidebar/panel_content.h"

namespace alliance::sidebar {

namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;

css::beans::PropertyValue property(const char* name, const Any& value) {
  css::beans::PropertyValue p;
  p.Name = rtl::OUString::createFromAscii(name);
  p.Value = value;
  return p;
}

// The frame's status bar progress, ended whatever happens.
class Progress {
 public:
  Progress(const Reference<css::frame::XFrame>& frame, const std::string& text, sal_Int32 range) {
    const Reference<css::task::XStatusIndicatorFactory> factory(frame, UNO_QUERY);
    if (factory.is()) {
      indicator_ = factory->createStatusIndicator();
      indicator_->start(toOUString(text), range);
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
      indicator_->setText(toOUString(text));
      indicator_->setValue(value);
    }
  }

 private:
  Reference<css::task::XStatusIndicator> indicator_;
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
                         const qbr::Workbook& workbook,
                         const std::optional<std::u16string>& partner, Language language) {
  qbr::Portfolio portfolio;
  try {
    portfolio = qbr::readPortfolio(workbook);
  } catch (const qbr::QbrError& e) {
    return format(Text::QbrNeedsPortfolio, language, e.what());
  }
  if (!portfolio.currentQuarter) {
    return std::string(text(Text::QbrNoQuarter, language));
  }
  const qbr::Quarter quarter = *portfolio.currentQuarter;
  std::vector<const qbr::PartnerRow*> partners;
  if (partner) {
    const qbr::PartnerRow* row = portfolio.findPartner(*partner);
    if (row == nullptr) {
      return std::string(text(Text::QbrNeedsPartner, language));
    }
    partners.push_back(row);
  } else {
    for (const qbr::PartnerRow& row : portfolio.partners) {
      partners.push_back(&row);
    }
  }
  const std::filesystem::path qbrTemplate = templateFile(context, "qbr", language);
  if (!std::filesystem::is_regular_file(qbrTemplate)) {
    return format(Text::TemplateMissing, language, qbrTemplate.string());
  }
  const auto folder = chooseFolder(context, std::string(text(Text::ChooseQbrFolder, language)));
  if (!folder) {
    return std::string(text(Text::QbrNoFolder, language));
  }
  try {
    qbr::checkOutputDirectory(*folder);
  } catch (const qbr::QbrError& e) {
    return e.what();
  }

  const Reference<css::frame::XDesktop2> desktop = css::frame::Desktop::create(context);
  Progress progress(frame, std::string(text(Text::QbrProgress, language)),
                    static_cast<sal_Int32>(partners.size()));
  std::vector<std::string> written;
  std::vector<std::string> notes;
  for (std::size_t i = 0; i < partners.size(); ++i) {
    const qbr::PartnerRow& row = *partners[i];
    const std::string name = alliance::toUtf8(row.name);
    progress.set(static_cast<sal_Int32>(i),
                 std::string(text(Text::QbrProgress, language)) + ": " + name);
    const std::filesystem::path target = *folder / (qbr::fileStem(row.name, quarter) + ".ods");
    if (std::filesystem::exists(target)) {
      notes.push_back(format(Text::QbrKept, language, target.string()));
      continue;
    }
    try {
      const qbr::QbrFiles files =
          qbr::writeQbr(desktop, qbrTemplate, qbr::buildQbr(portfolio, row, quarter, language),
                        qbr::QbrOutput{*folder, false, false});
      written.push_back(files.ods.filename().string());
    } catch (const InputError& e) {
      notes.push_back(format(Text::QbrPartnerFailed, language, name, e.what()));
    } catch (const qbr::QbrError& e) {
      notes.push_back(format(Text::QbrPartnerFailed, language, name, e.what()));
    }
  }
  progress.set(static_cast<sal_Int32>(partners.size()), {});
  std::string report = format(Text::QbrWritten, language, std::to_string(written.size()),
                              std::to_string(partners.size()), folder->string());
  for (const std::string& file : written) {
    report += "\n" + file;
  }
  for (const std::string& note : notes) {
    report += "\n" + note;
  }
  return report;
}

std::string checkWorkbookReport(const qbr::Workbook& workbook, Language language) {
  return describeCheck(qbr::checkWorkbook(workbook), language);
}

}  // namespace alliance::sidebar
