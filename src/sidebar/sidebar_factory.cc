#include "sidebar/sidebar_factory.h"

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/container/NoSuchElementException.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/ui/XSidebar.hpp>
#include <rtl/ref.hxx>

#include <mutex>

#include "sidebar/alliance_panel.h"
#include "sidebar/entry_guard.h"
#include "sidebar/office_environment.h"

namespace alliance::sidebar {

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using rtl::OUString;

constexpr const char* kService = "com.sun.star.ui.UIElementFactory";

}  // namespace

SidebarFactory::SidebarFactory(const Reference<css::uno::XComponentContext>& context)
    : context_(context) {
  // The log goes into the profile of the office that made the factory.
  static std::once_flag logConfigured;
  if (context.is()) {
    std::call_once(logConfigured, [&] { configureLog(profileFolder(context)); });
  }
}

Reference<css::ui::XUIElement> SidebarFactory::createUIElement(
    const OUString& url, const css::uno::Sequence<css::beans::PropertyValue>& args) {
  return guarded("createUIElement", [&]() -> Reference<css::ui::XUIElement> {
    Reference<css::frame::XFrame> frame;
    Reference<css::awt::XWindow> parent;
    Reference<css::ui::XSidebar> sidebar;
    for (const css::beans::PropertyValue& arg : args) {
      if (arg.Name == "Frame") {
        frame.set(arg.Value, UNO_QUERY);
      } else if (arg.Name == "ParentWindow") {
        parent.set(arg.Value, UNO_QUERY);
      } else if (arg.Name == "Sidebar") {
        sidebar.set(arg.Value, UNO_QUERY);
      }
    }
    if (url != OUString::createFromAscii(kPartnerPanelUrl)) {
      throw css::container::NoSuchElementException(
          "AllianceCalc sidebar: there is no panel " + url + "; the factory makes " +
              OUString::createFromAscii(kPartnerPanelUrl) + ".",
          static_cast<cppu::OWeakObject*>(this));
    }
    if (!parent.is()) {
      throw css::lang::IllegalArgumentException(
          "AllianceCalc sidebar: no ParentWindow (an awt XWindow) was given for " + url +
              "; the panel needs the sidebar's window to live in.",
          static_cast<cppu::OWeakObject*>(this), 1);
    }
    if (!frame.is()) {
      throw css::lang::IllegalArgumentException(
          "AllianceCalc sidebar: no Frame (an XFrame) was given for " + url +
              "; the panel follows the document shown in that frame.",
          static_cast<cppu::OWeakObject*>(this), 1);
    }
    if (!context_.is()) {
      throw css::uno::RuntimeException(
          "AllianceCalc sidebar: the factory has no component context.");
    }
    const rtl::Reference<AlliancePanel> panel(
        new AlliancePanel(context_, frame, parent, sidebar, url));
    try {
      panel->initialize();
    } catch (...) {
      panel->dispose();  // nothing half-built stays listening
      throw;
    }
    return Reference<css::ui::XUIElement>(panel.get());
  });
}

OUString SidebarFactory::getImplementationName() {
  return guarded("getImplementationName",
                 [] { return OUString::createFromAscii(kFactoryImplementation); });
}

sal_Bool SidebarFactory::supportsService(const OUString& name) {
  return guarded("supportsService", [&] {
    return static_cast<sal_Bool>(name == OUString::createFromAscii(kService));
  });
}

css::uno::Sequence<OUString> SidebarFactory::getSupportedServiceNames() {
  return guarded("getSupportedServiceNames", [] {
    const OUString service = OUString::createFromAscii(kService);
    return css::uno::Sequence<OUString>(&service, 1);
  });
}

}  // namespace alliance::sidebar

// The component's constructor, named in AllianceSidebar.components.
extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_alliancecalc_sidebar_PanelFactory_get_implementation(
    css::uno::XComponentContext* context, const css::uno::Sequence<css::uno::Any>& /*args*/) {
  try {
    auto* factory = new alliance::sidebar::SidebarFactory(context);
    factory->acquire();
    return static_cast<cppu::OWeakObject*>(factory);
  } catch (...) {
    return nullptr;  // the office reports that the service could not be created
  }
}
