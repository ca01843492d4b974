#include "sidebar/alliance_panel.h"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/ui/UIElementType.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <chrono>
#include <ctime>

#include "sidebar/entry_guard.h"
#include "sidebar/office_environment.h"
#include "sidebar/panel_actions.h"
#include "sidebar/panel_content.h"
#include "sidebar/panel_layout.h"
#include "sidebar/panel_listener.h"
#include "sidebar/panel_window.h"
#include "support/ustring.h"
#include "support/workbook_reader.h"

namespace alliance::sidebar {

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

std::optional<CursorPosition> cursorOf(const Reference<css::frame::XController>& controller) {
  const Reference<css::view::XSelectionSupplier> selection(controller, UNO_QUERY);
  if (!selection.is()) {
    return std::nullopt;
  }
  // A cell or a range: its top left cell. Several ranges or a drawing object
  // leave the panel as it is.
  const Reference<css::sheet::XCellRangeAddressable> range(selection->getSelection(), UNO_QUERY);
  if (!range.is()) {
    return std::nullopt;
  }
  const css::table::CellRangeAddress address = range->getRangeAddress();
  return CursorPosition{static_cast<std::size_t>(address.Sheet),
                        static_cast<std::size_t>(address.StartRow),
                        static_cast<std::size_t>(address.StartColumn)};
}

// Today as the office's serial day number, from the system clock in local time,
// as the sheet's TODAY() gives it.
double today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  if (localtime_r(&now, &local) == nullptr) {
    return 0.0;  // no date: no change is open
  }
  return serialDay(std::chrono::year{local.tm_year + 1900} /
                   std::chrono::month{static_cast<unsigned>(local.tm_mon + 1)} /
                   std::chrono::day{static_cast<unsigned>(local.tm_mday)});
}

}  // namespace

AlliancePanel::AlliancePanel(const Reference<css::uno::XComponentContext>& context,
                             const Reference<css::frame::XFrame>& frame,
                             const Reference<css::awt::XWindow>& parent,
                             const Reference<css::ui::XSidebar>& sidebar, const rtl::OUString& url)
    : PanelBase(m_aMutex),
      context_(context),
      frame_(frame),
      parent_(parent),
      sidebar_(sidebar),
      url_(url),
      listener_(new PanelListener(this)) {}

AlliancePanel::~AlliancePanel() { listener_->detach(); }

void AlliancePanel::initialize() {
  try {
    language_ = officeLanguage(context_);
  } catch (const css::uno::Exception&) {
    language_ = Language::English;  // the configuration cannot be read: the panel still works
  }
  window_ =
      std::make_unique<PanelWindow>(context_, parent_, language_, listener_->asActionListener());
  parent_->addWindowListener(listener_->asWindowListener());
  controller_ = frame_->getController();
  if (controller_.is()) {
    model_ = controller_->getModel();
    Reference<css::view::XSelectionSupplier>(controller_, UNO_QUERY_THROW)
        ->addSelectionChangeListener(listener_->asSelectionListener());
  }
  if (model_.is()) {
    Reference<css::util::XModifyBroadcaster>(model_, UNO_QUERY_THROW)
        ->addModifyListener(listener_->asModifyListener());
  }
  update(true);
  window_->layout();
}

Reference<css::frame::XFrame> AlliancePanel::getFrame() {
  return guarded("getFrame", [&] { return frame_; });
}

rtl::OUString AlliancePanel::getResourceURL() {
  return guarded("getResourceURL", [&] { return url_; });
}

sal_Int16 AlliancePanel::getType() {
  return guarded("getType", [] { return css::ui::UIElementType::TOOLPANEL; });
}

Reference<css::uno::XInterface> AlliancePanel::getRealInterface() {
  return guarded("getRealInterface", [&] {
    return Reference<css::uno::XInterface>(static_cast<css::ui::XToolPanel*>(this));
  });
}

Reference<css::awt::XWindow> AlliancePanel::getWindow() {
  return guarded("getWindow", [&] {
    if (!window_) {
      throw css::lang::DisposedException("The Alliance panel is closed.", nullptr);
    }
    return window_->window();
  });
}

Reference<css::accessibility::XAccessible> AlliancePanel::createAccessible(
    const Reference<css::accessibility::XAccessible>& /*parent*/) {
  return guarded("createAccessible", [&] {
    return window_ ? Reference<css::accessibility::XAccessible>(window_->window(), UNO_QUERY)
                   : Reference<css::accessibility::XAccessible>();
  });
}

css::ui::LayoutSize AlliancePanel::getHeightForWidth(sal_Int32 width) {
  return guarded("getHeightForWidth", [&] {
    const sal_Int32 height =
        window_ ? window_->heightForWidth(width) : layoutPanel(width, {}, false).height;
    return css::ui::LayoutSize(height, height, height);
  });
}

sal_Int32 AlliancePanel::getMinimalWidth() {
  return guarded("getMinimalWidth",
                 [&] { return window_ ? window_->minimalWidth() : minimalWidth(LayoutMetrics{}); });
}

void AlliancePanel::update(bool reread) {
  if (!window_ || !model_.is()) {
    return;
  }
  if (reread || !workbook_) {
    // What the panel shows lies on the portfolio's own sheets: a large data sheet
    // beside them is not read on every keystroke.
    workbook_ = support::readWorkbook(Reference<css::lang::XComponent>(model_, UNO_QUERY_THROW),
                                      support::ReadScope::PortfolioSheets);
  }
  if (const auto cursor = cursorOf(controller_)) {
    cursor_ = *cursor;
  }
  const CursorLookup lookup = partnerAtCursor(*workbook_, cursor_, today());
  card_ = lookup.card;
  if (window_->show(describe(lookup, language_)) && sidebar_.is()) {
    sidebar_->requestLayout();
  }
}

void AlliancePanel::selectionChanged() { update(false); }

void AlliancePanel::documentModified() {
  if (!closingQuarter_) {
    update(true);
  }
}

void AlliancePanel::sourceDisposed() { stopListening(); }

void AlliancePanel::parentResized() {
  if (window_) {
    window_->layout();
  }
}

void AlliancePanel::report(const std::string& message) {
  if (window_ && window_->showResults(message) && sidebar_.is()) {
    sidebar_->requestLayout();
  }
}

void AlliancePanel::showFailure(const std::string& message) {
  if (window_) {
    report(format(Text::PanelFailure, language_, message));
  }
}

void AlliancePanel::buttonPressed(const rtl::OUString& command) {
  if (!window_) {
    return;
  }
  const std::string name = support::toUtf8(command);
  if (name == controlName(Control::NewWorkbook)) {
    report(openNewWorkbook(context_, language_));
    return;
  }
  if (!model_.is()) {
    return;
  }
  // Actions work on the values as they are now.
  workbook_ = support::readWorkbook(Reference<css::lang::XComponent>(model_, UNO_QUERY_THROW));
  if (name == controlName(Control::CheckWorkbook)) {
    report(checkWorkbookReport(*workbook_, language_));
  } else if (name == controlName(Control::QbrPartner) ||
             name == controlName(Control::QbrInternal)) {
    if (!card_ || card_->shape != CardShape::PortfolioRow) {
      report(std::string(text(Text::QbrNeedsPartner, language_)));
      return;
    }
    report(generateQbrs(context_, frame_, *workbook_, card_->partner, language_,
                        name == controlName(Control::QbrInternal) ? qbr::Audience::Internal
                                                                  : qbr::Audience::Partner));
  } else if (name == controlName(Control::QbrAll)) {
    report(generateQbrs(context_, frame_, *workbook_, std::nullopt, language_,
                        qbr::Audience::Partner));
  } else if (name == controlName(Control::PortfolioReview)) {
    report(writePortfolioReview(context_, model_, *workbook_, language_));
  } else if (name == controlName(Control::HealthCheck)) {
    if (!card_ || card_->shape != CardShape::PortfolioRow) {
      report(std::string(text(Text::QbrNeedsPartner, language_)));
      return;
    }
    report(makeHealthCheck(context_, *workbook_, card_->partner, language_));
  } else if (name == controlName(Control::CloseQuarter)) {
    // Each cell written is a modification: the panel reads the result once, after.
    closingQuarter_ = true;
    std::string message;
    try {
      message = closeQuarterReport(model_, *workbook_, language_);
    } catch (...) {
      closingQuarter_ = false;
      update(true);  // shows what the document holds now; the failure goes to the firewall
      throw;
    }
    closingQuarter_ = false;
    update(true);
    report(message);
  }
}

void AlliancePanel::stopListening() noexcept {
  const auto quietly = [](auto&& remove) {
    try {
      remove();
    } catch (...) {  // NOLINT(bugprone-empty-catch): the broadcaster may be disposed already
    }
  };
  if (controller_.is()) {
    quietly([&] {
      Reference<css::view::XSelectionSupplier>(controller_, UNO_QUERY_THROW)
          ->removeSelectionChangeListener(listener_->asSelectionListener());
    });
  }
  if (model_.is()) {
    quietly([&] {
      Reference<css::util::XModifyBroadcaster>(model_, UNO_QUERY_THROW)
          ->removeModifyListener(listener_->asModifyListener());
    });
  }
  if (parent_.is()) {
    quietly([&] { parent_->removeWindowListener(listener_->asWindowListener()); });
  }
  controller_.clear();
  model_.clear();
  workbook_.reset();
  card_.reset();
}

void AlliancePanel::disposing() {
  guardedNotice("dispose", [&] {
    listener_->detach();
    stopListening();
    if (window_) {
      window_->dispose();
      window_.reset();
    }
    parent_.clear();
    frame_.clear();
    sidebar_.clear();
    context_.clear();
  });
}

}  // namespace alliance::sidebar
