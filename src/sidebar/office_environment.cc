#include "sidebar/office_environment.h"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/deployment/XPackageInformationProvider.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FolderPicker.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/util/PathSubstitution.hpp>
#include <osl/file.hxx>

#include <cstdlib>

#include "qbr/qbr_text.h"
#include "support/ustring.h"

namespace alliance::sidebar {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

OUString fileUrl(const std::filesystem::path& path) {
  const std::optional<OUString> url = support::fileUrl(path);
  if (!url) {
    throw css::uno::RuntimeException(
        support::fromUtf8(path.string() + " is not a usable file name."));
  }
  return *url;
}

std::filesystem::path systemPath(const OUString& url) {
  const std::optional<std::filesystem::path> path = support::systemPath(url);
  if (!path) {
    throw css::uno::RuntimeException(
        support::fromUtf8(support::toUtf8(url) + " is not a local folder."));
  }
  return *path;
}

Language officeLanguage(const ContextRef& context) {
  const Reference<css::lang::XMultiServiceFactory> provider =
      css::configuration::theDefaultProvider::get(context);
  css::beans::NamedValue path;
  path.Name = "nodepath";
  path.Value <<= OUString("/org.openoffice.Setup/L10N");
  const Any arg(path);
  const css::uno::Sequence<Any> args(&arg, 1);
  const Reference<css::container::XNameAccess> l10n(
      provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", args),
      UNO_QUERY_THROW);
  OUString locale;
  l10n->getByName("ooLocale") >>= locale;
  return languageForLocale({reinterpret_cast<const char16_t*>(locale.getStr()),
                            static_cast<std::size_t>(locale.getLength())});
}

std::filesystem::path extensionFolder(const ContextRef& context) {
  const Reference<css::deployment::XPackageInformationProvider> packages(
      context->getValueByName("/singletons/com.sun.star.deployment.PackageInformationProvider"),
      UNO_QUERY_THROW);
  const OUString location = packages->getPackageLocation(support::fromUtf8(kExtensionId));
  if (location.isEmpty()) {
    throw css::uno::RuntimeException("The office does not know where AllianceCalc is installed.");
  }
  return systemPath(location);
}

std::filesystem::path templateFile(const ContextRef& context, std::string_view name,
                                   Language language) {
  const std::filesystem::path folder = extensionFolder(context);
  std::filesystem::path file = qbr::packagedTemplate(folder, name, language);
  std::error_code missing;
  if (language != Language::English && !std::filesystem::is_regular_file(file, missing)) {
    file = qbr::packagedTemplate(folder, name, Language::English);
  }
  return file;
}

std::string profileFolder(const ContextRef& context) {
  try {
    const Reference<css::util::XStringSubstitution> paths =
        css::util::PathSubstitution::create(context);
    return systemPath(paths->substituteVariables("$(user)", true)).string();
  } catch (const css::uno::Exception&) {
    return {};
  }
}

std::optional<std::filesystem::path> chooseFolder(const ContextRef& context,
                                                  const std::string& title) {
  if (const char* folder = std::getenv(kQbrFolderVariable); folder != nullptr && *folder != 0) {
    return std::filesystem::path(folder);
  }
  const Reference<css::ui::dialogs::XFolderPicker2> picker =
      css::ui::dialogs::FolderPicker::create(context);
  picker->setTitle(support::fromUtf8(title));
  if (picker->execute() != css::ui::dialogs::ExecutableDialogResults::OK) {
    return std::nullopt;
  }
  return systemPath(picker->getDirectory());
}

}  // namespace alliance::sidebar
