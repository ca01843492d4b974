// The UNO edge of the Calc functions. Each method reads and validates its
// arguments, calls one core function and guards the result; everything else
// lives in the core.
#pragma once

#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <org/alliancecalc/XAllianceFunctions.hpp>

namespace alliance::addin {

using css::uno::Any;
using rtl::OUString;

class AllianceFunctions final
    : public cppu::WeakImplHelper4<org::alliancecalc::XAllianceFunctions, css::sheet::XAddIn,
                                   css::lang::XServiceName, css::lang::XServiceInfo> {
 public:
  using AnyGrid = css::uno::Sequence<css::uno::Sequence<Any>>;
  using CellRange = css::uno::Reference<css::table::XCellRange>;

  AllianceFunctions() = default;
  // With the office's context: the log goes into the user profile (support/log.h).
  explicit AllianceFunctions(const css::uno::Reference<css::uno::XComponentContext>& context);

  // XAllianceFunctions
  double SAL_CALL allianceHealth(const CellRange& metrics, const Any& labels,
                                 const Any& weights) override;
  Any SAL_CALL allianceDimension(const CellRange& metrics, const OUString& name,
                                 const Any& labels) override;
  OUString SAL_CALL allianceStatus(double health, const Any& greenAt, const Any& amberAt) override;
  OUString SAL_CALL allianceWarnings(const CellRange& metrics, const Any& labels,
                                     const Any& separator) override;
  sal_Int32 SAL_CALL allianceWarningCount(const CellRange& metrics, const Any& labels) override;
  double SAL_CALL allianceAlignment(const CellRange& ours, const CellRange& theirs,
                                    const Any& scaleMin, const Any& scaleMax) override;
  double SAL_CALL allianceMaturity(const CellRange& answers) override;
  OUString SAL_CALL allianceMaturityLevel(double score) override;
  OUString SAL_CALL allianceAction(double health, const Any& previousHealth,
                                   const Any& quartersRed) override;
  Any SAL_CALL allianceTrend(const CellRange& history, const Any& quarters) override;
  OUString SAL_CALL allianceQbrSummary(const CellRange& metrics, const Any& labels,
                                       const Any& previousHealth) override;
  OUString SAL_CALL allianceCheck(const CellRange& metrics, const Any& labels) override;
  OUString SAL_CALL allianceAccountKey(const OUString& name) override;
  sal_Int32 SAL_CALL allianceOverlap(const CellRange& ours, const CellRange& theirs) override;
  AnyGrid SAL_CALL allianceOverlapList(const CellRange& ours, const CellRange& theirs) override;
  Any SAL_CALL allianceMatch(const OUString& name, const CellRange& list) override;
  OUString SAL_CALL allianceAccountHash(const OUString& name, const OUString& secret) override;

  // XAddIn
  OUString SAL_CALL getProgrammaticFuntionName(const OUString& displayName) override;
  OUString SAL_CALL getDisplayFunctionName(const OUString& programmaticName) override;
  OUString SAL_CALL getFunctionDescription(const OUString& programmaticName) override;
  OUString SAL_CALL getDisplayArgumentName(const OUString& programmaticName,
                                           sal_Int32 argument) override;
  OUString SAL_CALL getArgumentDescription(const OUString& programmaticName,
                                           sal_Int32 argument) override;
  OUString SAL_CALL getProgrammaticCategoryName(const OUString& programmaticName) override;
  OUString SAL_CALL getDisplayCategoryName(const OUString& programmaticName) override;

  // XLocalizable (through XAddIn)
  void SAL_CALL setLocale(const css::lang::Locale& locale) override;
  css::lang::Locale SAL_CALL getLocale() override;

  // XServiceName
  OUString SAL_CALL getServiceName() override;

  // XServiceInfo
  OUString SAL_CALL getImplementationName() override;
  sal_Bool SAL_CALL supportsService(const OUString& serviceName) override;
  css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override;

 private:
  css::lang::Locale locale_;
};

}  // namespace alliance::addin
