// The panel's actions, each returning the sentence(s) the panel shows in its
// results box. UNO exceptions they cannot handle propagate to the panel's
// firewall.
#pragma once

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>

#include <optional>
#include <string>

#include "portfolio/workbook.h"
#include "qbr/qbr_content.h"
#include "sidebar/office_environment.h"
#include "sidebar/panel_text.h"

namespace alliance::sidebar {

// The template New alliance workbook opens: the partner portfolio.
inline constexpr std::string_view kNewWorkbookTemplate = "partner-portfolio";

// Opens a new, untitled workbook from the partner portfolio template.
[[nodiscard]] std::string openNewWorkbook(const ContextRef& context, Language language);

// Makes the QBR workbook of one partner (by name) or, without a name, of every
// partner, in a folder the user chooses, for the partner or as our internal
// preparation. Shows progress in the frame's status bar; never replaces a file:
// an existing one is kept and named in the report.
[[nodiscard]] std::string generateQbrs(const ContextRef& context,
                                       const css::uno::Reference<css::frame::XFrame>& frame,
                                       const portfolio::Workbook& workbook,
                                       const std::optional<std::u16string>& partner,
                                       Language language, qbr::Audience audience);

// The portfolio review for our own leadership (`alliancecalc report`), as a PDF
// in a folder the user chooses; never replaces a file.
[[nodiscard]] std::string writePortfolioReview(const ContextRef& context,
                                               const css::uno::Reference<css::frame::XModel>& model,
                                               const portfolio::Workbook& workbook,
                                               Language language);

// The two-sided health check's rating workbooks for the partner, three for our
// side and three for the partner's (`alliancecalc survey make`), in a folder the
// user chooses; never replaces a file.
[[nodiscard]] std::string makeHealthCheck(const ContextRef& context,
                                          const portfolio::Workbook& workbook,
                                          const std::u16string& partner, Language language);

// The checks of `alliancecalc check`, as lines for the results box.
[[nodiscard]] std::string checkWorkbookReport(const portfolio::Workbook& workbook,
                                              Language language);

// Closes the current quarter of the document through quarter::closeQuarter, the
// service `alliancecalc close-quarter` uses, as ONE step of the document's undo
// (Edit > Undo takes all of it back). Asks nothing. A refusal (errors in the
// workbook, a quarter History already holds, ...) changes nothing and is
// reported; a failure while writing takes back what was written and propagates.
// `workbook` is the document as read just before, for the step's title.
[[nodiscard]] std::string closeQuarterReport(const css::uno::Reference<css::frame::XModel>& model,
                                             const portfolio::Workbook& workbook,
                                             Language language);

}  // namespace alliance::sidebar
