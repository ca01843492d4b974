// Test-only add-in: FLOOR_HEALTH takes what ALLIANCE_HEALTH takes and does nothing.
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <org/alliancecalc/bench/XMarshallingFloor.hpp>

namespace {

using css::uno::Any;
using css::uno::Sequence;
using rtl::OUString;

constexpr char kService[] = "org.alliancecalc.bench.MarshallingFloor";

class MarshallingFloor final
    : public cppu::WeakImplHelper4<org::alliancecalc::bench::XMarshallingFloor, css::sheet::XAddIn,
                                   css::lang::XServiceName, css::lang::XServiceInfo> {
 public:
  double SAL_CALL floorHealth(const css::uno::Reference<css::table::XCellRange>& /*metrics*/,
                              const Any& /*labels*/, const Any& /*weights*/) override {
    return 0.0;
  }

  OUString SAL_CALL getProgrammaticFuntionName(const OUString& name) override {
    return name.equalsIgnoreAsciiCase("FLOOR_HEALTH") ? OUString("floorHealth") : OUString();
  }
  OUString SAL_CALL getDisplayFunctionName(const OUString& name) override {
    return name == "floorHealth" ? OUString("FLOOR_HEALTH") : OUString();
  }
  OUString SAL_CALL getFunctionDescription(const OUString& /*name*/) override {
    return "Test only: does nothing.";
  }
  OUString SAL_CALL getDisplayArgumentName(const OUString& /*name*/, sal_Int32 arg) override {
    static const char* const kNames[] = {"metrics", "labels", "weights"};
    return arg >= 0 && arg < 3 ? OUString::createFromAscii(kNames[arg]) : OUString();
  }
  OUString SAL_CALL getArgumentDescription(const OUString& /*name*/, sal_Int32 /*arg*/) override {
    return "Ignored.";
  }
  OUString SAL_CALL getProgrammaticCategoryName(const OUString& /*name*/) override {
    return "Add-In";
  }
  OUString SAL_CALL getDisplayCategoryName(const OUString& /*name*/) override { return "Add-In"; }
  void SAL_CALL setLocale(const css::lang::Locale& locale) override { locale_ = locale; }
  css::lang::Locale SAL_CALL getLocale() override { return locale_; }

  OUString SAL_CALL getServiceName() override { return kService; }
  OUString SAL_CALL getImplementationName() override {
    return "org.alliancecalc.bench.MarshallingFloorImpl";
  }
  sal_Bool SAL_CALL supportsService(const OUString& name) override {
    return cppu::supportsService(this, name);
  }
  Sequence<OUString> SAL_CALL getSupportedServiceNames() override {
    Sequence<OUString> names(2);
    names[0] = kService;
    names[1] = "com.sun.star.sheet.AddIn";
    return names;
  }

 private:
  css::lang::Locale locale_;
};

}  // namespace

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_alliancecalc_bench_MarshallingFloor_get_implementation(css::uno::XComponentContext* /*context*/,
                                                           const Sequence<Any>& /*args*/) {
  try {
    return cppu::acquire(new MarshallingFloor());
  } catch (...) {
    return nullptr;
  }
}
