// The sidebar's UI element factory: Factories.xcu names it for
// private:resource/toolpanel/AllianceCalcPanelFactory/..., and the sidebar asks
// it for the panels of the Alliance deck (Sidebar.xcu).
#pragma once

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>

namespace alliance::sidebar {

inline constexpr const char* kFactoryImplementation = "org.alliancecalc.sidebar.PanelFactory";
inline constexpr const char* kPartnerPanelUrl =
    "private:resource/toolpanel/AllianceCalcPanelFactory/PartnerScorecard";

class SidebarFactory
    : public cppu::WeakImplHelper2<css::ui::XUIElementFactory, css::lang::XServiceInfo> {
 public:
  explicit SidebarFactory(const css::uno::Reference<css::uno::XComponentContext>& context);

  // XUIElementFactory. Args: Frame (XFrame) and ParentWindow (XWindow) are
  // required, Sidebar (XSidebar) is used to ask for a new layout.
  // Throws NoSuchElementException for an unknown URL, IllegalArgumentException
  // for a missing or wrong argument.
  css::uno::Reference<css::ui::XUIElement> SAL_CALL createUIElement(
      const rtl::OUString& url, const css::uno::Sequence<css::beans::PropertyValue>& args) override;

  // XServiceInfo
  rtl::OUString SAL_CALL getImplementationName() override;
  sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
  css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

 private:
  css::uno::Reference<css::uno::XComponentContext> context_;
};

}  // namespace alliance::sidebar
