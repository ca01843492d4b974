// The panel's window: an awt control container with the scorecard's controls,
// built through the UNO toolkit only (no VCL linking), coloured and sized from
// the office's style settings so that it follows the application's theme.
#pragma once

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <array>
#include <string>

#include "sidebar/panel_content.h"
#include "sidebar/panel_layout.h"
#include "sidebar/panel_text.h"

namespace alliance::sidebar {

class PanelWindow {
 public:
  // Builds the controls in `parent`; the buttons report to `buttons` with their
  // control names (panel_layout.h) as action commands.
  PanelWindow(const css::uno::Reference<css::uno::XComponentContext>& context,
              const css::uno::Reference<css::awt::XWindow>& parent, Language language,
              const css::uno::Reference<css::awt::XActionListener>& buttons);
  PanelWindow(const PanelWindow&) = delete;
  PanelWindow& operator=(const PanelWindow&) = delete;
  ~PanelWindow();

  [[nodiscard]] css::uno::Reference<css::awt::XWindow> window() const;

  // Shows the content; true when the panel's height changed (the sidebar must lay out again).
  bool show(const PanelContent& content);
  // Shows what an action reported (empty: hides the box); true when the height changed.
  bool showResults(const std::string& value);

  [[nodiscard]] int heightForWidth(int width) const;
  [[nodiscard]] int minimalWidth() const;
  // Places the controls for the parent's current width.
  void layout();

  void dispose() noexcept;

 private:
  css::uno::Reference<css::awt::XControl> add(Control id, const char* kind);
  void setText(Control id, const std::string& value);
  void measure();
  // The height the control needs at `width`, its text wrapped.
  [[nodiscard]] int heightAt(Control id, int width) const;
  [[nodiscard]] PanelLayout layoutFor(int width) const;

  css::uno::Reference<css::uno::XComponentContext> context_;
  css::uno::Reference<css::awt::XWindow> parent_;
  css::uno::Reference<css::awt::XControl> container_;
  std::array<css::uno::Reference<css::awt::XControl>, kControlCount> controls_;
  LayoutMetrics metrics_;
  bool scorecard_ = false;
  std::array<int, kDimensionCount> bars_{};
  int laidOutHeight_ = 0;
  bool results_ = false;            // the results box is shown once an action has reported
  sal_Int32 labelTextColour_ = -1;  // -1: not known, the controls' default
  sal_Int32 fieldColour_ = -1;
  sal_Int32 fieldTextColour_ = -1;
  sal_Int32 highlightColour_ = -1;
};

}  // namespace alliance::sidebar
