// The Alliance sidebar panel: the scorecard of the partner at the cell cursor,
// following the selection (XSelectionChangeListener on the controller) and the
// document's values (XModifyListener on the model), and the panel's actions.
//
// A UI element (what the sidebar holds), a tool panel (its window) and a sidebar
// panel (its height for a width) in one object. Every UNO entry point runs
// behind the firewall of entry_guard.h.
#pragma once

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/ui/XSidebar.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/basemutex.hxx>
#include <cppuhelper/compbase3.hxx>
#include <rtl/ref.hxx>

#include <memory>
#include <optional>

#include "portfolio/workbook.h"
#include "sidebar/panel_text.h"
#include "sidebar/partner_at_cursor.h"

namespace alliance::sidebar {

class PanelListener;
class PanelWindow;

using PanelBase = cppu::WeakComponentImplHelper3<css::ui::XUIElement, css::ui::XToolPanel,
                                                 css::ui::XSidebarPanel>;

class AlliancePanel : private cppu::BaseMutex, public PanelBase {
 public:
  // Keeps the arguments; initialize() builds the window and starts listening.
  AlliancePanel(const css::uno::Reference<css::uno::XComponentContext>& context,
                const css::uno::Reference<css::frame::XFrame>& frame,
                const css::uno::Reference<css::awt::XWindow>& parent,
                const css::uno::Reference<css::ui::XSidebar>& sidebar, const rtl::OUString& url);
  ~AlliancePanel() override;
  AlliancePanel(const AlliancePanel&) = delete;
  AlliancePanel& operator=(const AlliancePanel&) = delete;

  void initialize();

  // XUIElement
  css::uno::Reference<css::frame::XFrame> SAL_CALL getFrame() override;
  rtl::OUString SAL_CALL getResourceURL() override;
  sal_Int16 SAL_CALL getType() override;
  css::uno::Reference<css::uno::XInterface> SAL_CALL getRealInterface() override;
  // XToolPanel
  css::uno::Reference<css::awt::XWindow> SAL_CALL getWindow() override;
  css::uno::Reference<css::accessibility::XAccessible> SAL_CALL
  createAccessible(const css::uno::Reference<css::accessibility::XAccessible>& parent) override;
  // XSidebarPanel
  css::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32 width) override;
  sal_Int32 SAL_CALL getMinimalWidth() override;

  // From PanelListener, each already behind the firewall.
  void selectionChanged();
  void documentModified();
  void sourceDisposed();
  void parentResized();
  void buttonPressed(const rtl::OUString& command);
  // Shows an action's report in the results box, laying the sidebar out again when it grew.
  void report(const std::string& message);
  // Shows a failure the firewall caught in the results box.
  void showFailure(const std::string& message);

 private:
  void SAL_CALL disposing() override;  // WeakComponentImplHelper: XComponent::dispose
  void update(bool reread);
  void stopListening() noexcept;

  css::uno::Reference<css::uno::XComponentContext> context_;
  css::uno::Reference<css::frame::XFrame> frame_;
  css::uno::Reference<css::awt::XWindow> parent_;
  css::uno::Reference<css::ui::XSidebar> sidebar_;
  css::uno::Reference<css::frame::XController> controller_;
  css::uno::Reference<css::frame::XModel> model_;
  rtl::OUString url_;
  Language language_ = Language::English;
  rtl::Reference<PanelListener> listener_;
  std::unique_ptr<PanelWindow> window_;
  std::optional<portfolio::Workbook> workbook_;
  CursorPosition cursor_;
  std::optional<PartnerCard> card_;
  bool closingQuarter_ = false;  // Close quarter is writing: modifications wait for its end
};

}  // namespace alliance::sidebar
