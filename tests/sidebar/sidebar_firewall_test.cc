// The sidebar's exception firewall: no C++ exception leaves any UNO entry point
// of the factory, the panel or its listeners. Failures are injected through the
// test-only hook of sidebar/entry_guard.h at the start of each entry point,
// inside the firewall, where a failure deep in the panel would surface.
//   methods with a result  -> RuntimeException "AllianceCalc sidebar: <message>"
//   listener callbacks     -> nothing leaves; the failure is logged
// The factory's own argument checks are tested here too.
#include <gtest/gtest.h>
#include <com/sun/star/awt/ActionEvent.hpp>
#include <com/sun/star/awt/WindowEvent.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/NoSuchElementException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <rtl/ref.hxx>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <new>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "sidebar/alliance_panel.h"
#include "sidebar/entry_guard.h"
#include "sidebar/panel_listener.h"
#include "sidebar/sidebar_factory.h"
#include "support/log.h"

extern "C" css::uno::XInterface* org_alliancecalc_sidebar_PanelFactory_get_implementation(
    css::uno::XComponentContext* context, const css::uno::Sequence<css::uno::Any>& args);

namespace {

using alliance::sidebar::AlliancePanel;
using alliance::sidebar::PanelListener;
using alliance::sidebar::SidebarFactory;
using rtl::OUString;

std::string utf8(const OUString& s) { return {s.toUtf8().getStr()}; }

// The objects under test, made fresh for each call: a factory without a
// context and a panel that was never given a window (initialize() needs an office).
struct Objects {
  rtl::Reference<SidebarFactory> factory{new SidebarFactory(nullptr)};
  rtl::Reference<AlliancePanel> panel{
      new AlliancePanel(nullptr, nullptr, nullptr, nullptr,
                        OUString::createFromAscii(alliance::sidebar::kPartnerPanelUrl))};
  rtl::Reference<PanelListener> listener{new PanelListener(panel.get())};
  ~Objects() { listener->detach(); }
};

struct EntryPoint {
  std::string name;
  bool notification;  // a listener callback: nothing may ever leave it
  std::function<void(Objects&)> call;
};

void PrintTo(const EntryPoint& entry, std::ostream* os) { *os << entry.name; }

const std::vector<EntryPoint>& entryPoints() {
  static const std::vector<EntryPoint> all = {
      // XUIElementFactory, XServiceInfo
      {"createUIElement", false,
       [](Objects& o) {
         o.factory->createUIElement(OUString::createFromAscii(alliance::sidebar::kPartnerPanelUrl),
                                    {});
       }},
      {"getImplementationName", false, [](Objects& o) { o.factory->getImplementationName(); }},
      {"supportsService", false,
       [](Objects& o) { o.factory->supportsService("com.sun.star.ui.UIElementFactory"); }},
      {"getSupportedServiceNames", false,
       [](Objects& o) { o.factory->getSupportedServiceNames(); }},
      // XUIElement, XToolPanel, XSidebarPanel, XComponent
      {"getFrame", false, [](Objects& o) { o.panel->getFrame(); }},
      {"getResourceURL", false, [](Objects& o) { o.panel->getResourceURL(); }},
      {"getType", false, [](Objects& o) { o.panel->getType(); }},
      {"getRealInterface", false, [](Objects& o) { o.panel->getRealInterface(); }},
      {"getWindow", false, [](Objects& o) { o.panel->getWindow(); }},
      {"createAccessible", false, [](Objects& o) { o.panel->createAccessible(nullptr); }},
      {"getHeightForWidth", false, [](Objects& o) { o.panel->getHeightForWidth(300); }},
      {"getMinimalWidth", false, [](Objects& o) { o.panel->getMinimalWidth(); }},
      {"dispose", true, [](Objects& o) { o.panel->dispose(); }},
      // The listeners
      {"selectionChanged", true, [](Objects& o) { o.listener->selectionChanged({}); }},
      {"modified", true, [](Objects& o) { o.listener->modified({}); }},
      {"actionPerformed", true,
       [](Objects& o) {
         css::awt::ActionEvent event;
         event.ActionCommand = "checkWorkbook";
         o.listener->actionPerformed(event);
       }},
      {"windowResized", true, [](Objects& o) { o.listener->windowResized({}); }},
      {"windowMoved", true, [](Objects& o) { o.listener->windowMoved({}); }},
      {"windowShown", true, [](Objects& o) { o.listener->windowShown({}); }},
      {"windowHidden", true, [](Objects& o) { o.listener->windowHidden({}); }},
      {"disposing", true, [](Objects& o) { o.listener->disposing({}); }},
  };
  return all;
}

struct Outcome {
  enum Kind { Nothing, Runtime, OtherUno, NotUno } kind = Nothing;
  std::string message;
};

Outcome call(const EntryPoint& entry) {
  Objects objects;
  try {
    entry.call(objects);
  } catch (const css::uno::RuntimeException& e) {
    return {Outcome::Runtime, utf8(e.Message)};
  } catch (const css::uno::Exception& e) {
    return {Outcome::OtherUno, utf8(e.Message)};
  } catch (...) {
    return {Outcome::NotUno, {}};
  }
  return {};
}

void throwBadAlloc(std::string_view /*entry*/) { throw std::bad_alloc(); }
void throwRuntimeError(std::string_view /*entry*/) { throw std::runtime_error("disk on fire"); }
void throwInt(std::string_view /*entry*/) { throw 42; }

class InjectedFault {
 public:
  explicit InjectedFault(alliance::sidebar::FaultHook hook) {
    alliance::sidebar::setFaultHookForTesting(hook);
  }
  InjectedFault(const InjectedFault&) = delete;
  InjectedFault& operator=(const InjectedFault&) = delete;
  ~InjectedFault() { alliance::sidebar::setFaultHookForTesting(nullptr); }
};

// The sidebar's log in a folder of its own for this test program, removed when
// the program ends (CTest runs every test case as a program of its own).
std::filesystem::path logFolder() {
  return std::filesystem::temp_directory_path() /
         ("alliancecalc-sidebar-firewall-" + std::to_string(::getpid()));
}

std::filesystem::path logFile() {
  static const std::filesystem::path dir = [] {
    auto d = logFolder();
    std::filesystem::remove_all(d);
    ::setenv(alliance::support::log::kLevelVariable, "warn", 1);
    alliance::sidebar::configureLog(d.string());
    return d;
  }();
  return dir / "alliancecalc-sidebar" / alliance::support::log::kFileName;
}

class RemoveLogFolder : public ::testing::Environment {
 public:
  void TearDown() override {
    std::error_code ignored;
    std::filesystem::remove_all(logFolder(), ignored);
  }
};

[[maybe_unused]] const ::testing::Environment* const kRemoveLogFolder =
    ::testing::AddGlobalTestEnvironment(new RemoveLogFolder);  // gtest owns it

std::string logText() {
  alliance::support::log::flush();
  std::ifstream in(logFile());
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

class Firewall : public ::testing::TestWithParam<EntryPoint> {
 protected:
  void SetUp() override { (void)logFile(); }
};

std::string entryName(const ::testing::TestParamInfo<EntryPoint>& info) { return info.param.name; }

INSTANTIATE_TEST_SUITE_P(EveryEntryPoint, Firewall, ::testing::ValuesIn(entryPoints()), entryName);

TEST_P(Firewall, WithoutAFaultOnlyDeclaredUnoExceptionsLeave) {
  const Outcome out = call(GetParam());
  EXPECT_NE(out.kind, Outcome::NotUno);
  if (GetParam().notification) {
    EXPECT_EQ(out.kind, Outcome::Nothing) << out.message;
  }
}

TEST_P(Firewall, StdExceptionBecomesRuntimeExceptionOrIsLogged) {
  const InjectedFault fault(throwRuntimeError);
  const Outcome out = call(GetParam());
  if (GetParam().notification) {
    EXPECT_EQ(out.kind, Outcome::Nothing);
    EXPECT_NE(logText().find("sidebar: " + GetParam().name + " failed: disk on fire"),
              std::string::npos)
        << logText();
  } else {
    EXPECT_EQ(out.kind, Outcome::Runtime);
    EXPECT_EQ(out.message, "AllianceCalc sidebar: disk on fire");
  }
}

TEST_P(Firewall, BadAllocNeverLeavesAsACppException) {
  const InjectedFault fault(throwBadAlloc);
  const Outcome out = call(GetParam());
  EXPECT_EQ(out.kind, GetParam().notification ? Outcome::Nothing : Outcome::Runtime);
  if (!GetParam().notification) {
    EXPECT_EQ(out.message, "AllianceCalc sidebar: out of memory");
  }
}

TEST_P(Firewall, NonStdExceptionNeverLeavesAsACppException) {
  const InjectedFault fault(throwInt);
  const Outcome out = call(GetParam());
  EXPECT_EQ(out.kind, GetParam().notification ? Outcome::Nothing : Outcome::Runtime);
  if (!GetParam().notification) {
    EXPECT_EQ(out.message, "AllianceCalc sidebar: unexpected error");
  }
}

TEST(SidebarFactory, RejectsAnUnknownPanel) {
  const rtl::Reference<SidebarFactory> factory(new SidebarFactory(nullptr));
  try {
    factory->createUIElement("private:resource/toolpanel/AllianceCalcPanelFactory/Nope", {});
    FAIL() << "no exception";
  } catch (const css::container::NoSuchElementException& e) {
    EXPECT_NE(utf8(e.Message).find("there is no panel"), std::string::npos) << utf8(e.Message);
  }
}

TEST(SidebarFactory, NeedsAParentWindow) {
  const rtl::Reference<SidebarFactory> factory(new SidebarFactory(nullptr));
  css::beans::PropertyValue frame;
  frame.Name = "Frame";  // given, but empty: the window is checked first
  try {
    factory->createUIElement(OUString::createFromAscii(alliance::sidebar::kPartnerPanelUrl),
                             css::uno::Sequence<css::beans::PropertyValue>(&frame, 1));
    FAIL() << "no exception";
  } catch (const css::lang::IllegalArgumentException& e) {
    EXPECT_NE(utf8(e.Message).find("no ParentWindow"), std::string::npos) << utf8(e.Message);
    EXPECT_EQ(e.ArgumentPosition, 1);
  }
}

TEST(SidebarFactory, ComponentConstructorMakesTheFactory) {
  css::uno::XInterface* made =
      org_alliancecalc_sidebar_PanelFactory_get_implementation(nullptr, {});
  ASSERT_NE(made, nullptr);
  const css::uno::Reference<css::lang::XServiceInfo> info(made, css::uno::UNO_QUERY);
  made->release();  // the constructor hands over one reference
  ASSERT_TRUE(info.is());
  EXPECT_EQ(utf8(info->getImplementationName()), "org.alliancecalc.sidebar.PanelFactory");
  EXPECT_TRUE(info->supportsService("com.sun.star.ui.UIElementFactory"));
}

}  // namespace
