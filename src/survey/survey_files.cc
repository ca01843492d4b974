#include "survey/survey_files.h"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/CellProtection.hpp>
#include <com/sun/star/util/XProtectable.hpp>

#include <fmt/format.h>

#include <random>

#include "qbr/output_files.h"
#include "qbr/qbr_writer.h"
#include "support/loaded_document.h"
#include "support/properties.h"
#include "support/ustring.h"
#include "text/catalog.h"

namespace alliance::survey {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

void setText(const Reference<css::sheet::XSpreadsheet>& sheet, std::size_t column, std::size_t row,
             std::u16string_view value) {
  // setString: the cell holds exactly this text, even one that starts with "=".
  Reference<css::text::XTextRange>(
      sheet->getCellByPosition(static_cast<sal_Int32>(column), static_cast<sal_Int32>(row)),
      UNO_QUERY_THROW)
      ->setString(support::fromU16(value));
}

std::u16string toU16(std::string_view utf8) {
  const OUString text = support::fromUtf8(utf8);
  return std::u16string(support::u16(text));
}

std::u16string sideWord(Side side, Language language) {
  return toU16(
      text::get(side == Side::Ours ? text::Survey::OursWord : text::Survey::TheirsWord, language));
}

void fill(const Reference<css::lang::XComponent>& document, const SurveyRequest& request,
          const Respondent& respondent) {
  const Reference<css::container::XIndexAccess> sheets(
      Reference<css::sheet::XSpreadsheetDocument>(document, UNO_QUERY_THROW)->getSheets(),
      UNO_QUERY_THROW);
  const Reference<css::sheet::XSpreadsheet> form(sheets->getByIndex(0), UNO_QUERY_THROW);
  const Reference<css::sheet::XSpreadsheet> hidden(
      Reference<css::container::XNameAccess>(sheets, UNO_QUERY_THROW)
          ->getByName(support::fromU16(kSurveySheet)),
      UNO_QUERY_THROW);
  // The template is protected without a password; filling it is the product's
  // own edit, and the protection is put back as it was.
  const Reference<css::util::XProtectable> formLock(form, UNO_QUERY_THROW);
  const Reference<css::util::XProtectable> hiddenLock(hidden, UNO_QUERY_THROW);
  formLock->unprotect(OUString());
  hiddenLock->unprotect(OUString());

  const std::u16string quarter = toU16(request.quarter.text());
  setText(form, kValueColumn, kPartnerRow, request.partner);
  setText(form, kValueColumn, kQuarterRow, quarter);
  setText(form, kValueColumn, kSideRow, sideWord(respondent.side, request.language));
  for (std::size_t g = 0; g < request.goals.size() && g < kGoalItems; ++g) {
    const ItemPlace place = itemPlace(kFirstGoal + g);
    setText(form, kStatementColumn, place.row, request.goals[g]);
    // A goal named for everyone is not the respondent's to rename.
    const Reference<css::beans::XPropertySet> cell(
        form->getCellByPosition(static_cast<sal_Int32>(kStatementColumn),
                                static_cast<sal_Int32>(place.row)),
        UNO_QUERY_THROW);
    css::util::CellProtection protection;
    cell->getPropertyValue("CellProtection") >>= protection;
    protection.IsLocked = true;
    cell->setPropertyValue("CellProtection", Any(protection));
    cell->setPropertyValue("CellBackColor", Any(sal_Int32(-1)));  // no longer a yellow input
  }
  setText(hidden, 1, kSurveyIdRow, request.surveyId);
  setText(hidden, 1, kRespondentRow, respondentId(respondent));
  setText(hidden, 1, kSurveySideRow, respondent.side == Side::Ours ? kOursWord : kTheirsWord);
  setText(hidden, 1, kSurveyPartnerRow, request.partner);
  setText(hidden, 1, kSurveyQuarterRow, quarter);
  formLock->protect(OUString());
  hiddenLock->protect(OUString());
}

}  // namespace

std::u16string newSurveyId() {
  std::random_device device;
  const std::string id = fmt::format("{:08x}{:08x}", device(), device());
  return {id.begin(), id.end()};
}

std::u16string respondentId(const Respondent& respondent) {
  const std::string id =
      fmt::format("{}-{}", respondent.side == Side::Ours ? "ours" : "theirs", respondent.number);
  return {id.begin(), id.end()};
}

namespace {

// The QBRs' rule makes the partner's name safe and short enough for a file name.
std::string safeName(std::u16string_view partner) {
  const portfolio::Quarter any{2000, 1};
  const std::string qbrStem = qbr::fileStem(partner, any);
  return qbrStem.substr(0, qbrStem.size() - (" QBR " + any.text()).size());
}

}  // namespace

std::string reportFileStem(std::u16string_view partner, std::string_view quarter) {
  return fmt::format("{} perception gap {}", safeName(partner), quarter);
}

std::string surveyFileStem(std::u16string_view partner, const portfolio::Quarter& quarter,
                           const Respondent& respondent, Language language) {
  const std::string name = safeName(partner);
  return fmt::format(
      "{} health check {} - {} {}", name, quarter.text(),
      text::get(respondent.side == Side::Ours ? text::Survey::OursWord : text::Survey::TheirsWord,
                language),
      respondent.number);
}

std::vector<std::filesystem::path> surveyFiles(const SurveyRequest& request) {
  std::vector<std::filesystem::path> out;
  out.reserve(request.respondents.size());
  for (const Respondent& r : request.respondents) {
    out.push_back(request.directory /
                  (surveyFileStem(request.partner, request.quarter, r, request.language) + ".ods"));
  }
  return out;
}

std::vector<std::filesystem::path> makeSurveys(const Reference<css::frame::XDesktop2>& desktop,
                                               const std::filesystem::path& templateFile,
                                               const SurveyRequest& request) {
  qbr::checkOutputDirectory(request.directory);
  std::vector<std::filesystem::path> files = surveyFiles(request);
  for (const std::filesystem::path& file : files) {
    qbr::refuseToOverwrite(file, false);  // all checked before any is written
  }
  const std::optional<OUString> templateUrl = support::fileUrl(templateFile);
  if (!templateUrl) {
    throw qbr::QbrError(
        fmt::format("The health check template {} has no file URL.", templateFile.string()));
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    qbr::StagedFile staged(files[i], false);
    const support::LoadedDocument document = [&] {
      try {
        return support::LoadedDocument::load(
            Reference<css::frame::XComponentLoader>(desktop, UNO_QUERY_THROW), *templateUrl,
            {support::property("AsTemplate", Any(true))});
      } catch (const support::LoadError& e) {
        throw qbr::QbrError(fmt::format("The health check template {} could not be opened: {}.",
                                        templateFile.string(), e.what()));
      }
    }();
    fill(document.component(), request, request.respondents[i]);
    qbr::storeDocument(Reference<css::frame::XStorable>(document.component(), UNO_QUERY_THROW),
                       staged.temporaryPath(), "calc8", request.directory);
    staged.commit();
  }
  return files;
}

}  // namespace alliance::survey
