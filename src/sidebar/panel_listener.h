// The panel's listeners in one object: selection changes of the controller,
// modifications of the document, its buttons and its parent window's size. Each
// callback runs behind the firewall and forwards to the panel until the panel
// detaches it.
#pragma once

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <com/sun/star/view/XSelectionChangeListener.hpp>
#include <cppuhelper/implbase4.hxx>
#include <rtl/ref.hxx>

#include <mutex>

namespace alliance::sidebar {

class AlliancePanel;

class PanelListener
    : public cppu::WeakImplHelper4<css::view::XSelectionChangeListener, css::util::XModifyListener,
                                   css::awt::XActionListener, css::awt::XWindowListener> {
 public:
  explicit PanelListener(AlliancePanel* panel) : panel_(panel) {}

  // After this no callback reaches the panel.
  void detach();

  // This listener as each kind the broadcasters take.
  css::uno::Reference<css::view::XSelectionChangeListener> asSelectionListener() { return this; }
  css::uno::Reference<css::util::XModifyListener> asModifyListener() { return this; }
  css::uno::Reference<css::awt::XActionListener> asActionListener() { return this; }
  css::uno::Reference<css::awt::XWindowListener> asWindowListener() { return this; }

  // XSelectionChangeListener
  void SAL_CALL selectionChanged(const css::lang::EventObject& event) override;
  // XModifyListener
  void SAL_CALL modified(const css::lang::EventObject& event) override;
  // XActionListener
  void SAL_CALL actionPerformed(const css::awt::ActionEvent& event) override;
  // XWindowListener
  void SAL_CALL windowResized(const css::awt::WindowEvent& event) override;
  void SAL_CALL windowMoved(const css::awt::WindowEvent& event) override;
  void SAL_CALL windowShown(const css::lang::EventObject& event) override;
  void SAL_CALL windowHidden(const css::lang::EventObject& event) override;
  // XEventListener: the document, controller or a window goes away
  void SAL_CALL disposing(const css::lang::EventObject& event) override;

 private:
  // The panel, held while a callback runs; null once detached.
  rtl::Reference<AlliancePanel> panel();

  std::mutex mutex_;
  AlliancePanel* panel_;
};

}  // namespace alliance::sidebar
