#include "sidebar/panel_window.h"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XLayoutConstrains.hpp>
#include <com/sun/star/awt/XStyleSettings.hpp>
#include <com/sun/star/awt/XStyleSettingsSupplier.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>

#include <algorithm>

#include "sidebar/office_environment.h"
#include "support/ustring.h"

namespace alliance::sidebar {

namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

Reference<css::beans::XPropertySet> modelOf(const Reference<css::awt::XControl>& control) {
  return {control->getModel(), UNO_QUERY_THROW};
}

bool isButton(Control id) {
  return id == Control::NewWorkbook || id == Control::CheckWorkbook || id == Control::QbrPartner ||
         id == Control::QbrInternal || id == Control::PortfolioReview ||
         id == Control::HealthCheck || id == Control::QbrAll || id == Control::CloseQuarter;
}

// The two parts of a dimension's bar: plain coloured areas, solid in every theme.
bool isBarFill(Control id) {
  for (std::size_t d = 0; d < kDimensionCount; ++d) {
    if (id == dimensionBar(d)) {
      return true;
    }
  }
  return false;
}

bool isBarPart(Control id) {
  for (std::size_t d = 0; d < kDimensionCount; ++d) {
    if (id == dimensionRest(d)) {
      return true;
    }
  }
  return isBarFill(id);
}

// The room a push button keeps around its label, in pixels.
constexpr int kButtonPadding = 16;
// Colours for a parent that does not say its own.
constexpr sal_Int32 kDefaultHighlight = 0x3465A4;
constexpr sal_Int32 kDefaultField = 0xFFFFFF;

bool isBox(Control id) { return id == Control::Details || id == Control::Results; }

// The controls shown only with a partner's scorecard.
bool scorecardOnly(Control id) {
  return (id >= Control::StatusSwatch && id <= Control::WarningsHeading) || id == Control::Action;
}

}  // namespace

PanelWindow::PanelWindow(const Reference<css::uno::XComponentContext>& context,
                         const Reference<css::awt::XWindow>& parent, Language language,
                         const Reference<css::awt::XActionListener>& buttons)
    : context_(context), parent_(parent) {
  const Reference<css::lang::XMultiComponentFactory> factory = context->getServiceManager();
  const Reference<css::awt::XWindowPeer> parentPeer(parent, UNO_QUERY_THROW);

  // The application's colours: the controls follow them, in a dark theme too.
  const Reference<css::awt::XStyleSettingsSupplier> styles(parent, UNO_QUERY);
  if (styles.is()) {
    const Reference<css::awt::XStyleSettings> settings = styles->getStyleSettings();
    labelTextColour_ = settings->getLabelTextColor();
    fieldColour_ = settings->getFieldColor();
    fieldTextColour_ = settings->getFieldTextColor();
    highlightColour_ = settings->getHighlightColor();
  }

  container_.set(
      factory->createInstanceWithContext("com.sun.star.awt.UnoControlContainer", context),
      UNO_QUERY_THROW);
  container_->setModel(Reference<css::awt::XControlModel>(
      factory->createInstanceWithContext("com.sun.star.awt.UnoControlContainerModel", context),
      UNO_QUERY_THROW));
  container_->createPeer(
      Reference<css::awt::XToolkit>(css::awt::Toolkit::create(context), UNO_QUERY_THROW),
      parentPeer);

  for (std::size_t i = 0; i < kControlCount; ++i) {
    const auto id = static_cast<Control>(i);
    const char* kind = isButton(id) ? "Button" : isBox(id) ? "Edit" : "FixedText";
    controls_.at(i) = add(id, kind);
    if (isButton(id)) {
      const Reference<css::awt::XButton> button(controls_.at(i), UNO_QUERY_THROW);
      button->setActionCommand(support::fromUtf8(controlName(id)));
      button->addActionListener(buttons);
    }
  }
  setText(Control::ActionsHeading, std::string(text(Text::ActionsHeading, language)));
  setText(Control::NewWorkbook, std::string(text(Text::NewWorkbook, language)));
  setText(Control::CheckWorkbook, std::string(text(Text::CheckWorkbook, language)));
  setText(Control::QbrPartner, std::string(text(Text::QbrForPartner, language)));
  setText(Control::QbrInternal, std::string(text(Text::QbrInternalForPartner, language)));
  setText(Control::PortfolioReview, std::string(text(Text::PortfolioReview, language)));
  setText(Control::HealthCheck, std::string(text(Text::HealthCheck, language)));
  setText(Control::QbrAll, std::string(text(Text::QbrForAll, language)));
  setText(Control::CloseQuarter, std::string(text(Text::CloseQuarter, language)));
  modelOf(controls_.at(static_cast<std::size_t>(Control::Results)))
      ->setPropertyValue("HelpText", Any(support::fromUtf8(text(Text::ResultsHeading, language))));
  measure();
  Reference<css::awt::XWindow>(controls_.at(static_cast<std::size_t>(Control::Results)),
                               UNO_QUERY_THROW)
      ->setVisible(false);
  Reference<css::awt::XWindow>(container_, UNO_QUERY_THROW)->setVisible(true);
}

PanelWindow::~PanelWindow() { dispose(); }

Reference<css::awt::XControl> PanelWindow::add(Control id, const char* kind) {
  const Reference<css::lang::XMultiComponentFactory> factory = context_->getServiceManager();
  const rtl::OUString base = "com.sun.star.awt.UnoControl" + rtl::OUString::createFromAscii(kind);
  const Reference<css::awt::XControl> control(factory->createInstanceWithContext(base, context_),
                                              UNO_QUERY_THROW);
  const Reference<css::beans::XPropertySet> model(
      factory->createInstanceWithContext(base + "Model", context_), UNO_QUERY_THROW);
  const rtl::OUString name = support::fromUtf8(controlName(id));
  const std::string_view k(kind);
  if (isBarPart(id)) {
    model->setPropertyValue(
        "BackgroundColor",
        Any(isBarFill(id) ? (highlightColour_ != -1 ? highlightColour_ : kDefaultHighlight)
                          : (fieldColour_ != -1 ? fieldColour_ : kDefaultField)));
    model->setPropertyValue("Border", Any(sal_Int16(0)));
  } else if (k == "FixedText") {
    if (labelTextColour_ != -1) {
      model->setPropertyValue("TextColor", Any(labelTextColour_));
    }
    model->setPropertyValue("NoLabel", Any(true));  // names and values, never mnemonics
    // Wrapped to the panel's width: heightAt() measures the lines it takes.
    model->setPropertyValue("MultiLine", Any(id != Control::StatusSwatch));
    if (id == Control::Partner || id == Control::WarningsHeading || id == Control::ActionsHeading) {
      model->setPropertyValue("FontWeight", Any(css::awt::FontWeight::BOLD));
    }
    if (id == Control::StatusSwatch) {
      model->setPropertyValue("Border", Any(sal_Int16(2)));  // a thin frame on any background
    }
  } else if (k == "Edit") {
    model->setPropertyValue("MultiLine", Any(true));
    model->setPropertyValue("ReadOnly", Any(true));
    model->setPropertyValue("VScroll", Any(true));
    model->setPropertyValue("Tabstop", Any(true));
    if (fieldColour_ != -1) {
      model->setPropertyValue("BackgroundColor", Any(fieldColour_));
      model->setPropertyValue("TextColor", Any(fieldTextColour_));
    }
  } else if (k == "Button") {
    model->setPropertyValue("Tabstop", Any(true));
    model->setPropertyValue("MultiLine", Any(true));  // a long label wraps in a narrow sidebar
  }
  control->setModel(Reference<css::awt::XControlModel>(model, UNO_QUERY_THROW));
  Reference<css::awt::XControlContainer>(container_, UNO_QUERY_THROW)->addControl(name, control);
  return control;
}

void PanelWindow::setText(Control id, const std::string& value) {
  const Reference<css::awt::XControl>& control = controls_.at(static_cast<std::size_t>(id));
  const char* property = isBox(id) ? "Text" : "Label";
  modelOf(control)->setPropertyValue(rtl::OUString::createFromAscii(property),
                                     Any(support::fromUtf8(value)));
}

void PanelWindow::measure() {
  // One line of the label font, and a button, as the toolkit sizes them.
  const Reference<css::awt::XLayoutConstrains> label(
      controls_.at(static_cast<std::size_t>(Control::ActionsHeading)), UNO_QUERY);
  const Reference<css::awt::XLayoutConstrains> button(
      controls_.at(static_cast<std::size_t>(Control::NewWorkbook)), UNO_QUERY);
  if (label.is()) {
    metrics_.lineHeight = std::max<int>(label->getPreferredSize().Height, 8);
  }
  if (button.is()) {
    metrics_.buttonHeight = std::max<int>(button->getPreferredSize().Height, metrics_.lineHeight);
  }
}

Reference<css::awt::XWindow> PanelWindow::window() const { return {container_, UNO_QUERY}; }

bool PanelWindow::show(const PanelContent& content) {
  setText(Control::Partner, content.title);
  setText(Control::Health, content.health);
  setText(Control::PreviousHealth, content.previousHealth);
  for (std::size_t d = 0; d < content.dimensions.size() && d < kDimensionCount; ++d) {
    setText(dimensionLabel(d), content.dimensions.at(d).label);
    bars_.at(d) = content.dimensions.at(d).barValue;
    // What a screen reader and a tooltip give for the bar: its score out of 100.
    const Any score(support::fromUtf8(std::to_string(bars_.at(d)) + " / 100"));
    modelOf(controls_.at(static_cast<std::size_t>(dimensionBar(d))))
        ->setPropertyValue("HelpText", score);
    modelOf(controls_.at(static_cast<std::size_t>(dimensionRest(d))))
        ->setPropertyValue("HelpText", score);
  }
  const Reference<css::beans::XPropertySet> swatch =
      modelOf(controls_.at(static_cast<std::size_t>(Control::StatusSwatch)));
  swatch->setPropertyValue(
      "BackgroundColor",
      content.status ? Any(static_cast<sal_Int32>(statusColour(*content.status))) : Any());
  swatch->setPropertyValue("HelpText", Any(support::fromUtf8(content.health)));
  setText(Control::WarningsHeading, content.warningsHeading);
  setText(Control::Details, content.details);
  setText(Control::Action, content.action);
  scorecard_ = content.hasPartner;
  for (std::size_t i = 0; i < kControlCount; ++i) {
    if (scorecardOnly(static_cast<Control>(i))) {
      Reference<css::awt::XWindow>(controls_.at(i), UNO_QUERY_THROW)->setVisible(scorecard_);
    }
  }
  // Texts wrap to the width, so new texts may change the panel's height.
  const int before = laidOutHeight_;
  layout();
  return laidOutHeight_ != before;
}

bool PanelWindow::showResults(const std::string& value) {
  results_ = !value.empty();
  const int before = laidOutHeight_;
  layout();
  // Shown where it now belongs, then filled: a box filled while hidden stays blank.
  Reference<css::awt::XWindow>(controls_.at(static_cast<std::size_t>(Control::Results)),
                               UNO_QUERY_THROW)
      ->setVisible(results_);
  setText(Control::Results, value);
  return laidOutHeight_ != before;
}

int PanelWindow::heightAt(Control id, int width) const {
  const Reference<css::awt::XLayoutConstrains> control(controls_.at(static_cast<std::size_t>(id)),
                                                       UNO_QUERY);
  if (!control.is() || width <= 0) {
    return metrics_.lineHeight;
  }
  if (isButton(id)) {
    // A button measures its label on one line; wrapped, it takes that many lines.
    const int room = std::max(width - kButtonPadding, 1);
    const int label = std::max<int>(control->getPreferredSize().Width - kButtonPadding, 1);
    const int lines = (label + room - 1) / room;
    return metrics_.buttonHeight + (lines - 1) * metrics_.lineHeight;
  }
  return control->calcAdjustedSize(css::awt::Size(width, 0)).Height;
}

PanelLayout PanelWindow::layoutFor(int width) const {
  return layoutPanel(
      width, metrics_, scorecard_, [this](Control id, int w) { return heightAt(id, w); }, bars_,
      results_);
}

int PanelWindow::heightForWidth(int width) const { return layoutFor(width).height; }

int PanelWindow::minimalWidth() const { return sidebar::minimalWidth(metrics_); }

void PanelWindow::layout() {
  const int width = parent_->getPosSize().Width;
  const PanelLayout placed = layoutFor(width);
  laidOutHeight_ = placed.height;
  Reference<css::awt::XWindow>(container_, UNO_QUERY_THROW)
      ->setPosSize(0, 0, width, placed.height, css::awt::PosSize::POSSIZE);
  for (std::size_t i = 0; i < kControlCount; ++i) {
    const Rect& r = placed.rects.at(i);
    if (r.width > 0 && r.height > 0) {
      Reference<css::awt::XWindow>(controls_.at(i), UNO_QUERY_THROW)
          ->setPosSize(r.x, r.y, r.width, r.height, css::awt::PosSize::POSSIZE);
    }
  }
}

void PanelWindow::dispose() noexcept {
  try {
    if (container_.is()) {
      Reference<css::lang::XComponent>(container_, UNO_QUERY_THROW)->dispose();
    }
  } catch (...) {  // NOLINT(bugprone-empty-catch): the window may be gone with its parent
  }
  container_.clear();
  controls_ = {};
  parent_.clear();
}

}  // namespace alliance::sidebar
