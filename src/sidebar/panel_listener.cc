#include "sidebar/panel_listener.h"

#include "sidebar/alliance_panel.h"
#include "sidebar/entry_guard.h"

namespace alliance::sidebar {

namespace {

// The panel's failure sink: shows what went wrong in its results box.
FailureSink sinkFor(const rtl::Reference<AlliancePanel>& panel) {
  return [panel](const std::string& message) {
    if (panel.is()) {
      panel->showFailure(message);
    }
  };
}

}  // namespace

void PanelListener::detach() {
  const std::lock_guard lock(mutex_);
  panel_ = nullptr;
}

rtl::Reference<AlliancePanel> PanelListener::panel() {
  const std::lock_guard lock(mutex_);
  return panel_;
}

void PanelListener::selectionChanged(const css::lang::EventObject& /*event*/) {
  rtl::Reference<AlliancePanel> p;
  guardedNotice(
      "selectionChanged",
      [&] {
        p = panel();
        if (p.is()) {
          p->selectionChanged();
        }
      },
      [&](const std::string& m) { sinkFor(p)(m); });
}

void PanelListener::modified(const css::lang::EventObject& /*event*/) {
  rtl::Reference<AlliancePanel> p;
  guardedNotice(
      "modified",
      [&] {
        p = panel();
        if (p.is()) {
          p->documentModified();
        }
      },
      [&](const std::string& m) { sinkFor(p)(m); });
}

void PanelListener::actionPerformed(const css::awt::ActionEvent& event) {
  rtl::Reference<AlliancePanel> p;
  guardedNotice(
      "actionPerformed",
      [&] {
        p = panel();
        if (p.is()) {
          p->buttonPressed(event.ActionCommand);
        }
      },
      [&](const std::string& m) { sinkFor(p)(m); });
}

void PanelListener::windowResized(const css::awt::WindowEvent& /*event*/) {
  guardedNotice("windowResized", [&] {
    if (const rtl::Reference<AlliancePanel> p = panel(); p.is()) {
      p->parentResized();
    }
  });
}

void PanelListener::windowMoved(const css::awt::WindowEvent& /*event*/) {
  guardedNotice("windowMoved", [] {});
}

void PanelListener::windowShown(const css::lang::EventObject& /*event*/) {
  guardedNotice("windowShown", [&] {
    if (const rtl::Reference<AlliancePanel> p = panel(); p.is()) {
      p->parentResized();
    }
  });
}

void PanelListener::windowHidden(const css::lang::EventObject& /*event*/) {
  guardedNotice("windowHidden", [] {});
}

void PanelListener::disposing(const css::lang::EventObject& /*event*/) {
  guardedNotice("disposing", [&] {
    if (const rtl::Reference<AlliancePanel> p = panel(); p.is()) {
      p->sourceDisposed();
    }
  });
}

}  // namespace alliance::sidebar
